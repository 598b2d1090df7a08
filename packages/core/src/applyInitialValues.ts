import type { FormDefinition, InitialValue, Question } from './definitionSchema.js';
import { getAtPath, setAtPath } from './planPath.js';
import type { Plan } from './planSchema.js';
import { isAnswered } from './validatePlan.js';

/** The initial value as this question's kind stores it, or `undefined` when it does not fit. */
function storedInitial(question: Question, initial: InitialValue): unknown {
  switch (question.kind) {
    case 'text':
    case 'textarea':
    case 'date':
    case 'radios':
    case 'select':
      if (typeof initial !== 'string') return undefined;
      if (question.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(initial)) return undefined;
      if (question.options && !question.optionsFrom && !question.options.some((o) => o.value === initial))
        return undefined;
      return initial;
    case 'voicedText':
      return typeof initial === 'string' ? { text: initial } : undefined;
    case 'number':
    case 'scale':
      return typeof initial === 'number' && Number.isFinite(initial) ? initial : undefined;
    case 'yesNo':
      return typeof initial === 'boolean' ? initial : undefined;
    case 'checkboxes': {
      const values = Array.isArray(initial) ? initial : typeof initial === 'string' ? [initial] : [];
      return values.length > 0 ? values : undefined;
    }
    default:
      return undefined;
  }
}

function topLevelQuestions(definition: FormDefinition): Question[] {
  const out: Question[] = [];
  const walk = (questions: readonly Question[]): void => {
    for (const question of questions) {
      out.push(question);
      if (question.reveal) walk(question.reveal);
    }
  };
  for (const section of definition.sections) walk(section.questions);
  return out;
}

/**
 * A copy of an empty plan with the definition's `initial` answers filled in (FHIR `initial`):
 * only when none of the definition's questions is answered yet, so a plan someone has started
 * (or cleared an answer in) is never changed. List items' fields are not filled in. Returns
 * `plan` itself when there is nothing to do.
 */
export function applyInitialValues(plan: Plan, definition: FormDefinition): Plan {
  const questions = topLevelQuestions(definition);
  const withInitial = questions.filter((question) => question.initial !== undefined);
  if (withInitial.length === 0) return plan;
  const started = questions.some((question) => {
    try {
      return isAnswered(question, getAtPath(plan, question.path));
    } catch {
      return false;
    }
  });
  if (started) return plan;
  let next = plan;
  for (const question of withInitial) {
    const value = storedInitial(question, question.initial as InitialValue);
    if (value === undefined) continue;
    try {
      next = setAtPath(next, question.path, value);
    } catch {
      // A path through something that is not a group cannot take an initial answer; skip it.
    }
  }
  return next;
}
