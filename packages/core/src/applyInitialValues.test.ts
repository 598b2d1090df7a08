import { describe, expect, it } from 'vitest';
import { applyInitialValues } from './applyInitialValues.js';
import { createPlan } from './createPlan.js';
import { defaultDefinition } from './defaultDefinition.js';
import type { FormDefinition, Question } from './definitionSchema.js';
import type { Plan } from './planSchema.js';

function question(id: string, kind: Question['kind'], extra: Partial<Question> = {}): Question {
  return { id, kind, path: `extensions.${id}`, picture: 'question', ...extra };
}

const definition: FormDefinition = {
  ...defaultDefinition,
  id: 'initial',
  sections: [
    {
      id: 'questions',
      picture: 'question',
      questions: [
        question('name', 'text', { initial: 'Sam' }),
        question('count', 'number', { initial: 2 }),
        question('agree', 'yesNo', { initial: true }),
        question('colours', 'checkboxes', {
          options: [{ value: 'red' }, { value: 'blue' }],
          initial: ['blue'],
        }),
        question('size', 'radios', { options: [{ value: 's' }, { value: 'm' }], initial: 'xl' }),
        question('when', 'date', { initial: 'not a date' }),
        question('note', 'textarea'),
      ],
    },
  ],
};

describe('applyInitialValues', () => {
  it("fills an empty plan with the definition's initial answers that fit each question", () => {
    const plan = applyInitialValues(createPlan(), definition);
    expect(plan.extensions).toEqual({ name: 'Sam', count: 2, agree: true, colours: ['blue'] });
  });

  it('leaves a plan someone has started exactly as it is', () => {
    const started: Plan = { ...createPlan(), extensions: { note: 'Already written' } };
    expect(applyInitialValues(started, definition)).toBe(started);
  });

  it('returns the same plan when the definition has no initial answers', () => {
    const plan = createPlan();
    expect(applyInitialValues(plan, defaultDefinition)).toBe(plan);
  });

  it('never changes the plan it is given', () => {
    const plan = createPlan();
    applyInitialValues(plan, definition);
    expect(plan.extensions).toEqual({});
  });
});
