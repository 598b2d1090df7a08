import { describe, expect, it } from 'vitest';
import {
  choiceKey,
  choiceKeys,
  optionKey,
  questionKeys,
  resolveOptionalText,
  resolveText,
  sectionKeys,
} from './definitionSchema.js';
import { createTranslator } from './translate.js';

const t = createTranslator(
  { plan: { aboutMe: { goodDay: { label: 'What is a good day for you?' } } } },
  'en',
);

describe('i18n keys', () => {
  it('follow the plan path of a question', () => {
    expect(questionKeys({ path: 'aboutMe.goodDay' })).toEqual({
      label: 'plan.aboutMe.goodDay.label',
      hint: 'plan.aboutMe.goodDay.hint',
      easyRead: 'plan.aboutMe.goodDay.easyRead',
    });
  });

  it('put list item fields under their list, without positions', () => {
    expect(questionKeys({ path: 'description' }, 'needs').label).toBe('plan.needs.description.label');
    expect(questionKeys({ path: 'now' }, 'outcomes[3].readings').label).toBe(
      'plan.outcomes.readings.now.label',
    );
  });

  it('name sections, choices and options', () => {
    expect(sectionKeys({ id: 'aboutMe' })).toEqual({
      title: 'plan.sections.aboutMe.title',
      easyRead: 'plan.sections.aboutMe.easyRead',
      hint: 'plan.sections.aboutMe.hint',
    });
    expect(choiceKey('lifeAreas', 'home')).toBe('plan.lifeAreas.home');
    expect(choiceKeys('ladderRungs', 'me').easyRead).toBe('plan.ladderRungs.me.easyRead');
    expect(optionKey({ path: 'role' }, 'carer', 'contributors')).toBe('plan.contributors.role.options.carer');
  });
});

describe('resolveText', () => {
  const key = 'plan.aboutMe.goodDay.label';

  it('uses the translation when the host gave no wording', () => {
    expect(resolveText(undefined, key, t, 'en')).toBe('What is a good day for you?');
  });

  it('uses the host’s wording for the locale, then for its language', () => {
    expect(resolveText('A good day', key, t, 'cy')).toBe('A good day');
    expect(resolveText({ en: 'Good day', cy: 'Diwrnod da' }, key, t, 'cy')).toBe('Diwrnod da');
    expect(resolveText({ cy: 'Diwrnod da' }, key, t, 'cy-GB')).toBe('Diwrnod da');
  });

  it('falls back to the translation for a locale the host did not word', () => {
    expect(resolveText({ cy: 'Diwrnod da' }, key, t, 'en')).toBe('What is a good day for you?');
  });

  it('shows the host’s words rather than a raw key when nothing is translated', () => {
    expect(resolveText({ cy: 'Meddyg teulu' }, 'plan.extensions.gp.label', t, 'en')).toBe('Meddyg teulu');
    expect(resolveText(undefined, 'plan.extensions.gp.label', t, 'en')).toBe('plan.extensions.gp.label');
  });

  it('gives no optional words when there are none', () => {
    expect(resolveOptionalText(undefined, 'plan.aboutMe.goodDay.hint', t, 'en')).toBeUndefined();
    expect(resolveOptionalText({ en: 'A hint' }, 'plan.aboutMe.goodDay.hint', t, 'en')).toBe('A hint');
  });

  it('ignores inherited properties of the host’s wording', () => {
    expect(resolveText({ en: 'x' }, key, t, 'constructor')).toBe('What is a good day for you?');
  });
});
