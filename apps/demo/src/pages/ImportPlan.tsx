import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PLAN_BYTES, createPlanIssue, formatIssue, parsePlanJson } from '@wholepicture/core';
import type { PlanIssue, TranslateFn } from '@wholepicture/core';
import { useDemo } from '../DemoContext.js';
import { saveNewDraft } from '../saveNewDraft.js';
import { routeHref } from '../parseRoute.js';
import { useFileImport } from '../useFileImport.js';
import { FileImportForm } from './FileImportForm.js';
import { ImportNotice } from './ImportNotice.js';

/** How many problems a failed import lists before summing up the rest. */
const shownIssues = 5;

/** Props of {@link ImportPlan}. */
export interface ImportPlanProps {
  /** Called after a file has been saved as a new draft. */
  onImported?: (planId: string) => void;
}

/** What a failed import shows. */
interface Failed {
  messages: string[];
  hidden: number;
}

/** What an opened plan file shows. */
interface Opened {
  planId: string;
  name: string;
  migratedFrom?: number;
  warnings: string[];
}

/**
 * Opens a plan file as a new draft. The file is checked by core's `parsePlanJson` (size, JSON,
 * version, migration, hostile text) and every problem is put in words; nothing already in
 * this browser is changed, whatever the file holds.
 */
export function ImportPlan({ onImported }: ImportPlanProps) {
  const { t } = useTranslation('demo');
  const { t: tw } = useTranslation('wholepicture');
  const { adapter } = useDemo();
  const headingId = useId();
  const { formProps, result, state, readFile, showOpened, showFailed } = useFileImport<Failed, Opened>();
  const translate = tw as TranslateFn;

  const fail = (issues: PlanIssue[]) =>
    showFailed({
      messages: issues.slice(0, shownIssues).map((issue) => formatIssue(issue, translate)),
      hidden: Math.max(0, issues.length - shownIssues),
    });

  const open = async () => {
    const chosen = await readFile(MAX_PLAN_BYTES);
    if (!chosen) return;
    if (!chosen.ok) {
      if (chosen.problem === 'too-large') {
        fail([createPlanIssue('too-large', { params: { maxMegabytes: MAX_PLAN_BYTES / 1024 / 1024 } })]);
      } else {
        showFailed({ messages: [t('import.unreadable')], hidden: 0 });
      }
      return;
    }
    const parsed = parsePlanJson(chosen.text);
    if (!parsed.ok) {
      fail(parsed.issues);
      return;
    }
    try {
      const planId = await saveNewDraft(adapter, parsed.plan);
      const opened: Opened = {
        planId,
        name: parsed.plan.person.preferredName.trim() || t('home.drafts.unnamed'),
        warnings: parsed.warnings.slice(0, shownIssues).map((issue) => formatIssue(issue, translate)),
      };
      if (parsed.migratedFrom !== undefined) opened.migratedFrom = parsed.migratedFrom;
      showOpened(opened);
      onImported?.(planId);
    } catch {
      showFailed({ messages: [t('home.storageFailed')], hidden: 0 });
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('import.heading')}</h2>
      <p>{t('import.body')}</p>
      <FileImportForm
        {...formProps}
        label={t('import.label')}
        hint={t('import.hint')}
        noFileMessage={t('import.noFile')}
        buttonLabel={t('import.button')}
        readingMessage={t('import.reading')}
        name="planFile"
        accept="application/json,.json"
        buttonClassName="demo-button demo-button--secondary"
        onOpen={() => void open()}
      />
      {state.status === 'failed' && (
        <ImportNotice
          tone="error"
          title={t('import.errorTitle')}
          headingLevel={3}
          noticeRef={result}
          messages={state.messages}
        >
          {state.hidden > 0 && <p>{t('import.moreIssues', { count: state.hidden })}</p>}
          <p>{t('import.errorBody')}</p>
        </ImportNotice>
      )}
      {state.status === 'opened' && (
        <ImportNotice tone="success" title={t('import.successTitle')} headingLevel={3} noticeRef={result}>
          {state.migratedFrom !== undefined && <p>{t('import.migrated', { version: state.migratedFrom })}</p>}
          {state.warnings.length > 0 && (
            <>
              <p>{t('import.warningsTitle')}</p>
              <ul>
                {state.warnings.map((message, index) => (
                  <li key={index}>{message}</li>
                ))}
              </ul>
            </>
          )}
          <p>
            <a href={routeHref({ name: 'plan', planId: state.planId })}>
              {t('import.openPlan', { name: state.name })}
            </a>
          </p>
        </ImportNotice>
      )}
    </section>
  );
}
