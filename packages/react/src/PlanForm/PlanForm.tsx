import {
  forwardRef,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ReactNode } from 'react';
import { useFormState } from './useFormState.js';
import {
  applyInitialValues,
  createPlan,
  defaultDefinition,
  resolveOptionalText,
  resolveText,
  sectionKeys,
  sectionStatus,
  validatePlan,
  validateSection,
} from '@wholepicture/core';
import type { FormDefinition, Plan, Section } from '@wholepicture/core';
import { CheckAnswers } from '../CheckAnswers/CheckAnswers.js';
import { ErrorSummary } from '../ErrorSummary/ErrorSummary.js';
import type { ErrorSummaryItem } from '../ErrorSummary/ErrorSummary.js';
import { focusTarget } from '../ErrorSummary/focusTarget.js';
import { Picture } from '../Picture/index.js';
import { SectionPage } from '../SectionPage/SectionPage.js';
import { TaskList } from '../TaskList/TaskList.js';
import { WholePictureContext } from '../WholePictureProvider/WholePictureContext.js';
import { WholePictureProvider } from '../WholePictureProvider/WholePictureProvider.js';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';
import { useWholePictureDocumentStrings } from '../WholePictureProvider/useWholePictureDocumentStrings.js';
import { buildCheckAnswers } from './buildCheckAnswers.js';
import { FormErrorStore, formatFormError, isWithin } from './formErrors.js';
import type { FormError } from './formErrors.js';
import { PlanFormContext } from './PlanFormContext.js';
import type { PendingCheck, PlanFormContextValue } from './PlanFormContext.js';
import { placeAfterControllers } from './placeAfterControllers.js';
import { QuestionField } from './QuestionField.js';
import { sectionOfPath } from './sectionOfPath.js';
import { targetFor } from './targetFor.js';
import { dateCheck } from './questions/DateQuestion.js';
import { numberCheck } from './questions/NumberQuestion.js';
import { questionWords } from './questions/useQuestion.js';
import { readUnfinishedAnswers, typedQuestionAt, withUnfinished } from './unfinishedAnswers.js';
import type { UnfinishedAnswer } from './unfinishedAnswers.js';
import { usePlanFormApi } from './usePlanFormApi.js';
import type { PlanFormApi } from './usePlanFormApi.js';

/** Which page of the form is on show. */
export type PlanFormView = { page: 'tasks' } | { page: 'section'; sectionId: string } | { page: 'check' };

/** Props of {@link PlanForm}. */
export interface PlanFormProps {
  /** The form definition. @default the whole-person picture (`defaultDefinition`) */
  definition?: FormDefinition;
  /** The plan, for a controlled form: pass back what `onChange` gives. */
  plan?: Plan;
  /** The starting plan, for an uncontrolled form; when empty it gets the definition's `initial` answers. */
  defaultPlan?: Plan;
  /** Called with the whole plan after every change. */
  onChange?: (plan: Plan) => void;
  /** Called with the plan (status `submitted`) when it is submitted with no problems. */
  onSubmit?: (plan: Plan) => void;
  /** The language to show; wraps the form in a `WholePictureProvider` for it. */
  locale?: string;
  /** Easy-read mode: easy-read wording, a picture beside each question, larger text. @default false */
  easyRead?: boolean;
  /** Text size. @default 'normal' */
  textSize?: 'normal' | 'large' | 'larger';
  /** Prefix `document.title` with "Error: " while errors show. Off by default for embedding. @default false */
  manageDocumentTitle?: boolean;
  /** The page on show, for a controlled form: pass back what `onViewChange` gives. */
  view?: PlanFormView;
  /** The page to start on, for an uncontrolled form. @default the task list */
  initialView?: PlanFormView;
  /**
   * Called with the page the person moves to (Continue, Back, a task or a "Change" link), so a
   * host can put it in the URL and the page title. The heading (or the field) of the new page
   * takes focus whenever the page changes, also when the host changes `view` itself.
   */
  onViewChange?: (view: PlanFormView) => void;
  /**
   * The words on the check-answers page's submit button, for a form that is not a support plan
   * (an imported questionnaire, say). @default "Submit plan", translated
   */
  submitLabel?: string;
  /** What the page says once the form is submitted. @default "Your plan has been submitted.", translated */
  submittedMessage?: string;
  /** Extra class names on the root element. */
  className?: string;
}

