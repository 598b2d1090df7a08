import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { samplePlans } from '@wholepicture/core';
import type { SamplePlanName } from '@wholepicture/core';
import { useDemo } from '../DemoContext.js';
import { saveNewDraft } from '../saveNewDraft.js';
import { navigate } from '../useHashRoute.js';
import { routeHref } from '../parseRoute.js';

const names = Object.keys(samplePlans) as SamplePlanName[];

/** Buttons that copy one of core's sample plans into a new draft and open it. */
export function SamplePlans() {
  const { t } = useTranslation('demo');
  const { adapter } = useDemo();
  const headingId = useId();
  const [failed, setFailed] = useState(false);

  const load = async (name: SamplePlanName) => {
    setFailed(false);
    try {
      const id = await saveNewDraft(adapter, structuredClone(samplePlans[name]));
      navigate(routeHref({ name: 'plan', planId: id }));
    } catch {
      setFailed(true);
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.samples.heading')}</h2>
      <p>{t('home.samples.body')}</p>
      <div className="demo-button-group">
        {names.map((name) => (
          <button
            key={name}
            type="button"
            className="demo-button demo-button--secondary"
            onClick={() => void load(name)}
          >
            {t('home.samples.load', { name: samplePlans[name].person.preferredName })}
          </button>
        ))}
      </div>
      {failed && (
        <div className="demo-notice demo-notice--error" role="alert">
          <p>{t('home.storageFailed')}</p>
        </div>
      )}
    </section>
  );
}
