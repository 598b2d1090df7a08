import { describe, expect, it } from 'vitest';
import { cy } from './locales/cy.js';
import { en } from './locales/en.js';
import { createPlanIssue } from './planIssue.js';
import { formatIssue } from './formatIssue.js';
import { createTranslator } from './translate.js';

const tooLong = createPlanIssue('too-long', { path: ['aboutMe', 'goodDay', 'text'], params: { max: 100 } });

describe('formatIssue', () => {
  it('uses the English message when no translator is given', () => {
    expect(formatIssue(tooLong)).toBe('This text is too long: at most 100 characters. Shorten it.');
  });

  it('puts the issue into Welsh with the Welsh resources', () => {
    const t = createTranslator(cy, 'cy');
    expect(formatIssue(tooLong, t)).toBe("Mae'r testun hwn yn rhy hir: 100 nod ar y mwyaf. Byrhewch ef.");
  });

  it('agrees with the English resources', () => {
    expect(formatIssue(tooLong, createTranslator(en, 'en'))).toBe(tooLong.message);
  });

  it('falls back to the English message when the locale has no wording', () => {
    const issue = { ...tooLong, messageKey: 'issues.somethingNew' };
    expect(formatIssue(issue, createTranslator(cy, 'cy'))).toBe(tooLong.message);
  });

  it('falls back to the English message when the translator fails', () => {
    const broken = () => {
      throw new Error('no resources');
    };
    expect(formatIssue(tooLong, broken)).toBe(tooLong.message);
  });
});
