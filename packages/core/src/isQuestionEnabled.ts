import { readCheckedValues } from './checkedValues.js';
import type { EnableWhen, FormDefinition, Question } from './definitionSchema.js';
import { getAtPath, parsePath } from './planPath.js';
import type { PathParts } from './planPath.js';

type Answer = string | number | boolean;

/** Where a question sits: the list questions it is inside, outermost first. */
interface Place {
  question: Question;
  lists: Question[];
}

const placesByDefinition = new WeakMap<FormDefinition, Map<string, Place>>();

function placesOf(definition: FormDefinition): Map<string, Place> {
  const cached = placesByDefinition.get(definition);
  if (cached) return cached;
  const places = new Map<string, Place>();
  const walk = (questions: readonly Question[], lists: Question[]): void => {
    for (const question of questions) {
      if (!places.has(question.id)) places.set(question.id, { question, lists });
      if (question.reveal) walk(question.reveal, lists);
      if (question.itemQuestions) walk(question.itemQuestions, [...lists, question]);
    }
  };
  for (const section of definition.sections) walk(section.questions, []);
  placesByDefinition.set(definition, places);
  return places;
}

function partsOf(path: string | readonly (string | number)[] | undefined): PathParts {
  if (path === undefined) return [];
  try {
    return parsePath(path);
  } catch {
    return [];
  }
}

/** The answers a stored value holds, as FHIR would compare them; none when unanswered. */
function answersOf(question: Question, value: unknown): Answer[] {
  switch (question.kind) {
    case 'voicedText': {
      const text = typeof value === 'object' && value !== null ? (value as { text?: unknown }).text : value;
      return typeof text === 'string' && text.trim() !== '' ? [text] : [];
    }
    case 'checkboxes':
      return readCheckedValues(value);
    case 'links':
      return Array.isArray(value)
        ? value.filter((id): id is string => typeof id === 'string' && id !== '')
        : [];
    case 'list':
    case 'supportLadder':
    case 'readings':
      return Array.isArray(value) ? value.map(() => true) : [];
    default:
      if (typeof value === 'string') return value.trim() === '' ? [] : [value];
      if (typeof value === 'number') return Number.isFinite(value) ? [value] : [];
      return typeof value === 'boolean' ? [value] : [];
  }
}

function asNumber(value: Answer): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

/** Negative, zero or positive; `undefined` when the two cannot be compared. */
function compare(given: Answer, wanted: Answer): number | undefined {
  if (typeof given === 'boolean' || typeof wanted === 'boolean') {
    return typeof given === typeof wanted ? Number(given) - Number(wanted) : undefined;
  }
  // A coded answer written as an integer (`answerInteger: 1`) meets our option value "1".
  if (typeof given === 'number' || typeof wanted === 'number') {
    const a = asNumber(given);
    const b = asNumber(wanted);
    return a === undefined || b === undefined ? undefined : a - b;
  }
  // Strings, including ISO dates, which order correctly as text.
  return given < wanted ? -1 : given > wanted ? 1 : 0;
}

function holds(condition: EnableWhen, answers: readonly Answer[]): boolean {
  const { operator, answer } = condition;
  if (operator === 'exists') return answers.length > 0 === (answer === true);
  const results = answers.map((given) => compare(given, answer));
  switch (operator) {
    case '=':
      return results.some((result) => result === 0);
    case '!=':
      // FHIR: "no answer has a value that is equal", so an unanswered question also passes.
      return !results.some((result) => result === 0);
    case '>':
      return results.some((result) => result !== undefined && result > 0);
    case '<':
      return results.some((result) => result !== undefined && result < 0);
    case '>=':
      return results.some((result) => result !== undefined && result >= 0);
    case '<=':
      return results.some((result) => result !== undefined && result <= 0);
  }
}

function enabled(
  question: Question,
  plan: unknown,
  definition: FormDefinition,
  itemPath: PathParts,
  visiting: Set<string>,
): boolean {
  const conditions = question.enableWhen;
  if (!conditions || conditions.length === 0) return true;
  // A loop of conditions can never be settled, so every question in it stays off.
  if (visiting.has(question.id)) return false;
  visiting.add(question.id);
  const places = placesOf(definition);
  const own = places.get(question.id)?.lists ?? [];
  const check = (condition: EnableWhen): boolean => {
    const target = places.get(condition.questionId);
    let answers: Answer[] = [];
    // The target is read in this question's item (or an outer one), else at the top level;
    // a question inside some other list's items has no single answer, so counts as unanswered.
    if (target && target.lists.every((list, index) => own[index] === list)) {
      let depth = 0;
      for (const list of target.lists) depth += partsOf(list.path).length + 1;
      const base = itemPath.slice(0, depth);
      if (base.length === depth) {
        const targetPath = [...base, ...partsOf(target.question.path)];
        // FHIR: a condition on a disabled question proceeds as though it had no answer.
        if (enabled(target.question, plan, definition, base, visiting)) {
          answers = answersOf(target.question, getAtPath(plan, targetPath));
        }
      }
    }
    return holds(condition, answers);
  };
  const result = question.enableBehavior === 'any' ? conditions.some(check) : conditions.every(check);
  visiting.delete(question.id);
  return result;
}

/**
 * Whether a question is asked, by its `enableWhen` conditions (`enableBehavior` `all` by
 * default, or `any`) on the answers in `plan`, as FHIR R4 defines them: `exists`, `=`, `!=`
 * (also true when unanswered), `>`, `<`, `>=`, `<=`; a condition on a question that is itself
 * not asked counts as unanswered. For a list item's field pass the item's path
 * (`parentPath`, e.g. `extensions.visits[2]`) so conditions on its siblings read that item.
 * A question with no conditions is always asked. Answers of questions not asked are kept in
 * the plan; they are just not shown, checked or exported.
 */
export function isQuestionEnabled(
  question: Question,
  plan: unknown,
  definition: FormDefinition,
  parentPath?: string | readonly (string | number)[],
): boolean {
  return enabled(question, plan, definition, partsOf(parentPath), new Set());
}
