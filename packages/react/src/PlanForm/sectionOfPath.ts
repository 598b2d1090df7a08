import type { FormDefinition, Question, Section } from '@wholepicture/core';
import { isWithin } from './formErrors.js';

function topPaths(questions: readonly Question[]): string[] {
  return questions.flatMap((question) => [question.path, ...topPaths(question.reveal ?? [])]);
}

/** The section whose questions write the plan path `path` (`needs[2].description` → needs). */
export function sectionOfPath(definition: FormDefinition, path: string): Section | undefined {
  return definition.sections.find(
    (section) => !section.hidden && topPaths(section.questions).some((base) => isWithin(path, base)),
  );
}
