import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPlan } from '@wholepicture/core';
import type { DraftSummary } from '@wholepicture/react';
import { useDemo } from '../DemoContext.js';
import { PageHeading } from '../PageHeading.js';
import { usePageTitle } from '../usePageTitle.js';
import { saveNewDraft } from '../saveNewDraft.js';
import { navigate } from '../useHashRoute.js';
import { routeHref } from '../parseRoute.js';
import { formatDateTime } from '../formatDateTime.js';
import { FhirHomeSection } from './FhirHomeSection.js';
import { ImportPlan } from './ImportPlan.js';
import { SamplePlans } from './SamplePlans.js';

type DraftsState = { status: 'loading' } | { status: 'ready'; drafts: DraftSummary[] } | { status: 'failed' };

/** Home: start a new plan, continue a draft, load a sample, import a plan file. */
export function HomePage() {
  const { t, i18n } = useTranslation('demo');
  const { adapter } = useDemo();
  const [drafts, setDrafts] = useState<DraftsState>({ status: 'loading' });
  const [startFailed, setStartFailed] = useState(false);
  usePageTitle(t('home.title'));

  const refresh = useCallback(() => {
    adapter.list().then(
      (list) => setDrafts({ status: 'ready', drafts: list }),
      () => setDrafts({ status: 'failed' }),
    );
  }, [adapter]);

  useEffect(() => {
    refresh();
  }, [refresh]);

  const start = async () => {
    setStartFailed(false);
    try {
      const id = await saveNewDraft(adapter, createPlan({ locale: i18n.language === 'cy' ? 'cy' : 'en' }));
      navigate(routeHref({ name: 'plan', planId: id }));
    } catch {
      setStartFailed(true);
    }
  };

  return (
    <>
      <PageHeading>{t('home.heading')}</PageHeading>
      <p className="demo-lead">{t('home.lead')}</p>
      <p>{t('home.privacy')}</p>

      <h2>{t('home.start.heading')}</h2>
      <p>{t('home.start.body')}</p>
      <button type="button" className="demo-button" onClick={() => void start()}>
        {t('home.start.button')}
      </button>
      {startFailed && (
        <div className="demo-notice demo-notice--error" role="alert">
          <p>{t('home.storageFailed')}</p>
        </div>
      )}

      <h2>{t('home.drafts.heading')}</h2>
      {drafts.status === 'loading' && <p role="status">{t('home.drafts.loading')}</p>}
      {drafts.status === 'failed' && (
        <div className="demo-notice demo-notice--error" role="alert">
          <p>{t('home.storageFailed')}</p>
        </div>
      )}
      {drafts.status === 'ready' && drafts.drafts.length === 0 && <p>{t('home.drafts.none')}</p>}
      {drafts.status === 'ready' && drafts.drafts.length > 0 && (
        <ul className="demo-list" aria-label={t('home.drafts.listLabel')}>
          {drafts.drafts.map((draft) => {
            const name = draft.preferredName.trim() || t('home.drafts.unnamed');
            return (
              <li key={draft.id}>
                <a href={routeHref({ name: 'plan', planId: draft.id })}>
                  {t('home.drafts.continue', { name })}
                </a>
                <span className="demo-hint">
                  {t('home.drafts.lastChanged', { date: formatDateTime(draft.updatedAt, i18n.language) })}
                </span>
              </li>
            );
          })}
        </ul>
      )}

      <SamplePlans />
      <ImportPlan onImported={refresh} />
      <FhirHomeSection />
    </>
  );
}