/**
 * The whole plan form: a GOV.UK task list of sections, one page per section, and a check your
 * answers page, driven by a form definition and validated by core when the person continues
 * or submits (never while typing). Controlled (`plan` + `onChange`) or not (`defaultPlan`).
 */
export function PlanForm(props: PlanFormProps) {
  const outer = useContext(WholePictureContext);
  if (props.locale !== undefined && props.locale !== outer?.locale) {
    return (
      <WholePictureProvider locale={props.locale} {...(outer ? { i18n: outer.i18n } : {})}>
        <PlanFormInner {...props} />
      </WholePictureProvider>
    );
  }
  return <PlanFormInner {...props} />;
}

/** A string naming a view, equal for equal views. */
function viewKeyOf(view: PlanFormView): string {
  return view.page === 'section' ? `section:${view.sectionId}` : view.page;
}

/** Where focus goes when a page shows: a field at this plan path, or the page heading. */
type FocusRequest = { path: string } | 'heading';

function PlanFormInner(props: PlanFormProps) {
  const definition = props.definition ?? defaultDefinition;
  const text = useWholePicture();
  const { t, lang, dir } = text;
  // Initial answers (FHIR `initial`) fill an empty uncontrolled plan; a controlled form's host
  // owns its plan and applies them itself with core's `applyInitialValues`.
  const [initial] = useState<Plan>(
    () => props.plan ?? applyInitialValues(props.defaultPlan ?? createPlan(), definition),
  );
  const form = usePlanFormApi(initial);
  const easyRead = props.easyRead ?? false;
  // The person's easy-read wording loads with the easy-read document's strings, when easy-read
  // mode is first on; until then questions show their usual words.
  const easyReadWords = useWholePictureDocumentStrings(easyRead);
  // Made once: errors on show and links to fields survive turning easy-read mode on and off.
  const [stores] = useState(() => {
    const made = {
      errors: new FormErrorStore(),
      targets: new Map<string, string>(),
      pending: new Map<string, PendingCheck>(),
      raw: new Map<string, unknown>(),
      keepUnfinished: (path: string, typed: UnfinishedAnswer | undefined) =>
        setUnfinished(form, (answers) => {
          if (typed === undefined) delete answers[path];
          else answers[path] = typed;
        }),
      forgetUnfinishedUnder: (listPath: string) =>
        setUnfinished(form, (answers) => {
          for (const path of Object.keys(answers)) if (path.startsWith(`${listPath}[`)) delete answers[path];
        }),
    };
    seedUnfinished(made, initial, definition, t, lang);
    return made;
  });
  const context = useMemo<PlanFormContextValue>(
    () => ({ form, definition, ...stores, easyRead, easyReadWords }),
    [form, definition, stores, easyRead, easyReadWords],
  );
  useEmitChanges(form, props.plan, props.onChange, (plan) =>
    seedUnfinished(stores, plan, definition, t, lang),
  );

  const [ownView, setOwnView] = useState<PlanFormView>(props.initialView ?? { page: 'tasks' });
  const view = props.view ?? ownView;
  const viewKey = viewKeyOf(view);
  // The errors on show live in the error store (fields read their own); the summary follows it.
  const summary = useSyncExternalStore(
    context.errors.subscribe,
    context.errors.getAll,
    context.errors.getAll,
  );
  const [failures, setFailures] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Asked for by our own navigation, for the page it leads to (a controlled view may arrive later).
  const focusRequest = useRef<{ viewKey: string; focus: FocusRequest } | null>(null);
  const shownViewKey = useRef(viewKey);
  useDocumentTitle(props.manageDocumentTitle ?? false, summary.length > 0, viewKey, t);

  const visibleSections = definition.sections.filter((section) => !section.hidden);

  const showErrors = useCallback(
    (errors: FormError[]) => {
      context.errors.set(sortByPage(errors, context.targets));
      setFailures((n) => n + 1);
    },
    [context],
  );
  const clearErrors = useCallback(() => context.errors.set([]), [context]);

  const moveFocus = useCallback(
    (focus: FocusRequest) => {
      if (focus !== 'heading') {
        const id = targetFor(context.targets, focus.path);
        if (id && focusTarget(id)) return;
      }
      headingRef.current?.focus();
    },
    [context],
  );

  const { onViewChange } = props;
  const controlled = props.view !== undefined;
  const go = (next: PlanFormView, focus: FocusRequest = 'heading') => {
    const nextKey = viewKeyOf(next);
    if (nextKey === viewKey) {
      // Already on that page (an error summary link to a field of this page): focus now.
      moveFocus(focus);
      return;
    }
    focusRequest.current = { viewKey: nextKey, focus };
    if (!controlled) setOwnView(next);
    onViewChange?.(next);
  };

  // Whenever the page changes, by our navigation or the host's (a URL, the browser's Back),
  // focus its heading, so screen readers announce the new page, as GOV.UK does.
  useEffect(() => {
    if (shownViewKey.current === viewKey) return;
    shownViewKey.current = viewKey;
    const request = focusRequest.current;
    focusRequest.current = null;
    if (request?.viewKey === viewKey) {
      moveFocus(request.focus);
      return;
    }
    // Not our doing: errors raised on another page do not follow the person here.
    context.errors.set([]);
    moveFocus('heading');
  }, [viewKey, context, moveFocus]);

  const pendingErrors = (within?: Section): FormError[] =>
    [...context.pending.entries()]
      .filter(([path]) => !within || sectionOfPath(definition, path)?.id === within.id)
      .map(([, check]) => check())
      .filter((error): error is FormError => error !== undefined);

  const collect = (pending: FormError[], issues: ReturnType<typeof validatePlan>): FormError[] => [
    ...pending,
    ...issues
      .filter((issue) => issue.severity === 'error')
      .filter((issue) => !pending.some((error) => isWithin(issue.pathString, error.path)))
      .map((issue) => ({ path: issue.pathString, issue })),
  ];

  const continueFrom = (section: Section) => {
    const values = form.state.values as unknown as Plan;
    const errors = collect(
      pendingErrors(section),
      validateSection(values, section, definition, { t, locale: lang }),
    );
    if (errors.length > 0) {
      showErrors(errors);
      return;
    }
    clearErrors();
    const index = visibleSections.findIndex((s) => s.id === section.id);
    const next = visibleSections[index + 1];
    go(next ? { page: 'section', sectionId: next.id } : { page: 'check' });
  };

  const submit = () => {
    const values = form.state.values as unknown as Plan;
    const errors = collect(pendingErrors(), validatePlan(values, definition, { t, locale: lang }));
    if (errors.length > 0) {
      showErrors(errors);
      return;
    }
    clearErrors();
    setSubmitted(true);
    props.onSubmit?.({ ...values, status: 'submitted' });
  };

  const summaryItems: ErrorSummaryItem[] = summary.map((error) => {
    const targetId = targetFor(context.targets, error.path);
    const section = sectionOfPath(definition, error.path);
    return {
      message: formatFormError(error, t),
      targetId,
      onActivate: section
        ? () => go({ page: 'section', sectionId: section.id }, { path: error.path })
        : undefined,
    };
  });
  const errorSummary =
    summaryItems.length > 0 ? <ErrorSummary errors={summaryItems} focusKey={failures} /> : null;

  const sectionWords = (section: Section) => {
    const keys = sectionKeys(section);
    const title = resolveText(section.text?.title, keys.title, t, lang);
    const easy = resolveOptionalText(section.text?.easyRead, keys.easyRead, t, lang);
    const hint = resolveOptionalText(section.text?.hint, keys.hint, t, lang);
    return {
      title: easyRead && easy ? easy : title,
      hint: easyRead && easy ? undefined : hint,
      plainTitle: title,
    };
  };
  const picture = (key: string): ReactNode => (easyRead ? <Picture pictureKey={key} alt="" /> : null);

  let page: ReactNode;
  if (view.page === 'section') {
    const index = visibleSections.findIndex((s) => s.id === view.sectionId);
    const section = visibleSections[index];
    if (section) {
      const words = sectionWords(section);
      page = (
        <SectionPage
          key={section.id}
          ref={headingRef}
          title={words.title}
          hint={words.hint}
          picture={picture(section.picture)}
          position={{ number: index + 1, count: visibleSections.length }}
          errorSummary={errorSummary}
          onBack={() => {
            clearErrors();
            go({ page: 'tasks' });
          }}
          onContinue={() => continueFrom(section)}
          continueLabel={
            index === visibleSections.length - 1 ? t('ui.sectionPage.finish') : t('ui.sectionPage.continue')
          }
        >
          {placeAfterControllers(section.questions).map((question) => (
            <QuestionField key={question.id} question={question} />
          ))}
        </SectionPage>
      );
    }
  }
  if (view.page === 'check') {
    page = (
      <CheckAnswersPage
        form={form}
        definition={definition}
        easyRead={easyRead}
        ref={headingRef}
        errorSummary={errorSummary}
        submitted={submitted}
        onBack={() => {
          clearErrors();
          go({ page: 'tasks' });
        }}
        onChangeAnswer={(sectionId, path) => go({ page: 'section', sectionId }, { path })}
        onSubmit={submit}
        submitLabel={props.submitLabel}
        submittedMessage={props.submittedMessage}
      />
    );
  }
  page ??= (
    <TaskListPage
      form={form}
      definition={definition}
      ref={headingRef}
      sectionWords={sectionWords}
      picture={picture}
      onSelect={(sectionId) => go({ page: 'section', sectionId })}
      onCheck={() => go({ page: 'check' })}
    />
  );

  const classes = ['wp-root', 'wp-plan-form', props.className ?? ''].filter(Boolean).join(' ');
  return (
    <PlanFormContext.Provider value={context}>
      <div
        className={classes}
        lang={lang}
        dir={dir}
        data-text-size={props.textSize ?? 'normal'}
        data-easy-read={easyRead ? 'true' : undefined}
      >
        {page}
      </div>
    </PlanFormContext.Provider>
  );
}

