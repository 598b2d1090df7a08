import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@wholepicture/core';
import { downloadFile, fileNameFor } from '../downloadFile.js';
import { routeHref } from '../parseRoute.js';
import { ExportFhir } from './ExportFhir.js';

/** Props of {@link PlanActions}. */
export interface PlanActionsProps {
  plan: Plan;
  planId: string;
}

/** Under the task list: the easy-read plan, and the plan as a file (JSON). */
export function PlanActions({ plan, planId }: PlanActionsProps) {
  const { t } = useTranslation('demo');
  const headingId = useId();
  const exportJson = () => {
    const json = `${JSON.stringify(plan, null, 2)}\n`;
    downloadFile(json, fileNameFor(plan.person.preferredName, 'plan', 'json'), 'application/json');
  };
  return (
    <section aria-labelledby={headingId} className="demo-plan-actions">
      <h2 id={headingId}>{t('plan.actions.heading')}</h2>
      <ul className="demo-list">
        <li>
          <a href={routeHref({ name: 'easyRead', planId })}>{t('plan.actions.easyRead')}</a>
          <span className="demo-hint">{t('plan.actions.easyReadHint')}</span>
        </li>
        <li>
          <button type="button" className="demo-link-button" onClick={exportJson}>
            {t('plan.actions.exportJson')}
          </button>
          <span className="demo-hint">{t('plan.actions.exportJsonHint')}</span>
        </li>
        <ExportFhir plan={plan} />
      </ul>
    </section>
  );
}
