import { readCheckedValues } from './checkedValues.js';
import { questionKeys, requiredKey, resolveText } from './definitionSchema.js';
import type { FormDefinition, Question, Section } from './definitionSchema.js';
import { isQuestionEnabled } from './isQuestionEnabled.js';
import { enForm } from './locales/enForm.js';
import { createPlanIssue } from './planIssue.js';
import type { PlanIssue } from './planIssue.js';
import { getAtPath, parsePath } from './planPath.js';
import type { PathParts } from './planPath.js';
import { isIsoDate } from './planSchema.js';
import type { Plan } from './planSchema.js';
import { createTranslator } from './translate.js';
import type { TranslateFn } from './translate.js';

/** Options for {@link validatePlan} and {@link validateSection}. */
export interface ValidatePlanOptions {
  /** Translator for the messages and field names. @default English */
  t?: TranslateFn;
  /** The locale of `t`, for picking a host's own wording. @default 'en' */
  locale?: string;
  /** Today as `YYYY-MM-DD`, for "must be in the past/future". @default the local date today */
  today?: string;
}

const englishT = createTranslator(enForm, 'en');

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True when a question's answer counts as given: words, a choice, a date, a number, yes or no, an item. */
export function isAnswered(question: Pick<Question, 'kind'>, value: unknown): boolean {
  switch (question.kind) {
    case 'voicedText': {
      const text = typeof value === 'object' && value !== null ? (value as { text?: unknown }).text : value;
      return typeof text === 'string' && text.trim() !== '';
    }
    case 'number':
    case 'scale':
      return typeof value === 'number' && Number.isFinite(value);
    case 'yesNo':
      return typeof value === 'boolean';
    case 'checkboxes':
    case 'links':
    case 'list':
    case 'supportLadder':
    case 'readings':
      return Array.isArray(value) && value.length > 0;
    default:
      return typeof value === 'string' && value.trim() !== '';
  }
}

/** What `enableWhen` conditions are read against: the definition and the whole plan. */
export interface VisibilityScope {
  definition: FormDefinition;
  /** The whole plan (not a list item). */
  plan: unknown;
}

/**
 * The questions on show: not hidden, revealed ones only after a yes, and, given `scope`, only
 * those whose `enableWhen` conditions hold. `data` is what the questions' paths are relative
 * to (the plan, or a list item at `base`); returned paths start with `base`.
 */
export function visibleQuestions(
  questions: readonly Question[],
  data: unknown,
  base: PathParts = [],
  scope?: VisibilityScope,
): { question: Question; path: PathParts }[] {
  const out: { question: Question; path: PathParts }[] = [];
  for (const question of questions) {
    if (question.hidden) continue;
    if (scope && !isQuestionEnabled(question, scope.plan, scope.definition, base)) continue;
    let relative: PathParts;
    try {
      relative = parsePath(question.path);
    } catch {
      continue;
    }
    const path = [...base, ...relative];
    out.push({ question, path });
    if (question.kind === 'yesNo' && question.reveal && getAtPath(data, relative) === true) {
      out.push(...visibleQuestions(question.reveal, data, base, scope));
    }
  }
  return out;
}

/** A label as a field name inside a sentence: "Who agreed?" → "who agreed". */
function lowerFirst(label: string): string {
  const words = label.replace(/[?？:]\s*$/u, '');
  // Keep acronyms such as "NHS number" or "GP practice" as they are.
  if (words.length > 1 && words[1] === words[1]?.toUpperCase() && /[A-Z]/.test(words[1] ?? '')) return words;
  return words.charAt(0).toLowerCase() + words.slice(1);
}

interface Context {
  plan: unknown;
  definition: FormDefinition;
  t: TranslateFn;
  locale: string;
  today: string;
  issues: PlanIssue[];
}

function allowedValues(question: Question, context: Context): Set<string> | undefined {
  const values = new Set((question.options ?? []).map((option) => option.value));
  switch (question.optionsFrom) {
    case undefined:
      break;
    case 'contributors': {
      const contributors = getAtPath(context.plan, 'contributors');
      if (!Array.isArray(contributors)) return values;
      for (const contributor of contributors) {
        const id = getAtPath(contributor, 'id');
        if (typeof id === 'string') values.add(id);
      }
      break;
    }
    default:
      for (const choice of context.definition[question.optionsFrom]) values.add(choice.key);
  }
  return values;
}

function add(
  context: Context,
  code: string,
  path: PathParts,
  messageKey: string,
  params: Record<string, string | number>,
): void {
  context.issues.push(
    createPlanIssue(code, { path, messageKey, params, message: context.t(messageKey, params) }),
  );
}

