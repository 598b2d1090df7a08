import { describe, expect, it } from 'vitest';
import { createPlan } from './createPlan.js';
import type { EnableWhen, FormDefinition, Question } from './definitionSchema.js';
import { defaultDefinition } from './defaultDefinition.js';
import { toQuestionnaireResponse } from './fhir/toQuestionnaireResponse.js';
import { isQuestionEnabled } from './isQuestionEnabled.js';
import { parseDefinition } from './parseDefinition.js';
import type { Plan } from './planSchema.js';
import { sectionStatus } from './sectionStatus.js';
import { validatePlan } from './validatePlan.js';

function question(id: string, kind: Question['kind'], extra: Partial<Question> = {}): Question {
  return { id, kind, path: `extensions.${id}`, picture: 'question', text: { label: id }, ...extra };
}

function definitionOf(questions: Question[]): FormDefinition {
  const definition: FormDefinition = {
    ...defaultDefinition,
    id: 'conditions',
    sections: [{ id: 'questions', picture: 'question', questions, fhir: { grouped: false } }],
  };
  const checked = parseDefinition(definition);
  if (!checked.ok) throw new Error(checked.issues.map((issue) => issue.message).join('\n'));
  return checked.definition;
}

function planWith(extensions: Record<string, unknown>): Plan {
  return { ...createPlan(), extensions: extensions as Plan['extensions'] };
}

function when(condition: EnableWhen): Question {
  return question('follow', 'text', { enableWhen: [condition], text: { label: 'Follow-up' } });
}

