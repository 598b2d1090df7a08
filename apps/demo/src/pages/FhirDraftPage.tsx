import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toQuestionnaireResponse } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { DraftConflictDialog, DraftStatus, PlanForm, useDraft } from '@wholepicture/react';
import { useDemo } from '../DemoContext.js';
import { downloadFile, fileNameFor } from '../downloadFile.js';
import { routeHref } from '../parseRoute.js';
import { formOfQuestionnaire, questionnaireIn } from '../questionnaireDrafts.js';
import { usePageTitle } from '../usePageTitle.js';
import { navigate } from '../useHashRoute.js';
import { IgnoredFhirList } from './IgnoredFhirList.js';
import { NotFoundPage } from './NotFoundPage.js';

/** Props of {@link FhirDraftPage}. */
export interface FhirDraftPageProps {
  /** The questionnaire draft's id. */
  draftId: string;
}

type Lookup = 'loading' | 'found' | 'missing' | 'failed';

/**
 * Answering an imported FHIR Questionnaire with PlanForm: its own draft, saved as the person
 * types (IndexedDB, like plans), and once submitted the answers as a FHIR QuestionnaireResponse.
 */
export function FhirDraftPage({ draftId }: FhirDraftPageProps) {
  const { t } = useTranslation('demo');
  const { questionnaireAdapter, easyRead, textSize, locale } = useDemo();
  const [plan, setPlan] = useState<Plan>();
  const [lookup, setLookup] = useState<Lookup>('loading');
  const [submitted, setSubmitted] = useState(false);
  const [conflictOpen, setConflictOpen] = useState<boolean | undefined>(undefined);
  const panel = useRef<HTMLDivElement>(null);
  const draft = useDraft({
    adapter: questionnaireAdapter,
    draftId,
    plan,
    onRestore: (restored) => setPlan(restored),
    onConflict: () => setConflictOpen(undefined),
  });

  useEffect(() => {
    let active = true;
    questionnaireAdapter.get(draftId).then(
      (record) => active && setLookup(record ? 'found' : 'missing'),
      () => active && setLookup('failed'),
    );
    return () => {
      active = false;
    };
  }, [questionnaireAdapter, draftId]);

  // Read again only when the Questionnaire itself changes, so the form keeps one definition.
  const questionnaire = questionnaireIn(plan);
  const form = useMemo(() => formOfQuestionnaire(questionnaire), [questionnaire]);
  const title = form?.title ?? t('fhir.drafts.untitled');
  usePageTitle(t('fhir.draft.title', { title }));

  useEffect(() => {
    if (submitted) panel.current?.focus();
  }, [submitted]);

  if (lookup === 'missing' && !plan) {
    return <NotFoundPage heading={t('fhir.draft.missingHeading')} body={t('fhir.draft.missingBody')} />;
  }
  if (lookup === 'failed' && !plan) {
    return (
      <div className="demo-notice demo-notice--error" role="alert">
        <p>{t('home.storageFailed')}</p>
      </div>
    );
  }
  if (!plan) return <p role="status">{t('fhir.draft.loading')}</p>;
  if (!form) {
    return <NotFoundPage heading={t('fhir.draft.title', { title })} body={t('fhir.draft.damaged')} />;
  }

  const downloadResponse = () => {
    const response = toQuestionnaireResponse(plan, form.definition);
    downloadFile(
      `${JSON.stringify(response, null, 2)}\n`,
      fileNameFor(`${form.title ?? ''} response`, 'questionnaire-response', 'json'),
      'application/fhir+json',
    );
  };

  return (
    <>
      <p className="demo-caption">{t('fhir.draft.title', { title })}</p>
      <DraftStatus
        status={draft.status}
        lastSavedAt={draft.lastSavedAt}
        {...(draft.error ? { error: draft.error } : {})}
        onReviewConflict={() => setConflictOpen(true)}
        className="demo-draft-status"
      />
      <DraftConflictDialog
        conflict={draft.conflict}
        onResolve={async (choice) => {
          const next = await draft.resolveConflict(choice);
          setConflictOpen(undefined);
          if (next !== draftId) navigate(routeHref({ name: 'fhirDraft', draftId: next }));
        }}
        {...(conflictOpen !== undefined ? { open: conflictOpen && draft.conflict !== undefined } : {})}
        onDismiss={() => setConflictOpen(false)}
      />
      <PlanForm
        definition={form.definition}
        plan={plan}
        onChange={setPlan}
        onSubmit={(done) => {
          setPlan(done);
          setSubmitted(true);
        }}
        initialView={
          form.definition.sections.length === 1
            ? { page: 'section', sectionId: form.definition.sections[0]?.id ?? '' }
            : { page: 'tasks' }
        }
        easyRead={easyRead}
        textSize={textSize === 'standard' ? 'normal' : textSize}
        locale={locale}
        manageDocumentTitle
        submitLabel={t('fhir.draft.submit')}
        submittedMessage={t('fhir.draft.submitted')}
      />
      {submitted && (
        <div
          ref={panel}
          tabIndex={-1}
          className="demo-notice demo-notice--success"
          aria-labelledby="fhir-submitted"
        >
          <h2 id="fhir-submitted">{t('fhir.draft.submittedTitle')}</h2>
          <p>{t('fhir.draft.submittedBody')}</p>
          <button type="button" className="demo-button" onClick={downloadResponse}>
            {t('fhir.draft.download')}
          </button>
        </div>
      )}
      {form.ignored.length > 0 && (
        <details className="demo-details">
          <summary>{t('fhir.draft.ignored')}</summary>
          <IgnoredFhirList ignored={form.ignored} />
        </details>
      )}
      <p>
        <a href={routeHref({ name: 'fhir' })}>{t('fhir.draft.back')}</a>
      </p>
    </>
  );
}
