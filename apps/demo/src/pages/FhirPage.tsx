import { useState } from 'react';
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
import { useFileImport } from '../useFileImport.js';
import { usePageTitle } from '../usePageTitle.js';
import { FileImportForm } from './FileImportForm.js';
import { IgnoredFhirList } from './IgnoredFhirList.js';
import { ImportNotice } from './ImportNotice.js';
import { QuestionnaireDrafts } from './QuestionnaireDrafts.js';

/** How many problems a failed import lists. */
const shownIssues = 5;

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
  const { formProps, result, state, noFile, readFile, showOpened, showFailed } = useFileImport<
    { messages: string[] },
    { draftId: string; title: string; ignored: IgnoredFhir[] }
  >();
  const [refreshKey, setRefreshKey] = useState(0);
  usePageTitle(t('fhir.title'), noFile || state.status === 'failed');

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

  const open = async () => {
    const chosen = await readFile(MAX_QUESTIONNAIRE_BYTES);
    if (!chosen) return;
    if (!chosen.ok) {
      showFailed({
        messages:
          chosen.problem === 'too-large'
            ? describe({ kind: 'too-large', maxMegabytes })
            : [t('fhir.import.unreadable')],
      });
      return;
    }
    const read = readQuestionnaireJson(chosen.text);
    if (!read.ok) {
      showFailed({ messages: describe(read.problem) });
      return;
    }
    try {
      const plan = newQuestionnairePlan(
        read.questionnaire,
        read.definition,
        i18n.language === 'cy' ? 'cy' : 'en',
      );
      const draftId = await saveNewDraft(questionnaireAdapter, plan);
      showOpened({ draftId, title: read.title ?? t('fhir.drafts.untitled'), ignored: read.ignored });
      setRefreshKey((key) => key + 1);
    } catch {
      showFailed({ messages: [t('home.storageFailed')] });
    }
  };

  return (
    <>
      <PageHeading>{t('fhir.heading')}</PageHeading>
      <p className="demo-lead">{t('fhir.lead')}</p>
      <p>{t('fhir.privacy')}</p>
      <FileImportForm
        {...formProps}
        label={t('fhir.import.label')}
        hint={t('fhir.import.hint', { maxMegabytes })}
        noFileMessage={t('fhir.import.noFile')}
        buttonLabel={t('fhir.import.button')}
        readingMessage={t('fhir.import.reading')}
        name="questionnaireFile"
        accept="application/json,application/fhir+json,.json"
        buttonClassName="demo-button"
        onOpen={() => void open()}
      />
      {state.status === 'failed' && (
        <ImportNotice
          tone="error"
          title={t('fhir.import.errorTitle')}
          headingLevel={2}
          noticeRef={result}
          messages={state.messages}
        >
          <p>{t('fhir.import.errorBody')}</p>
        </ImportNotice>
      )}
      {state.status === 'opened' && (
        <ImportNotice
          tone="success"
          title={t('fhir.import.successTitle')}
          headingLevel={2}
          noticeRef={result}
        >
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
        </ImportNotice>
      )}
      <h2>{t('fhir.drafts.heading')}</h2>
      <QuestionnaireDrafts refreshKey={refreshKey} />
    </>
  );
}
