import { describe, expect, it } from 'vitest';
import { checkOutcome } from './checkOutcome.js';
import type { OutcomeFindingKind } from './checkOutcome.js';
import { en } from './locales/en.js';

type Label = OutcomeFindingKind | 'outcome';

const english: [string, Label][] = [
  ['2 hours of support a week', 'activity-count'],
  ['A care package', 'service'],
  ['Attend day centre', 'service'],
  ['Weekly visits from a support worker', 'activity-count'],
  ['To have a social worker', 'service'],
  ['Medication review', 'service'],
  ['10 hours a week of domiciliary care', 'activity-count'],
  ['Attend the day centre 3 days a week', 'activity-count'],
  ['Respite care', 'service'],
  ['To receive direct payments', 'service'],
  ['Referral to occupational therapy', 'service'],
  ['Support worker to visit twice a week', 'activity-count'],
  ['To be referred to CAMHS', 'service'],
  ['A personal budget', 'service'],
  ['To get a befriender', 'service'],
  ['Daily phone calls from staff', 'activity-count'],
  ['Continue with counselling sessions', 'service'],
  ['I will have a support worker for 15 hours', 'activity-count'],
  ['More support with shopping', 'service'],
  ['To be happy', 'vague'],
  ['Improve wellbeing', 'vague'],
  ['Independence', 'vague'],
  ['Maintain independence', 'vague'],
  ['Better quality of life', 'vague'],
  ['To have my needs met', 'vague'],
  ['To be safe and well', 'vague'],
  ['I get to college on my own', 'outcome'],
  ['I feel less lonely', 'outcome'],
  ['I keep my flat', 'outcome'],
  ['I can cook a meal for my family', 'outcome'],
  ['I go swimming twice a week with my friend', 'outcome'],
  ['I sleep through the night most nights', 'outcome'],
  ['I have a paid job in a café', 'outcome'],
  ['I see my grandchildren every weekend', 'outcome'],
  ['I manage my own money and pay my bills on time', 'outcome'],
  ['I feel confident going out on the bus.', 'outcome'],
  ['Support with budgeting so I can keep my flat', 'outcome'],
  ['I am not in hospital this winter', 'outcome'],
  ['My mum gets a proper break and feels less tired', 'outcome'],
  ['I want to be a care worker', 'outcome'],
  ['I have friends I can ring when I feel low', 'outcome'],
  ['I walk to the shop by myself', 'outcome'],
];

const welsh: [string, Label][] = [
  ['2 awr o gymorth yr wythnos', 'activity-count'],
  ['Pecyn gofal', 'service'],
  ['Mynychu canolfan ddydd', 'service'],
  ['Ymweliadau wythnosol gan weithiwr cymorth', 'activity-count'],
  ['Cael gweithiwr cymdeithasol', 'service'],
  ['Adolygiad meddyginiaeth', 'service'],
  ['Gofal seibiant', 'service'],
  ['Derbyn taliadau uniongyrchol', 'service'],
  ['Mynychu’r ganolfan ddydd dri diwrnod yr wythnos', 'activity-count'],
  ['Bod yn hapus', 'vague'],
  ['Gwella lles', 'vague'],
  ['Annibyniaeth', 'vague'],
  ["Dw i'n mynd i'r coleg ar fy mhen fy hun", 'outcome'],
  ["Dw i'n teimlo'n llai unig", 'outcome'],
  ["Dw i'n cadw fy fflat", 'outcome'],
  ['Galla i goginio pryd o fwyd i fy nheulu', 'outcome'],
  ["Dw i'n gweld fy wyrion bob penwythnos", 'outcome'],
  ['Mae gen i swydd mewn caffi', 'outcome'],
  ["Rwy'n cysgu drwy'r nos", 'outcome'],
];

const accuracy = (examples: [string, Label][], locale: string) => {
  const right = examples.filter(
    ([text, label]) => (checkOutcome(text, { locale })?.kind ?? 'outcome') === label,
  );
  return right.length / examples.length;
};

describe('checkOutcome', () => {
  it.each(english)('labels %j as %s', (text, label) => {
    expect(checkOutcome(text, { locale: 'en' })?.kind ?? 'outcome').toBe(label);
  });

  it.each(welsh)('labels the Welsh %j as %s', (text, label) => {
    expect(checkOutcome(text, { locale: 'cy' })?.kind ?? 'outcome').toBe(label);
  });

  it('gets every labelled example right (accuracy 100% in English and Welsh)', () => {
    expect(english.length).toBeGreaterThanOrEqual(30);
    expect(welsh.length).toBeGreaterThanOrEqual(10);
    expect({ en: accuracy(english, 'en'), cy: accuracy(welsh, 'cy') }).toEqual({ en: 1, cy: 1 });
  });

  it('names the words that look like a service or a count, and a message that exists', () => {
    expect(checkOutcome('To have a social worker', { locale: 'en' })).toEqual({
      kind: 'service',
      messageKey: 'easyRead.outcome.service',
      params: { match: 'social worker' },
    });
    const count = checkOutcome('2 hours of support a week', { locale: 'en' })!;
    expect(count.messageKey).toBe('easyRead.outcome.activityCount');
    expect(count.params['match']).toMatch(/^2 hours/);
    expect(en.easyRead.outcome.activityCount).toContain('{{match}}');
  });

  it('gives no hint for empty text or a language without rules', () => {
    expect(checkOutcome('', { locale: 'en' })).toBeUndefined();
    expect(checkOutcome('   ', { locale: 'cy' })).toBeUndefined();
    expect(checkOutcome('Un paquete de cuidados', { locale: 'es' })).toBeUndefined();
  });

  it('reads hostile and very long text without throwing', () => {
    expect(checkOutcome('<b>A care package</b>', { locale: 'en' })?.kind).toBe('service');
    expect(checkOutcome('<script>alert(1)</script>I feel safe at home', { locale: 'en' })).toBeUndefined();
    expect(checkOutcome(`I feel ${'very '.repeat(20_000)}safe`, { locale: 'en' })).toBeUndefined();
    expect(checkOutcome('\u0000\u202e', { locale: 'en' })).toBeUndefined();
  });
});
