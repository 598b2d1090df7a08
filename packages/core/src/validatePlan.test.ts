import { describe, expect, it } from 'vitest';
import { createPlan } from './createPlan.js';
import { defaultDefinition } from './defaultDefinition.js';
import { defineForm } from './defineForm.js';
import type { Section } from './definitionSchema.js';
import { formatIssue } from './formatIssue.js';
import { cy } from './locales/cy.js';
import { createTranslator } from './translate.js';
import { validatePlan, validateSection } from './validatePlan.js';

const now = new Date('2026-03-01T10:00:00Z');
const today = '2026-03-01';

function section(id: string): Section {
  const found = defaultDefinition.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

describe('validateSection', () => {
  it('asks for the preferred name in GOV.UK words', () => {
    const [issue, ...rest] = validateSection(createPlan({ now }), section('aboutYou'), defaultDefinition, {
      today,
    });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'required',
      path: ['person', 'preferredName'],
      pathString: 'person.preferredName',
      messageKey: 'plan.person.preferredName.required',
      message: 'Enter the person’s preferred name',
      severity: 'error',
    });
  });

  it('puts the message into Welsh through formatIssue', () => {
    const [issue] = validateSection(createPlan({ now }), section('aboutYou'), defaultDefinition, { today });
    expect(issue && formatIssue(issue, createTranslator(cy, 'cy'))).toBe('Rhowch enw dewisol y person');
  });

  it('checks each list item’s required fields by their exact path', () => {
    const plan = createPlan({
      now,
      needs: [
        { id: 'n1', lifeArea: 'home', description: { text: 'Stairs' } },
        { id: 'n2', lifeArea: '', description: { text: '  ' } },
      ],
    });
    const issues = validateSection(plan, section('needs'), defaultDefinition, { today });
    expect(issues.map((i) => [i.pathString, i.message])).toEqual([
      ['needs[1].lifeArea', 'Select the part of life this need is about'],
      ['needs[1].description', 'Enter what is hard or missing'],
    ]);
  });

  it('refuses a life area that is not in the definition', () => {
    const plan = createPlan({ now, needs: [{ id: 'n1', lifeArea: 'space', description: { text: 'x' } }] });
    const [issue] = validateSection(plan, section('needs'), defaultDefinition, { today });
    expect(issue?.message).toBe('Select part of life from the list');
  });

  it('wants a date of birth in the past', () => {
    const plan = createPlan({ now, person: { preferredName: 'Sam', dateOfBirth: '2030-01-01' } });
    const [issue] = validateSection(plan, section('aboutYou'), defaultDefinition, { today });
    expect(issue).toMatchObject({ code: 'date-not-past', message: 'Date of birth must be in the past' });
  });

  it('refuses a date that is not real', () => {
    const plan = {
      ...createPlan({ now }),
      review: { nextReviewDate: '2026-02-30', howWeWillKnow: { text: '' } },
    };
    const [issue] = validateSection(plan, section('review'), defaultDefinition, { today });
    expect(issue).toMatchObject({
      code: 'bad-date',
      pathString: 'review.nextReviewDate',
      message: 'Next review date must be a real date',
    });
  });

  it('refuses text over its limit', () => {
    const plan = createPlan({ now, person: { preferredName: 'S'.repeat(201) } });
    const [issue] = validateSection(plan, section('aboutYou'), defaultDefinition, { today });
    expect(issue).toMatchObject({ code: 'too-long', params: { field: 'Preferred name', max: 200 } });
    expect(issue?.message).toBe('Preferred name must be 200 characters or less');
  });

  it('checks revealed questions only after a yes', () => {
    const definition = defineForm({ questions: { 'sharing.agreedById': { required: true } } });
    const sharing = definition.sections.find((s) => s.id === 'sharing') as Section;
    const no = createPlan({ now, sharing: { consentGiven: false } });
    expect(validateSection(no, sharing, definition, { today })).toEqual([]);
    const yes = createPlan({ now, sharing: { consentGiven: true } });
    expect(validateSection(yes, sharing, definition, { today }).map((i) => i.message)).toEqual([
      'Select who agreed',
    ]);
  });

  it('uses a generic message naming the field for host questions', () => {
    const definition = defineForm({
      addQuestions: [
        {
          section: 'aboutYou',
          question: {
            id: 'gp',
            kind: 'text',
            path: 'extensions.gp',
            picture: 'doctor',
            required: true,
            text: { label: 'GP practice' },
          },
        },
      ],
    });
    const issues = validateSection(
      createPlan({ now, person: { preferredName: 'Sam' } }),
      definition.sections[0] as Section,
      definition,
      { today },
    );
    expect(issues.map((i) => [i.pathString, i.messageKey, i.message])).toEqual([
      ['extensions.gp', 'plan.validation.required', 'Enter GP practice'],
    ]);
  });

  it('ignores hidden questions', () => {
    const definition = defineForm({ questions: { 'person.preferredName': { hidden: true } } });
    expect(
      validateSection(createPlan({ now }), definition.sections[0] as Section, definition, { today }),
    ).toEqual([]);
  });
});

describe('validatePlan', () => {
  it('finds nothing wrong in an empty plan except the preferred name', () => {
    expect(validatePlan(createPlan({ now }), defaultDefinition, { today }).map((i) => i.pathString)).toEqual([
      'person.preferredName',
    ]);
  });

  it('does not crash on hostile text', () => {
    const hostile = '<script>alert(1)</script>\u202E\u0000'.repeat(1000);
    const base = createPlan({ now, aboutMe: { goodDay: { text: hostile } } });
    const plan = { ...base, person: { ...base.person, preferredName: hostile } };
    expect(validatePlan(plan, defaultDefinition, { today }).map((i) => i.code)).toEqual(['too-long']);
  });
});
