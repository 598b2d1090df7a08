import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { planSchema } from './planSchema.js';
import { issues as cyIssues } from './locales/cy/issues.js';
import { issues as enIssues } from './locales/en/issues.js';
import { createPlanIssue, issuesFromZod, pathToString } from './planIssue.js';

function firstIssue(schema: z.ZodMiniType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  const [issue] = issuesFromZod(result.error, [], value);
  if (!issue) throw new Error('expected an issue');
  return issue;
}

describe('pathToString', () => {
  it('writes list positions in brackets and names with dots', () => {
    expect(pathToString(['needs', 2, 'description', 'text'])).toBe('needs[2].description.text');
  });

  it('writes the whole plan as an empty string', () => {
    expect(pathToString([])).toBe('');
  });

  it('quotes names that are not plain words', () => {
    expect(pathToString(['extensions', 'x-unrecognised'])).toBe('extensions["x-unrecognised"]');
  });
});

describe('createPlanIssue', () => {
  it('fills the English message from the issues resources', () => {
    const issue = createPlanIssue('future-schema-version', { params: { version: 3 } });
    expect(issue).toEqual({
      code: 'future-schema-version',
      path: [],
      pathString: '',
      messageKey: 'issues.futureSchemaVersion',
      params: { version: 3 },
      message:
        'This plan was made by a newer version of Whole Picture (version 3). Update Whole Picture to open it.',
      severity: 'error',
    });
  });
});

