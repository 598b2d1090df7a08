import { applyInitialValues, createPlan, fromQuestionnaire, readJsonText } from '@wholepicture/core';
import type { FormDefinition, IgnoredFhir, JsonTextProblem, Plan, PlanIssue } from '@wholepicture/core';

/** Where a questionnaire draft keeps the Questionnaire it answers, so it reopens after a reload. */
export const QUESTIONNAIRE_KEY = 'x-fhir-questionnaire';

/** The largest Questionnaire file we open: 2 MB of JSON (HL7's examples are a few KB). */
export const MAX_QUESTIONNAIRE_BYTES = 2 * 1024 * 1024;

/** Why a Questionnaire file could not be opened. */
export type QuestionnaireFileProblem = JsonTextProblem | { kind: 'not-usable'; issues: PlanIssue[] };

/** A Questionnaire read from a file, or why not. */
export type ReadQuestionnaireResult =
  | {
      ok: true;
      questionnaire: Record<string, unknown>;
      definition: FormDefinition;
      ignored: IgnoredFhir[];
      title: string | undefined;
    }
  | { ok: false; problem: QuestionnaireFileProblem };

/** The Questionnaire's title (or name) as plain text, for lists and headings. */
export function questionnaireTitle(questionnaire: unknown): string | undefined {
  if (typeof questionnaire !== 'object' || questionnaire === null) return undefined;
  const record = questionnaire as Record<string, unknown>;
  for (const key of ['title', 'name']) {
    const value = Object.hasOwn(record, key) ? record[key] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 200);
  }
  return undefined;
}

/**
 * Reads a Questionnaire file's text: refuses files over {@link MAX_QUESTIONNAIRE_BYTES}, says
 * where the JSON is broken, then imports it with core's `fromQuestionnaire` (which lists what
 * it leaves out by linkId). Never throws.
 */
export function readQuestionnaireJson(text: string): ReadQuestionnaireResult {
  const read = readJsonText(text, MAX_QUESTIONNAIRE_BYTES);
  if (!read.ok) return read;
  const { value } = read;
  const result = fromQuestionnaire(value);
  if (!result.ok) return { ok: false, problem: { kind: 'not-usable', issues: result.issues } };
  return {
    ok: true,
    questionnaire: value as Record<string, unknown>,
    definition: result.definition,
    ignored: result.ignored,
    title: questionnaireTitle(value),
  };
}

/**
 * A new, empty draft answering a Questionnaire: the Questionnaire travels inside it (under
 * {@link QUESTIONNAIRE_KEY}) and its initial answers are filled in.
 */
export function newQuestionnairePlan(
  questionnaire: Record<string, unknown>,
  definition: FormDefinition,
  locale: string,
  now = new Date(),
): Plan {
  const plan = createPlan({ locale, now });
  return applyInitialValues(
    { ...plan, extensions: { [QUESTIONNAIRE_KEY]: questionnaire as Plan['extensions'][string] } },
    definition,
  );
}

/** The Questionnaire a questionnaire draft answers, as kept inside it; `undefined` in a plain plan. */
export function questionnaireIn(plan: Plan | undefined): unknown {
  const extensions = plan?.extensions as Record<string, unknown> | undefined;
  return extensions && Object.hasOwn(extensions, QUESTIONNAIRE_KEY)
    ? extensions[QUESTIONNAIRE_KEY]
    : undefined;
}

/** The form a questionnaire draft answers, read again from its Questionnaire; `undefined` if unreadable. */
export function formOfQuestionnaire(
  questionnaire: unknown,
): { definition: FormDefinition; ignored: IgnoredFhir[]; title: string | undefined } | undefined {
  if (questionnaire === undefined) return undefined;
  const result = fromQuestionnaire(questionnaire);
  if (!result.ok) return undefined;
  return { definition: result.definition, ignored: result.ignored, title: questionnaireTitle(questionnaire) };
}
