import type { FormDefinition } from './definitionSchema.js';
import { getAtPath } from './planPath.js';
import type { Plan } from './planSchema.js';
import { isAnswered, validateSection, visibleQuestions } from './validatePlan.js';
import type { ValidatePlanOptions } from './validatePlan.js';

/** A section's place in the GOV.UK task list. */
export type SectionStatus = 'not-started' | 'in-progress' | 'complete';

/**
 * The task-list status of every section on show, by section id: `not-started` when nothing
 * is answered, `complete` when something is answered and the section has no problems (every
 * required answer given, list items' too, dates real), otherwise `in-progress`.
 */
export function sectionStatus(
  plan: Plan,
  definition: FormDefinition,
  options: Pick<ValidatePlanOptions, 'today'> = {},
): Record<string, SectionStatus> {
  const statuses: Record<string, SectionStatus> = {};
  for (const section of definition.sections) {
    if (section.hidden) continue;
    const shown = visibleQuestions(section.questions, plan, [], { definition, plan });
    const anyAnswered = shown.some(({ question, path }) => isAnswered(question, getAtPath(plan, path)));
    let status: SectionStatus = 'not-started';
    if (anyAnswered) {
      status = validateSection(plan, section, definition, options).length === 0 ? 'complete' : 'in-progress';
    }
    Object.defineProperty(statuses, section.id, {
      value: status,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return statuses;
}