describe('isQuestionEnabled', () => {
  const smoker = question('smoker', 'yesNo');
  const score = question('score', 'number');
  const colour = question('colour', 'checkboxes', {
    options: [{ value: 'red' }, { value: 'blue' }],
  });

  it('asks a question with no conditions', () => {
    const definition = definitionOf([smoker]);
    expect(isQuestionEnabled(smoker, createPlan(), definition)).toBe(true);
  });

  it('asks a follow-up only once its controlling question has the given answer', () => {
    const follow = when({ questionId: 'smoker', operator: '=', answer: true });
    const definition = definitionOf([smoker, follow]);
    expect(isQuestionEnabled(follow, planWith({}), definition)).toBe(false);
    expect(isQuestionEnabled(follow, planWith({ smoker: false }), definition)).toBe(false);
    expect(isQuestionEnabled(follow, planWith({ smoker: true }), definition)).toBe(true);
  });

  it('reads exists true and false as answered and not answered', () => {
    const answered = when({ questionId: 'score', operator: 'exists', answer: true });
    const definition = definitionOf([score, answered]);
    expect(isQuestionEnabled(answered, planWith({}), definition)).toBe(false);
    expect(isQuestionEnabled(answered, planWith({ score: 0 }), definition)).toBe(true);
    const unanswered = {
      ...answered,
      enableWhen: [{ questionId: 'score', operator: 'exists' as const, answer: false }],
    };
    expect(isQuestionEnabled(unanswered, planWith({}), definition)).toBe(true);
    expect(isQuestionEnabled(unanswered, planWith({ score: 3 }), definition)).toBe(false);
  });

  it('compares numbers with the ordering operators, and integers with coded values', () => {
    const definition = definitionOf([score]);
    const at = (operator: EnableWhen['operator'], value: number) =>
      isQuestionEnabled(
        question('x', 'text', { enableWhen: [{ questionId: 'score', operator, answer: 5 }] }),
        planWith({ score: value }),
        definition,
      );
    expect([at('>', 6), at('>', 5), at('>=', 5), at('<', 4), at('<', 5), at('<=', 5)]).toEqual([
      true,
      false,
      true,
      true,
      false,
      true,
    ]);
    const coded = definitionOf([question('level', 'radios', { options: [{ value: '1' }, { value: '2' }] })]);
    const follow = question('y', 'text', { enableWhen: [{ questionId: 'level', operator: '=', answer: 2 }] });
    expect(isQuestionEnabled(follow, planWith({ level: '2' }), coded)).toBe(true);
    expect(isQuestionEnabled(follow, planWith({ level: '1' }), coded)).toBe(false);
  });

  it('matches any checked value, and treats != as true when nothing equals it', () => {
    const definition = definitionOf([colour]);
    const is = question('y', 'text', {
      enableWhen: [{ questionId: 'colour', operator: '=', answer: 'blue' }],
    });
    const isNot = question('z', 'text', {
      enableWhen: [{ questionId: 'colour', operator: '!=', answer: 'blue' }],
    });
    expect(isQuestionEnabled(is, planWith({ colour: ['red', 'blue'] }), definition)).toBe(true);
    expect(isQuestionEnabled(isNot, planWith({ colour: ['red', 'blue'] }), definition)).toBe(false);
    expect(isQuestionEnabled(isNot, planWith({ colour: ['red'] }), definition)).toBe(true);
    expect(isQuestionEnabled(isNot, planWith({}), definition)).toBe(true);
  });

  it('needs every condition by default and one of them with enableBehavior any', () => {
    const conditions: EnableWhen[] = [
      { questionId: 'smoker', operator: '=', answer: true },
      { questionId: 'score', operator: '>', answer: 3 },
    ];
    const definition = definitionOf([smoker, score]);
    const all = question('all', 'text', { enableWhen: conditions });
    const any = question('any', 'text', { enableWhen: conditions, enableBehavior: 'any' });
    const plan = planWith({ smoker: true, score: 1 });
    expect(isQuestionEnabled(all, plan, definition)).toBe(false);
    expect(isQuestionEnabled(any, plan, definition)).toBe(true);
  });

  it('counts a condition on a question that is not asked as unanswered, and settles loops as not asked', () => {
    const middle = question('middle', 'yesNo', {
      enableWhen: [{ questionId: 'smoker', operator: '=', answer: true }],
    });
    const last = question('last', 'text', {
      enableWhen: [{ questionId: 'middle', operator: 'exists', answer: true }],
    });
    const definition = definitionOf([smoker, middle, last]);
    expect(isQuestionEnabled(last, planWith({ smoker: false, middle: true }), definition)).toBe(false);
    expect(isQuestionEnabled(last, planWith({ smoker: true, middle: true }), definition)).toBe(true);

    const a = question('a', 'yesNo', { enableWhen: [{ questionId: 'b', operator: 'exists', answer: true }] });
    const b = question('b', 'yesNo', { enableWhen: [{ questionId: 'a', operator: 'exists', answer: true }] });
    const loop = definitionOf([a, b]);
    expect(isQuestionEnabled(a, planWith({ a: true, b: true }), loop)).toBe(false);
  });

  it("reads a list item's field conditions in the same item", () => {
    const kind = {
      id: 'kind',
      kind: 'radios',
      path: 'kind',
      picture: 'question',
      options: [{ value: 'other' }, { value: 'home' }],
    } as Question;
    const detail: Question = {
      id: 'detail',
      kind: 'text',
      path: 'detail',
      picture: 'question',
      enableWhen: [{ questionId: 'kind', operator: '=', answer: 'other' }],
    };
    const visits = question('visits', 'list', { itemQuestions: [kind, detail] });
    const definition = definitionOf([visits]);
    const plan = planWith({
      visits: [
        { id: 'a', kind: 'home' },
        { id: 'b', kind: 'other' },
      ],
    });
    expect(isQuestionEnabled(detail, plan, definition, 'extensions.visits[0]')).toBe(false);
    expect(isQuestionEnabled(detail, plan, definition, 'extensions.visits[1]')).toBe(true);
  });
});

describe('questions that are not asked', () => {
  const smoker = question('smoker', 'yesNo');
  const follow = question('perDay', 'number', {
    required: true,
    enableWhen: [{ questionId: 'smoker', operator: '=', answer: true }],
  });
  const definition = definitionOf([smoker, follow]);

  it('are not required, and count for the task list only when asked', () => {
    const no = planWith({ smoker: false });
    expect(validatePlan(no, definition)).toEqual([]);
    expect(sectionStatus(no, definition)).toEqual({ questions: 'complete' });
    const yes = planWith({ smoker: true });
    expect(validatePlan(yes, definition).map((issue) => issue.pathString)).toEqual(['extensions.perDay']);
    expect(sectionStatus(yes, definition)).toEqual({ questions: 'in-progress' });
  });

  it('keep their answers in the plan but leave them out of the QuestionnaireResponse', () => {
    const plan = planWith({ smoker: false, perDay: 10 });
    const response = toQuestionnaireResponse(plan, definition);
    expect(response.item?.map((item) => item.linkId)).toEqual(['smoker']);
    expect(plan.extensions['perDay']).toBe(10);
    const asked = toQuestionnaireResponse(planWith({ smoker: true, perDay: 10 }), definition);
    expect(asked.item?.map((item) => item.linkId)).toEqual(['smoker', 'perDay']);
  });
});