function checkQuestion(
  question: Question,
  path: PathParts,
  parentPath: string | undefined,
  context: Context,
): void {
  const value = getAtPath(context.plan, path);
  const keys = questionKeys(question, parentPath);
  const label = resolveText(question.text?.label, keys.label, context.t, context.locale);
  if (!isAnswered(question, value)) {
    // A read-only question (FHIR readOnly) cannot be answered here, so it cannot be required.
    if (!question.required || question.readOnly) return;
    const specific = requiredKey(question, parentPath);
    if (context.t(specific) !== specific) {
      add(context, 'required', path, specific, { field: lowerFirst(label) });
      return;
    }
    const isList =
      question.kind === 'list' || question.kind === 'supportLadder' || question.kind === 'readings';
    const isChoice = ['radios', 'select', 'checkboxes', 'links', 'yesNo', 'scale'].includes(question.kind);
    if (isList) {
      const itemKey = `plan.${keys.label.slice('plan.'.length, -'.label'.length)}.item`;
      const item = context.t(itemKey);
      add(context, 'required', path, 'plan.validation.requiredList', {
        field: item === itemKey ? lowerFirst(label) : item,
      });
    } else {
      add(
        context,
        'required',
        path,
        isChoice ? 'plan.validation.requiredChoice' : 'plan.validation.required',
        {
          field: lowerFirst(label),
        },
      );
    }
    return;
  }

  switch (question.kind) {
    case 'text':
    case 'textarea':
    case 'voicedText': {
      const text = question.kind === 'voicedText' ? getAtPath(value, 'text') : value;
      const textPath = question.kind === 'voicedText' ? [...path, 'text'] : path;
      if (question.maxLength !== undefined && typeof text === 'string' && text.length > question.maxLength) {
        add(context, 'too-long', textPath, 'plan.validation.tooLong', {
          field: label,
          max: question.maxLength,
        });
      }
      break;
    }
    case 'date': {
      if (typeof value !== 'string' || !isIsoDate(value)) {
        add(context, 'bad-date', path, 'plan.validation.dateReal', { field: label });
      } else if (question.dateMustBe === 'past' && value >= context.today) {
        add(context, 'date-not-past', path, 'plan.validation.datePast', { field: label });
      } else if (question.dateMustBe === 'future' && value <= context.today) {
        add(context, 'date-not-future', path, 'plan.validation.dateFuture', { field: label });
      }
      break;
    }
    case 'scale': {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 10) {
        add(context, 'out-of-range', path, 'plan.validation.numberRange', { field: label, min: 1, max: 10 });
      }
      break;
    }
    case 'radios':
    case 'select': {
      const allowed = allowedValues(question, context);
      if (allowed && typeof value === 'string' && !allowed.has(value)) {
        add(context, 'not-an-option', path, 'plan.validation.notAnOption', { field: lowerFirst(label) });
      }
      break;
    }
    case 'checkboxes': {
      const allowed = allowedValues(question, context);
      if (allowed && readCheckedValues(value).some((checked) => !allowed.has(checked))) {
        add(context, 'not-an-option', path, 'plan.validation.notAnOption', { field: lowerFirst(label) });
      }
      break;
    }
    case 'list':
    case 'supportLadder':
    case 'readings': {
      if (!question.itemQuestions || !Array.isArray(value)) break;
      const listKeyPath = parentPath ? `${parentPath}.${question.path}` : question.path;
      value.forEach((item, index) => {
        const scope = { definition: context.definition, plan: context.plan };
        for (const child of visibleQuestions(question.itemQuestions ?? [], item, [...path, index], scope)) {
          checkQuestion(child.question, child.path, listKeyPath, context);
        }
      });
      break;
    }
    default:
      break;
  }
}

/**
 * The problems in one section of a plan, GOV.UK style: required answers that are missing,
 * dates that are not real (or not in the past or future when they must be), text over its
 * limit, choices that are not on the list, and the same for every list item's fields (paths
 * with indices, e.g. `needs[2].description`). Hidden questions, revealed ones after a "no"
 * and those whose `enableWhen` conditions do not hold are not checked. Messages are in the
 * options' language (English by default).
 */
export function validateSection(
  plan: Plan,
  section: Section,
  definition: FormDefinition,
  options: ValidatePlanOptions = {},
): PlanIssue[] {
  const context: Context = {
    plan,
    definition,
    t: options.t ?? englishT,
    locale: options.locale ?? 'en',
    today: options.today ?? localToday(),
    issues: [],
  };
  if (section.hidden) return [];
  for (const { question, path } of visibleQuestions(section.questions, plan, [], { definition, plan })) {
    checkQuestion(question, path, undefined, context);
  }
  return context.issues;
}

/** The problems in every section of a plan that is on show, in the definition's order. */
export function validatePlan(
  plan: Plan,
  definition: FormDefinition,
  options: ValidatePlanOptions = {},
): PlanIssue[] {
  return definition.sections.flatMap((section) => validateSection(plan, section, definition, options));
}