/** Orders errors as their fields appear on the page (by their registered controls). */
function sortByPage(errors: FormError[], targets: ReadonlyMap<string, string>): FormError[] {
  if (typeof document === 'undefined') return errors;
  const position = (error: FormError) => {
    const id = targetFor(targets, error.path);
    return id ? document.getElementById(id) : null;
  };
  return errors
    .map((error, index) => ({ error, index, element: position(error) }))
    .sort((a, b) => {
      if (a.element && b.element && a.element !== b.element) {
        return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      }
      return a.index - b.index;
    })
    .map(({ error }) => error);
}

/** Changes the unfinished answers kept in the plan's `extensions`, if `change` changes them. */
function setUnfinished(form: PlanFormApi, change: (answers: Record<string, unknown>) => void) {
  // A host's plan object may lack `extensions`; the schema's default is {}.
  const extensions = (form.state.values.extensions ?? {}) as Plan['extensions'];
  const next = withUnfinished(extensions, change);
  if (next !== extensions) form.setFieldValue('extensions', next as never);
}

/**
 * Answers a plan kept half-typed (see `unfinishedAnswers`) show in their boxes again, and are
 * checked on continue and submit even if their page is never opened; their question registers
 * its own check when it is.
 */
function seedUnfinished(
  stores: Pick<PlanFormContextValue, 'raw' | 'pending'>,
  plan: Plan,
  definition: FormDefinition,
  t: (key: string, params?: Record<string, string | number>) => string,
  lang: string,
) {
  for (const [path, typed] of readUnfinishedAnswers(plan, definition)) {
    stores.raw.set(path, typed);
    const at = typedQuestionAt(definition, path)!;
    const label = questionWords(at.question, at.parentPath, t, lang).label;
    stores.pending.set(
      path,
      at.question.kind === 'date'
        ? dateCheck(stores.raw, path, at.question.dateMustBe, label)
        : numberCheck(stores.raw, path, label),
    );
  }
}

