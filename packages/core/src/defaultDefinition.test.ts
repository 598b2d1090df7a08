import { describe, expect, it } from 'vitest';
import { defaultDefinition, pictureKeys } from './defaultDefinition.js';
import {
  choiceKeys,
  choiceLists,
  optionKey,
  questionKeys,
  requiredKey,
  sectionKeys,
} from './definitionSchema.js';
import type { Question } from './definitionSchema.js';
import { cy } from './locales/cy.js';
import { en } from './locales/en.js';
import { parseDefinition } from './parseDefinition.js';
import { createTranslator } from './translate.js';

const translators = { en: createTranslator(en, 'en'), cy: createTranslator(cy, 'cy') };

/** Every question with the plan path of its list (for item fields), depth first. */
function allQuestions(
  questions: Question[],
  parentPath?: string,
): { question: Question; parentPath?: string }[] {
  return questions.flatMap((question) => {
    const here = parentPath ? `${parentPath}.${question.path}` : question.path;
    return [
      parentPath === undefined ? { question } : { question, parentPath },
      ...allQuestions(question.itemQuestions ?? [], here),
      ...allQuestions(question.reveal ?? [], parentPath),
    ];
  });
}

const questions = defaultDefinition.sections.flatMap((section) => allQuestions(section.questions));

function words(locale: 'en' | 'cy', key: string): string {
  const text = translators[locale](key);
  return text === key ? '' : text;
}

describe('the default definition', () => {
  it('passes its own checks', () => {
    const result = parseDefinition(defaultDefinition);
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([]);
  });

  it('has the sections of the whole-person picture, in order', () => {
    expect(defaultDefinition.sections.map((section) => section.id)).toEqual([
      'aboutYou',
      'household',
      'contributors',
      'communication',
      'aboutMe',
      'needs',
      'strengths',
      'outcomes',
      'support',
      'decisions',
      'barriers',
      'stayingSafe',
      'sharing',
      'review',
    ]);
  });

  it('requires the person’s preferred name', () => {
    const preferredName = questions.find(({ question }) => question.path === 'person.preferredName');
    expect(preferredName?.question.required).toBe(true);
  });

  it('keeps the default life areas, ladder rungs and barrier themes', () => {
    expect(defaultDefinition.lifeAreas.map((choice) => choice.key)).toEqual([
      'home',
      'health',
      'relationships',
      'community',
      'work-learning',
      'money',
      'daily-living',
      'safety',
    ]);
    expect(defaultDefinition.ladderRungs.map((choice) => choice.key)).toEqual([
      'me',
      'family-friends',
      'community',
      'universal',
      'targeted',
      'specialist',
      'residential',
    ]);
    expect(defaultDefinition.barrierThemes.map((choice) => choice.key)).toEqual([
      'funding-health-social-care',
      'housing',
      'information-sharing',
      'waiting-lists',
      'eligibility',
      'benefits',
      'workforce',
      'legal-process',
      'transport',
      'other',
    ]);
  });

  it('uses only picture keys from the built-in set', () => {
    const used = new Set<string>();
    for (const section of defaultDefinition.sections) used.add(section.picture);
    for (const { question } of questions) {
      used.add(question.picture);
      for (const option of question.options ?? []) if (option.picture) used.add(option.picture);
    }
    for (const list of choiceLists) for (const choice of defaultDefinition[list]) used.add(choice.picture);
    const known = new Set<string>(pictureKeys);
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
    expect(new Set(pictureKeys).size).toBe(pictureKeys.length);
  });
});

describe.each(['en', 'cy'] as const)('the %s wording of the default definition', (locale) => {
  it('gives every question, list item field and revealed question a label and easy-read words', () => {
    const missing = questions.flatMap(({ question, parentPath }) => {
      const keys = questionKeys(question, parentPath);
      return [keys.label, keys.easyRead].filter((key) => words(locale, key).trim() === '');
    });
    expect(missing).toEqual([]);
  });

  it('gives every section a title and easy-read title', () => {
    const missing = defaultDefinition.sections.flatMap((section) => {
      const keys = sectionKeys(section);
      return [keys.title, keys.easyRead, keys.hint].filter((key) => words(locale, key).trim() === '');
    });
    expect(missing).toEqual([]);
  });

  it('names every life area, ladder rung and barrier theme, plainly and in easy read', () => {
    const missing = choiceLists.flatMap((list) =>
      defaultDefinition[list].flatMap((choice) => {
        const keys = choiceKeys(list, choice.key);
        return [keys.label, keys.hint, keys.easyRead].filter((key) => words(locale, key).trim() === '');
      }),
    );
    expect(missing).toEqual([]);
  });

  it('labels every option of every choice question', () => {
    const missing = questions.flatMap(({ question, parentPath }) =>
      (question.options ?? [])
        .map((option) => optionKey(question, option.value, parentPath))
        .filter((key) => words(locale, key).trim() === ''),
    );
    expect(missing).toEqual([]);
  });

  it('has a specific message for every required question', () => {
    const missing = questions
      .filter(({ question }) => question.required)
      .map(({ question, parentPath }) => requiredKey(question, parentPath))
      .filter((key) => words(locale, key).trim() === '');
    expect(missing).toEqual([]);
  });

  it('names one item of every list', () => {
    const missing = questions
      .filter(
        ({ question }) =>
          question.kind === 'list' || question.kind === 'supportLadder' || question.kind === 'readings',
      )
      .map(({ question, parentPath }) => `plan.${parentPath ? `${parentPath}.` : ''}${question.path}.item`)
      .filter((key) => words(locale, key).trim() === '');
    expect(missing).toEqual([]);
  });
});

describe('the Welsh wording', () => {
  it('is not a copy of the English', () => {
    const same = questions.filter(({ question, parentPath }) => {
      const key = questionKeys(question, parentPath).label;
      return words('en', key) === words('cy', key);
    });
    expect(same.map(({ question }) => question.id)).toEqual([]);
  });
});
