import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PLAN_BYTES, createPlanIssue, formatIssue, parsePlanJson } from '@wholepicture/core';
import type { PlanIssue, TranslateFn } from '@wholepicture/core';
import { useDemo } from '../DemoContext.js';
import { saveNewDraft } from '../saveNewDraft.js';
import { routeHref } from '../parseRoute.js';

/** How many problems a failed import lists before summing up the rest. */
const shownIssues = 5;

/** Props of {@link ImportPlan}. */
export interface ImportPlanProps {
  /** Called after a file has been saved as a new draft. */
  onImported?: (planId: string) => void;
}

type ImportState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'failed'; messages: string[]; hidden: number }
  | { status: 'opened'; planId: string; name: string; migratedFrom?: number; warnings: string[] };

/**
 * Opens a plan file as a new draft. The file is checked by core's `parsePlanJson` (size, JSON,
 * version, migration, hostile text) and every problem is put in words; nothing already in
 * this browser is changed, whatever the file holds.
 */
export function ImportPlan({ onImported }: ImportPlanProps) {
  const { t } = useTranslation('demo');
  const { t: tw } = useTranslation('wholepicture');
  const { adapter } = useDemo();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const [noFile, setNoFile] = useState(false);
  const translate = tw as TranslateFn;

  const show = (next: ImportState) => setState(next);

  // Move focus to the outcome, as GOV.UK's error summary does, so it is announced and read first.
  useEffect(() => {
    if (state.status === 'failed' || state.status === 'opened') result.current?.focus();
  }, [state]);

  const fail = (issues: PlanIssue[]) =>
    show({
      status: 'failed',
      messages: issues.slice(0, shownIssues).map((issue) => formatIssue(issue, translate)),
      hidden: Math.max(0, issues.length - shownIssues),
    });

  const open = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setNoFile(true);
      input.current?.focus();
      return;
    }
    setNoFile(false);
    // Refuse a file that is too big before reading it: a 20 MB file is never loaded into memory.
    if (file.size > MAX_PLAN_BYTES) {
      fail([createPlanIssue('too-large', { params: { maxMegabytes: MAX_PLAN_BYTES / 1024 / 1024 } })]);
      return;
    }
    setState({ status: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      show({ status: 'failed', messages: [t('import.unreadable')], hidden: 0 });
      return;
    }
    const parsed = parsePlanJson(text);
    if (!parsed.ok) {
      fail(parsed.issues);
      return;
    }
    try {
      const planId = await saveNewDraft(adapter, parsed.plan);
      const opened: ImportState = {
        status: 'opened',
        planId,
        name: parsed.plan.person.preferredName.trim() || t('home.drafts.unnamed'),
        warnings: parsed.warnings.slice(0, shownIssues).map((issue) => formatIssue(issue, translate)),
      };
      if (parsed.migratedFrom !== undefined) opened.migratedFrom = parsed.migratedFrom;
      show(opened);
      if (input.current) input.current.value = '';
      onImported?.(planId);
    } catch {
      show({ status: 'failed', messages: [t('home.storageFailed')], hidden: 0 });
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('import.heading')}</h2>
      <p>{t('import.body')}</p>
      <form onSubmit={(event) => void open(event)} noValidate>
        <div className="demo-field">
          <label htmlFor={inputId}>{t('import.label')}</label>
          <p id={hintId} className="demo-hint">
            {t('import.hint')}
          </p>
          {noFile && (
            <p id={errorId} className="demo-error-message">
              <span className="demo-visually-hidden">{t('layout.errorPrefix')} </span>
              {t('import.noFile')}
            </p>
          )}
          <input
            ref={input}
            id={inputId}
            name="planFile"
            type="file"
            accept="application/json,.json"
            className="demo-file"
            aria-describedby={noFile ? `${hintId} ${errorId}` : hintId}
            aria-invalid={noFile || undefined}
          />
        </div>
        <button
          type="submit"
          className="demo-button demo-button--secondary"
          disabled={state.status === 'reading'}
        >
          {t('import.button')}
        </button>
      </form>
      <div aria-live="polite" className="demo-visually-hidden">
        {state.status === 'reading' ? t('import.reading') : ''}
      </div>
      {state.status === 'failed' && (
        <div
          ref={result}
          tabIndex={-1}
          className="demo-notice demo-notice--error"
          role="alert"
          aria-labelledby={`${headingId}-result`}
        >
          <h3 id={`${headingId}-result`}>{t('import.errorTitle')}</h3>
          <ul>
            {state.messages.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
          {state.hidden > 0 && <p>{t('import.moreIssues', { count: state.hidden })}</p>}
          <p>{t('import.errorBody')}</p>
        </div>
      )}
      {state.status === 'opened' && (
        <div
          ref={result}
          tabIndex={-1}
          className="demo-notice demo-notice--success"
          role="status"
          aria-labelledby={`${headingId}-result`}
        >
          <h3 id={`${headingId}-result`}>{t('import.successTitle')}</h3>
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
        </div>
      )}
    </section>
  );
}