/**
 * Calls `onChange` with the plan after every change, without re-rendering the form, and
 * takes in a new `plan` given from outside (a controlled form).
 */
function useEmitChanges(
  form: PlanFormApi,
  plan: Plan | undefined,
  onChange: ((plan: Plan) => void) | undefined,
  onNewPlan: (plan: Plan) => void,
) {
  const onChangeRef = useRef(onChange);
  const onNewPlanRef = useRef(onNewPlan);
  // Before the subscription below; React runs pending effects before handling the next event.
  useEffect(() => {
    onChangeRef.current = onChange;
    onNewPlanRef.current = onNewPlan;
  });
  const last = useRef<unknown>(form.state.values);
  useEffect(() => {
    const subscription = form.store.subscribe(() => {
      const values = form.state.values;
      if (values === last.current) return;
      last.current = values;
      onChangeRef.current?.(values as unknown as Plan);
    });
    return () => subscription.unsubscribe();
  }, [form]);
  useEffect(() => {
    if (plan === undefined || plan === last.current) return;
    last.current = plan;
    form.reset(plan as unknown as Record<string, unknown>);
    last.current = form.state.values;
    onNewPlanRef.current(plan);
  }, [form, plan]);
}

/** Prefixes `document.title` with "Error: " while errors show, and restores it after. */
function useDocumentTitle(
  enabled: boolean,
  hasErrors: boolean,
  viewKey: string,
  t: (key: string, params?: Record<string, string | number>) => string,
) {
  // The title we set and the one it replaced; a host may retitle the page as the view changes.
  const applied = useRef<{ from: string; to: string } | null>(null);
  useEffect(() => {
    if (!enabled || typeof document === 'undefined') return;
    const current = document.title;
    if (hasErrors) {
      if (applied.current?.to === current) return;
      const to = t('ui.documentTitle.withErrors', { title: current });
      applied.current = { from: current, to };
      document.title = to;
    } else if (applied.current !== null) {
      if (document.title === applied.current.to) document.title = applied.current.from;
      applied.current = null;
    }
  }, [enabled, hasErrors, viewKey, t]);
  useEffect(
    () => () => {
      const last = applied.current;
      if (last !== null && typeof document !== 'undefined' && document.title === last.to)
        document.title = last.from;
    },
    [],
  );
}