describe('issuesFromZod', () => {
  it('says how long text may be when it is too long', () => {
    const issue = firstIssue(z.object({ name: z.string().check(z.maxLength(5)) }), {
      name: 'Margaret',
    });
    expect(issue.code).toBe('too-long');
    expect(issue.params).toEqual({ max: 5 });
    expect(issue.message).toBe('This text is too long: at most 5 characters. Shorten it.');
    expect(issue.pathString).toBe('name');
  });

  it('tells a missing answer apart from an answer of the wrong kind', () => {
    const schema = z.object({ name: z.string() });
    expect(firstIssue(schema, {}).code).toBe('required');
    expect(firstIssue(schema, { name: 4 }).code).toBe('expected-text');
  });

  it('spots a missing answer without the input when zod reports the input', () => {
    const result = z.object({ name: z.string() }).safeParse({}, { reportInput: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(issuesFromZod(result.error)[0]?.code).toBe('required');
  });

  it('asks for a whole number, a number, yes or no, a list and a group', () => {
    const schema = z.object({
      a: z.number().check(z.int()),
      b: z.number(),
      c: z.boolean(),
      d: z.array(z.string()),
      e: z.object({}),
    });
    const result = schema.safeParse({ a: 1.5, b: 'x', c: 'yes', d: 'x', e: 'x' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(issuesFromZod(result.error).map((issue) => issue.code)).toEqual([
      'expected-whole-number',
      'expected-number',
      'expected-boolean',
      'expected-list',
      'expected-group',
    ]);
  });

  it('asks for a real date, and gives an example', () => {
    const issue = firstIssue(planSchema.shape.person, { dateOfBirth: '2007-02-30' });
    expect(issue.code).toBe('bad-date');
    expect(issue.pathString).toBe('dateOfBirth');
    expect(issue.message).toContain('2026-03-27');
  });

  it('lists the allowed values when a choice is not one of them', () => {
    const issue = firstIssue(z.object({ kind: z.enum(['me', 'household']) }), { kind: 'x' });
    expect(issue.code).toBe('not-allowed-value');
    expect(issue.message).toBe('Choose one of these: me, household.');
  });

  it('gives the limits of numbers and lists', () => {
    expect(firstIssue(z.number().check(z.maximum(168)), 200).message).toBe('Enter a number of 168 or less.');
    expect(firstIssue(z.number().check(z.minimum(0)), -1).message).toBe('Enter a number of 0 or more.');
    expect(firstIssue(z.array(z.string()).check(z.maxLength(1)), ['a', 'b']).code).toBe('too-many');
    expect(firstIssue(z.string().check(z.minLength(1)), '').code).toBe('empty');
  });

  it('names photos, SNOMED codes and language codes in format problems', () => {
    expect(firstIssue(planSchema.shape.person, { photo: 'https://example.org/a.png' }).code).toBe(
      'bad-photo',
    );
    expect(
      firstIssue(planSchema.shape.communication, {
        accessibleFormats: [{ kind: 'easy-read', snomedCode: 'abc' }],
      }).pathString,
    ).toBe('accessibleFormats[0].snomedCode');
  });

  it("keeps a custom check's own words, and uses ours when it has none", () => {
    const named = z.string().check(z.refine((value) => value !== 'x', { error: 'Not x, please' }));
    expect(firstIssue(named, 'x')).toMatchObject({ code: 'check-answer', message: 'Not x, please' });
    const unnamed = z.string().check(z.refine((value) => value !== 'x'));
    const issue = firstIssue(unnamed, 'x');
    expect(issue.code).toBe('check-answer');
    expect(issue.message).not.toMatch(/invalid/i);
  });

  it('adds the base path in front of every path', () => {
    const result = z.object({ text: z.string() }).safeParse({ text: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    const [issue] = issuesFromZod(result.error, ['needs', 2, 'description']);
    expect(issue?.pathString).toBe('needs[2].description.text');
  });

  it('never uses the word "invalid"', () => {
    const result = planSchema.safeParse({
      schemaVersion: 1,
      id: '',
      createdAt: 'yesterday',
      updatedAt: 4,
      locale: 'English',
      person: { preferredName: 'x'.repeat(2000), photo: 'nope' },
      outcomes: [{ id: 'o', readings: [{ id: 'r', by: 5, now: 11 }] }],
      support: [{ id: 's', status: 'later', hoursPerWeek: -1 }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issues = issuesFromZod(result.error);
    expect(issues.length).toBeGreaterThan(8);
    for (const issue of issues) {
      expect(issue.message).not.toMatch(/invalid/i);
      expect(issue.message.length).toBeGreaterThan(10);
      expect(issue.severity).toBe('error');
    }
  });
});

describe('issue wording', () => {
  const codes = [
    'required',
    'expected-text',
    'expected-number',
    'expected-whole-number',
    'expected-boolean',
    'expected-list',
    'expected-group',
    'expected-nothing',
    'too-long',
    'too-short',
    'empty',
    'too-many',
    'too-few',
    'number-too-big',
    'number-too-small',
    'number-not-multiple',
    'bad-date',
    'bad-date-time',
    'bad-photo',
    'bad-snomed-code',
    'bad-locale',
    'bad-format',
    'not-allowed-value',
    'no-matching-kind',
    'bad-key',
    'check-answer',
    'empty-file',
    'not-json',
    'too-large',
    'too-deep',
    'cycle',
    'not-json-value',
    'unreadable',
    'not-an-object',
    'missing-schema-version',
    'bad-schema-version',
    'future-schema-version',
    'migration-failed',
    'internal',
    'unrecognised-field',
    'control-characters',
    'broken-reference',
    'broken-reference-removed',
    'reading-without-voice-removed',
    'bad-nhs-number',
  ];

  it.each(codes)('has English and Welsh words for %s', (code) => {
    const issue = createPlanIssue(code);
    expect(issue.message).not.toBe(issue.messageKey);
    const key = issue.messageKey.replace('issues.', '') as keyof typeof enIssues;
    expect(enIssues[key]).toBeTruthy();
    expect(cyIssues[key]).toBeTruthy();
    expect(cyIssues[key]).not.toBe(enIssues[key]);
  });

  it('uses the same placeholders in Welsh as in English', () => {
    const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const key of Object.keys(enIssues) as (keyof typeof enIssues)[]) {
      expect(placeholders(cyIssues[key]), key).toEqual(placeholders(enIssues[key]));
    }
  });
});
