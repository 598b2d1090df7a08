import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIssue } from '@wholepicture/core';
import type { IgnoredFhir, TranslateFn } from '@wholepicture/core';
import { useDemo } from '../DemoContext.js';
import { PageHeading } from '../PageHeading.js';
import { routeHref } from '../parseRoute.js';
import {
  MAX_QUESTIONNAIRE_BYTES,
  newQuestionnairePlan,
  readQuestionnaireJson,
} from '../questionnaireDrafts.js';
import type { QuestionnaireFileProblem } from '../questionnaireDrafts.js';
import { saveNewDraft } from '../saveNewDraft.js';
import { usePageTitle } from '../usePageTitle.js';
import { IgnoredFhirList } from './IgnoredFhirList.js';
import { QuestionnaireDrafts } from './QuestionnaireDrafts.js';

/** How many problems a failed import lists. */
const shownIssues = 5;

type ImportState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'failed'; messages: string[] }
  | { status: 'opened'; draftId: string; title: string; ignored: IgnoredFhir[] };

const maxMegabytes = MAX_QUESTIONNAIRE_BYTES / 1024 / 1024;

/**
 * Import a FHIR Questionnaire: the file is size-checked before it is read, parsed, imported
 * with core's `fromQuestionnaire`, and saved as a new questionnaire draft in this browser.
 * Every problem is put in words; what the form does not use is listed by linkId.
 */
export function FhirPage() {
  const { t, i18n } = useTranslation('demo');
  const { t: tw } = useTranslation('wholepicture');
  const { questionnaireAdapter } = useDemo();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const resultId = useId();
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const [noFile, setNoFile] = useState(false);
  const [refreshKey, setRefreshKey] = useState(0);
  usePageTitle(t('fhir.title'), noFile || state.status === 'failed');

  // Move focus to the outcome, as GOV.UK's error summary does, so it is announced and read first.
  useEffect(() => {
    if (state.status === 'failed' || state.status === 'opened') result.current?.focus();
  }, [state]);

  const describe = (problem: QuestionnaireFileProblem): string[] => {
    switch (problem.kind) {
      case 'too-large':
        return [t('fhir.import.tooLarge', { maxMegabytes: problem.maxMegabytes })];
      case 'empty':
        return [t('fhir.import.empty')];
      case 'not-json':
        return [
          problem.line === undefined
            ? t('fhir.import.notJson')
            : t('fhir.import.notJsonAt', { line: problem.line, column: problem.column ?? 1 }),
        ];
      case 'not-usable':
        return problem.issues.slice(0, shownIssues).map((issue) => formatIssue(issue, tw as TranslateFn));
    }
  };

  const open = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setNoFile(true);
      input.current?.focus();
      return;
    }
    setNoFile(false);
    // Refuse a file that is too big before reading it: it is never loaded into memory.
    if (file.size > MAX_QUESTIONNAIRE_BYTES) {
      setState({ status: 'failed', messages: describe({ kind: 'too-large', maxMegabytes }) });
      return;
    }
    setState({ status: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ status: 'failed', messages: [t('fhir.import.unreadable')] });
      return;
    }
    const read = readQuestionnaireJson(text);
    if (!read.ok) {
      setState({ status: 'failed', messages: describe(read.problem) });
      return;
    }
    try {
      const plan = newQuestionnairePlan(
        read.questionnaire,
        read.definition,
        i18n.language === 'cy' ? 'cy' : 'en',
      );
      const draftId = await saveNewDraft(questionnaireAdapter, plan);
      setState({
        status: 'opened',
        draftId,
        title: read.title ?? t('fhir.drafts.untitled'),
        ignored: read.ignored,
      });
      if (input.current) input.current.value = '';
      setRefreshKey((key) => key + 1);
    } catch {
      setState({ status: 'failed', messages: [t('home.storageFailed')] });
    }
  };

  return (
    <>
      <PageHeading>{t('fhir.heading')}</PageHeading>
      <p className="demo-lead">{t('fhir.lead')}</p>
      <p>{t('fhir.privacy')}</p>
      <form onSubmit={(event) => void open(event)} noValidate>
        <div className="demo-field">
          <label htmlFor={inputId}>{t('fhir.import.label')}</label>
          <p id={hintId} className="demo-hint">
            {t('fhir.import.hint', { maxMegabytes })}
          </p>
          {noFile && (
            <p id={errorId} className="demo-error-message">
              <span className="demo-visually-hidden">{t('layout.errorPrefix')} </span>
              {t('fhir.import.noFile')}
            </p>
          )}
          <input
            ref={input}
            id={inputId}
            name="questionnaireFile"
            type="file"
            accept="application/json,application/fhir+json,.json"
            className="demo-file"
            aria-describedby={noFile ? `${hintId} ${errorId}` : hintId}
            aria-invalid={noFile || undefined}
          />
        </div>
        <button type="submit" className="demo-button" disabled={state.status === 'reading'}>
          {t('fhir.import.button')}
        </button>
      </form>
      <div aria-live="polite" className="demo-visually-hidden">
        {state.status === 'reading' ? t('fhir.import.reading') : ''}
      </div>
      {state.status === 'failed' && (
        <div
          ref={result}
          tabIndex={-1}
          className="demo-notice demo-notice--error"
          role="alert"
          aria-labelledby={resultId}
        >
          <h2 id={resultId}>{t('fhir.import.errorTitle')}</h2>
          <ul>
            {state.messages.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
          <p>{t('fhir.import.errorBody')}</p>
        </div>
      )}
      {state.status === 'opened' && (
        <div
          ref={result}
          tabIndex={-1}
          className="demo-notice demo-notice--success"
          role="status"
          aria-labelledby={resultId}
        >
          <h2 id={resultId}>{t('fhir.import.successTitle')}</h2>
          <p>
            <a href={routeHref({ name: 'fhirDraft', draftId: state.draftId })}>
              {t('fhir.import.open', { title: state.title })}
            </a>
          </p>
          {state.ignored.length > 0 && (
            <details>
              <summary>{t('fhir.import.ignoredTitle')}</summary>
              <IgnoredFhirList ignored={state.ignored} />
            </details>
          )}
        </div>
      )}
      <h2>{t('fhir.drafts.heading')}</h2>
      <QuestionnaireDrafts refreshKey={refreshKey} />
    </>
  );
}
