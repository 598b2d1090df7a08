import { describe, expect, it } from 'vitest';
import { createPlan } from './createPlan.js';
import { CURRENT_SCHEMA_VERSION, planSchema } from './planSchema.js';

describe('createPlan', () => {
  it('makes a valid empty draft', () => {
    const plan = createPlan();
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(plan.status).toBe('draft');
    expect(plan.needs).toEqual([]);
    expect(plan.aboutMe.goodDay).toEqual({ text: '' });
    expect(plan.person.preferredName).toBe('');
    expect(plan.id).toMatch(/^plan-[0-9a-z]{16}$/);
  });

  it('stamps both times with the clock it is given', () => {
    const plan = createPlan({ now: new Date('2026-03-27T09:30:00Z') });
    expect(plan.createdAt).toBe('2026-03-27T09:30:00.000Z');
    expect(plan.updatedAt).toBe('2026-03-27T09:30:00.000Z');
  });

  it('gives every plan its own id', () => {
    expect(createPlan().id).not.toBe(createPlan().id);
  });

  it('takes overrides for any part of the plan', () => {
    const plan = createPlan({ locale: 'cy', person: { preferredName: 'Callum' } });
    expect(plan.locale).toBe('cy');
    expect(plan.person.preferredName).toBe('Callum');
    expect(plan.person.identifiers).toEqual([]);
  });

  it('refuses an override that does not fit the plan', () => {
    expect(() => createPlan({ locale: 'not a language' })).toThrow();
  });
});