const TaskListPage = forwardRef<
  HTMLHeadingElement,
  {
    form: PlanFormApi;
    definition: FormDefinition;
    sectionWords: (section: Section) => { title: string; hint: string | undefined };
    picture: (key: string) => ReactNode;
    onSelect: (sectionId: string) => void;
    onCheck: () => void;
  }
>(function TaskListPage(props, headingRef) {
  const { t } = useWholePicture();
  const { definition } = props;
  // Recomputed from the plan, but re-rendering only when a status actually changes.
  const signature = useFormState(props.form, (state) =>
    JSON.stringify(sectionStatus(state.values as unknown as Plan, definition)),
  );
  const statuses = JSON.parse(signature) as ReturnType<typeof sectionStatus>;
  const sections = definition.sections.filter((section) => !section.hidden);
  const completed = sections.filter((section) => statuses[section.id] === 'complete').length;
  return (
    <div className="wp-task-list-page">
      <h1 className="wp-heading-l" tabIndex={-1} ref={headingRef}>
        {t('ui.taskList.title')}
      </h1>
      <p className="wp-body">{t('ui.taskList.progress', { completed, count: sections.length })}</p>
      <TaskList
        onSelect={props.onSelect}
        items={sections.map((section) => {
          const words = props.sectionWords(section);
          return {
            id: section.id,
            title: words.title,
            hint: words.hint,
            picture: props.picture(section.picture),
            status: statuses[section.id] ?? 'not-started',
          };
        })}
      />
      <div className="wp-button-group">
        <button type="button" className="wp-button" onClick={props.onCheck}>
          {t('ui.checkAnswers.title')}
        </button>
      </div>
    </div>
  );
});

const CheckAnswersPage = forwardRef<
  HTMLHeadingElement,
  {
    form: PlanFormApi;
    definition: FormDefinition;
    easyRead: boolean;
    errorSummary: ReactNode;
    submitted: boolean;
    onBack: () => void;
    onChangeAnswer: (sectionId: string, path: string) => void;
    onSubmit: () => void;
    submitLabel: string | undefined;
    submittedMessage: string | undefined;
  }
>(function CheckAnswersPage(props, headingRef) {
  const text = useWholePicture();
  const values = useFormState(props.form, (state) => state.values) as unknown as Plan;
  const sections = buildCheckAnswers(values, props.definition, text, props.easyRead, props.onChangeAnswer);
  return (
    <>
      <CheckAnswers
        ref={headingRef}
        sections={sections}
        errorSummary={props.errorSummary}
        onBack={props.onBack}
        onSubmit={props.onSubmit}
        {...(props.submitLabel ? { submitLabel: props.submitLabel } : {})}
      />
      <div role="status" className="wp-plan-form__status">
        {props.submitted ? (
          <p className="wp-panel">{props.submittedMessage || text.t('ui.form.submitted')}</p>
        ) : null}
      </div>
    </>
  );
});
