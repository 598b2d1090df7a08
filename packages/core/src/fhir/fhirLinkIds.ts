import type { Question, Section } from '../definitionSchema.js';
import type { FhirCoding } from './fhirTypes.js';
import { fhirUrls } from './fhirUrls.js';

/**
 * The linkId of a section's group. Question ids cannot contain `/`, so `section/<id>` never
 * clashes with a question (the default definition has a section and a list both called `needs`).
 */
export function sectionLinkId(section: Pick<Section, 'id' | 'fhir'>): string {
  return section.fhir?.linkId ?? `section/${section.id}`;
}

/** The linkId of a question's item: the imported linkId, else the question's id. */
export function questionLinkId(question: Pick<Question, 'id' | 'fhir'>): string {
  return question.fhir?.linkId ?? question.id;
}

/** The code system of a question's own options. */
export function optionSystem(question: Pick<Question, 'id'>): string {
  return `${fhirUrls.codeSystemBase}/${question.id}`;
}

/** The code systems of the definition's configurable lists. */
export const choiceListSystems = {
  lifeAreas: `${fhirUrls.codeSystemBase}/life-areas`,
  ladderRungs: `${fhirUrls.codeSystemBase}/ladder-rungs`,
  barrierThemes: `${fhirUrls.codeSystemBase}/barrier-themes`,
} as const;

/** True when a section's questions sit inside a group item. */
export function isGrouped(section: Pick<Section, 'fhir'>): boolean {
  return section.fhir?.grouped !== false;
}

/** Every question of a definition's sections, depth first, with list items and revealed ones. */
export function allQuestions(sections: readonly Section[]): Question[] {
  const out: Question[] = [];
  const walk = (questions: readonly Question[]): void => {
    for (const question of questions) {
      out.push(question);
      if (question.itemQuestions) walk(question.itemQuestions);
      if (question.reveal) walk(question.reveal);
    }
  };
  for (const section of sections) walk(section.questions);
  return out;
}

/**
 * The FHIR value of a choice answer: a Coding in the option's code system, or, for a
 * contributor id of an `optionsFrom: 'contributors'` question, the id as a string.
 */
export function choiceValue(
  question: Question,
  value: string,
): { valueCoding?: FhirCoding; valueString?: string } {
  const own = question.options?.find((option) => option.value === value);
  if (own) return { valueCoding: { system: own.fhir?.system ?? optionSystem(question), code: value } };
  const from = question.optionsFrom;
  if (from === 'contributors') return { valueString: value };
  if (from) return { valueCoding: { system: choiceListSystems[from], code: value } };
  return { valueCoding: { system: optionSystem(question), code: value } };
}
