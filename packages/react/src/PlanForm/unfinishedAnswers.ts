import type { FormDefinition, Plan, Question } from '@wholepicture/core';

/**
 * Where answers still being typed are kept: `plan.extensions['x-unfinished']`, keyed by plan
 * path. A date's boxes with a part missing, or a number box holding words, cannot be a plan
 * value yet; kept here, they are saved with the draft like every other answer, so a reload, a
 * crash or another device shows them again as they were typed. An entry goes when its answer
 * becomes a real date or number, or is emptied.
 */
export const UNFINISHED_KEY = 'x-unfinished';

/** What was typed: a date's three boxes, or a number box's text. */
export type UnfinishedAnswer = { day: string; month: string; year: string } | string;

/** Longest typed text kept: far more than any date part or number needs. */
const MAX_TYPED = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typedText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TYPED;
}

/** Strips list indices: `support[2].startDate` → `support.startDate`. */
function shapeOf(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

/** A date or number question and the item path its words are relative to. */
export interface TypedQuestion {
  question: Question;
  parentPath: string | undefined;
}

function* typedQuestions(questions: readonly Question[], prefix: string): Generator<[string, Question]> {
  for (const question of questions) {
    const shape = prefix === '' ? question.path : `${prefix}.${question.path}`;
    if (question.kind === 'date' || question.kind === 'number') yield [shape, question];
    yield* typedQuestions(question.reveal ?? [], prefix);
    yield* typedQuestions(question.itemQuestions ?? [], shape);
  }
}

/** The date or number question that writes `path` (with list indices), if any. */
export function typedQuestionAt(definition: FormDefinition, path: string): TypedQuestion | undefined {
  const shape = shapeOf(path);
  for (const section of definition.sections) {
    for (const [candidate, question] of typedQuestions(section.questions, '')) {
      if (candidate !== shape) continue;
      const cut = path.length - question.path.length - 1;
      const parentPath = shape === question.path ? undefined : path.slice(0, cut);
      return { question, parentPath };
    }
  }
  return undefined;
}

/**
 * The answers still being typed in `plan`, read defensively (the plan may come from any file):
 * only entries for a date or number question of `definition`, shaped as that question types.
 */
export function readUnfinishedAnswers(plan: Plan, definition: FormDefinition): Map<string, UnfinishedAnswer> {
  const found = new Map<string, UnfinishedAnswer>();
  const extensions: unknown = plan.extensions;
  const stored = isRecord(extensions) ? extensions[UNFINISHED_KEY] : undefined;
  if (!isRecord(stored)) return found;
  for (const [path, value] of Object.entries(stored)) {
    const typed = typedQuestionAt(definition, path);
    if (!typed) continue;
    if (typed.question.kind === 'number' && typedText(value)) found.set(path, value);
    if (
      typed.question.kind === 'date' &&
      isRecord(value) &&
      typedText(value['day']) &&
      typedText(value['month']) &&
      typedText(value['year'])
    ) {
      found.set(path, { day: value['day'], month: value['month'], year: value['year'] });
    }
  }
  return found;
}

/**
 * `extensions` with its unfinished answers changed by `change` (which edits a copy), or the
 * same object when nothing changed. The key goes when no answer is left.
 */
export function withUnfinished(
  extensions: Plan['extensions'],
  change: (answers: Record<string, unknown>) => void,
): Plan['extensions'] {
  const stored = extensions[UNFINISHED_KEY];
  const before = isRecord(stored) ? stored : {};
  const answers = { ...before };
  change(answers);
  const keys = Object.keys(answers);
  if (keys.length === Object.keys(before).length && keys.every((key) => answers[key] === before[key])) {
    return extensions;
  }
  const { [UNFINISHED_KEY]: _previous, ...rest } = extensions;
  return keys.length === 0 ? rest : { ...rest, [UNFINISHED_KEY]: answers as Plan['extensions'][string] };
}
