import { describe, expect, it } from 'vitest';
import { createPlan } from './createPlan.js';
import { defaultDefinition } from './defaultDefinition.js';
import { defineForm } from './defineForm.js';
import type { Question } from './definitionSchema.js';
import { cy } from './locales/cy.js';
import { en } from './locales/en.js';
import {
  resolveChoiceWording,
  resolveQuestionOptions,
  resolveQuestionWording,
  resolveSectionWording,
} from './resolveWording.js';
import { createTranslator } from './translate.js';

const t = createTranslator(en, 'en');
const tCy = createTranslator(cy, 'cy');

function flatten(questions: Question[]): Question[] {
  return questions.flatMap((q) => [q, ...flatten(q.itemQuestions ?? []), ...flatten(q.reveal ?? [])]);
}

function question(sectionId: string, id: string): Question {
  const section = defaultDefinition.sections.find((s) => s.id === sectionId);
  const found = flatten(section?.questions ?? []).find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

describe('resolved wording', () => {
  it('gives a question’s label, hint and easy-read words', () => {
    expect(resolveQuestionWording(question('aboutMe', 'aboutMe.goodDay'), t, 'en')).toEqual({
      label: 'What is a good day for you?',
      hint: 'What happens, who is there, what you do.',
      easyRead: 'A good day for me is…',
    });
    expect(resolveQuestionWording(question('aboutMe', 'aboutMe.goodDay'), tCy, 'cy').easyRead).toBe(
      'Diwrnod da i mi yw…',
    );
  });

  it('gives list item fields their words through the list’s path', () => {
    expect(resolveQuestionWording(question('needs', 'needs.description'), t, 'en', 'needs[3]').label).toBe(
      'What is hard or missing?',
    );
  });

  it('uses a host’s rewording, and the label as easy read for a host question without one', () => {
    const definition = defineForm({
      addQuestions: [
        {
          section: 'aboutYou',
          question: {
            id: 'gp',
            kind: 'text',
            path: 'extensions.gp',
            picture: 'doctor',
            text: { label: 'GP' },
          },
        },
      ],
    });
    const gp = definition.sections[0]?.questions.find((q) => q.id === 'gp') as Question;
    expect(resolveQuestionWording(gp, t, 'en')).toEqual({ label: 'GP', easyRead: 'GP' });
  });

  it('gives section titles and choice words', () => {
    const aboutMe = defaultDefinition.sections.find((s) => s.id === 'aboutMe');
    expect(aboutMe && resolveSectionWording(aboutMe, t, 'en').easyRead).toBe(
      'What you need to know about me',
    );
    expect(resolveChoiceWording(defaultDefinition, 'ladderRungs', 'me', t, 'en').easyRead).toBe(
      'Things I do myself',
    );
    expect(resolveChoiceWording(defaultDefinition, 'lifeAreas', 'unknown-area', t, 'en').label).toBe(
      'unknown-area',
    );
  });

  it('lists a question’s own options and those of its source', () => {
    const options = resolveQuestionOptions(
      question('needs', 'needs.lifeArea'),
      defaultDefinition,
      {},
      t,
      'en',
      'needs',
    );
    expect(options.map((o) => o.label)).toContain('Health and wellbeing');
    const by = question('outcomes', 'outcomes.readings.by');
    const plan = createPlan({
      contributors: [
        { id: 'c1', name: 'Sam' },
        { id: 'c2', name: '' },
      ],
    });
    expect(
      resolveQuestionOptions(by, defaultDefinition, plan, t, 'en', 'outcomes.readings').map((o) => [
        o.value,
        o.label,
      ]),
    ).toEqual([
      ['together', 'We agreed it together'],
      ['c1', 'Sam'],
      ['c2', 'Contributor 2'],
    ]);
  });
});
