import { defaultDefinition, parseDefinition } from '@wholepicture/core';
import type { FormDefinition, Question, Section } from '@wholepicture/core';
import type { BenchForm } from './describeForm.js';

// Pictures from the default definition, so every key exists in the picture set.
const pictures = [
  ...new Set(defaultDefinition.sections.flatMap((section) => section.questions.map((q) => q.picture))),
];

/**
 * Our format: a `FormDefinition` whose questions write host fields (`extensions.q001`),
 * checked by core's `parseDefinition` (throws with its messages when it is not valid).
 */
export function toOurs(form: BenchForm): FormDefinition {
  const sections: Section[] = form.sections.map((section, s) => ({
    id: section.id,
    picture: pictures[s % pictures.length] ?? 'person',
    text: { title: section.title },
    questions: section.questions.map((q): Question => ({
      id: q.name,
      kind: q.kind,
      path: `extensions.${q.name}`,
      picture: pictures[q.number % pictures.length] ?? 'person',
      ...(q.required ? { required: true } : {}),
      text: { label: q.label },
      ...(q.options.length > 0
        ? { options: q.options.map((option) => ({ value: option.value, text: { label: option.label } })) }
        : {}),
    })),
  }));
  const parsed = parseDefinition({
    id: 'bench-form',
    version: '1',
    lifeAreas: defaultDefinition.lifeAreas,
    ladderRungs: defaultDefinition.ladderRungs,
    barrierThemes: defaultDefinition.barrierThemes,
    sections,
  });
  if (!parsed.ok)
    throw new Error(
      `The bench form is not a valid definition:\n${parsed.issues.map((i) => i.message).join('\n')}`,
    );
  return parsed.definition;
}
