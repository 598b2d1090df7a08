import { describe, expect, it } from 'vitest';
import { createPlan } from './createPlan.js';
import { defaultDefinition } from './defaultDefinition.js';
import { defineForm } from './defineForm.js';
import { sectionStatus } from './sectionStatus.js';

const now = new Date('2026-03-01T10:00:00Z');
const today = '2026-03-01';

describe('sectionStatus', () => {
  it('shows every section as not started on an empty plan', () => {
    const statuses = sectionStatus(createPlan({ now }), defaultDefinition, { today });
    expect(Object.keys(statuses)).toEqual(defaultDefinition.sections.map((s) => s.id));
    expect(new Set(Object.values(statuses))).toEqual(new Set(['not-started']));
  });

  it('shows a section in progress while a required answer is missing', () => {
    const plan = createPlan({ now, person: { preferredName: '', pronouns: 'they/them' } });
    expect(sectionStatus(plan, defaultDefinition, { today })['aboutYou']).toBe('in-progress');
  });

  it('shows a section complete once every required answer is given', () => {
    const plan = createPlan({
      now,
      person: { preferredName: 'Sam' },
      aboutMe: { goodDay: { text: 'Swimming' } },
    });
    const statuses = sectionStatus(plan, defaultDefinition, { today });
    expect(statuses['aboutYou']).toBe('complete');
    expect(statuses['aboutMe']).toBe('complete');
    expect(statuses['needs']).toBe('not-started');
  });

  it('keeps a list section in progress while an item lacks a required field', () => {
    const plan = createPlan({ now, needs: [{ id: 'n1', lifeArea: 'home', description: { text: '' } }] });
    expect(sectionStatus(plan, defaultDefinition, { today })['needs']).toBe('in-progress');
    const filled = createPlan({
      now,
      needs: [{ id: 'n1', lifeArea: 'home', description: { text: 'Stairs' } }],
    });
    expect(sectionStatus(filled, defaultDefinition, { today })['needs']).toBe('complete');
  });

  it('leaves hidden sections out', () => {
    const definition = defineForm({ sections: { barriers: { hidden: true } } });
    expect(sectionStatus(createPlan({ now }), definition, { today })).not.toHaveProperty('barriers');
  });
  it('counts a revealed answer only after a yes, and a no as an answer', () => {
    const plan = createPlan({ now, sharing: { consentGiven: false, agreedOn: '2020-01-01' } });
    expect(sectionStatus(plan, defaultDefinition, { today })['sharing']).toBe('complete');
  });

  it('never shows a section complete with a date that is not real', () => {
    const base = createPlan({ now });
    const plan = { ...base, review: { ...base.review, nextReviewDate: '2026-13-01' } };
    expect(sectionStatus(plan, defaultDefinition, { today })['review']).toBe('in-progress');
  });
});
