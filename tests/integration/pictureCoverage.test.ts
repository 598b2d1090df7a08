import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, defaultDefinition, samplePlans } from '@wholepicture/core';
import { buildEasyReadDocument } from '@wholepicture/core/easy-read';
import type { Question } from '@wholepicture/core';
import { en } from '@wholepicture/core/locales/en';
import { getPicture, loadPictures, pictureAlt } from '@wholepicture/symbols';

// Every picture the default definition and the easy-read documents ask for must exist in the
// picture set, with alt text in both shipped languages: a missing one would show a blank.
beforeAll(() => loadPictures());

function questionPictures(questions: readonly Question[]): string[] {
  return questions.flatMap((question) => [
    question.picture,
    ...(question.options ?? []).flatMap((option) => (option.picture ? [option.picture] : [])),
    ...questionPictures(question.itemQuestions ?? []),
    ...questionPictures(question.reveal ?? []),
  ]);
}

describe('pictures across packages', () => {
  it('draws every picture the default definition uses, with English and Welsh alt text', () => {
    const keys = new Set([
      ...defaultDefinition.sections.flatMap((section) => [
        section.picture,
        ...questionPictures(section.questions),
      ]),
      ...[
        ...defaultDefinition.lifeAreas,
        ...defaultDefinition.ladderRungs,
        ...defaultDefinition.barrierThemes,
      ].map((choice) => choice.picture),
    ]);
    expect(keys.size).toBeGreaterThan(20);
    const missing = [...keys].filter(
      (key) => !getPicture(key) || !pictureAlt(key, 'en') || !pictureAlt(key, 'cy'),
    );
    expect(missing).toEqual([]);
  });

  it('draws every picture the sample plans’ easy-read documents use', () => {
    const t = createTranslator(en, 'en');
    const keys = new Set(
      Object.values(samplePlans).flatMap((plan) => {
        const document = buildEasyReadDocument(plan, { definition: defaultDefinition, locale: 'en', t });
        return document.sections.flatMap((section) => [
          section.picture,
          ...section.rows.map((row) => row.picture),
        ]);
      }),
    );
    expect([...keys].filter((key) => !getPicture(key))).toEqual([]);
  });
});
