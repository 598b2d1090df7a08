import { describe, expect, it } from 'vitest';
import { createPlan, toQuestionnaireResponse } from '@wholepicture/core';
import {
  MAX_QUESTIONNAIRE_BYTES,
  QUESTIONNAIRE_KEY,
  formOfQuestionnaire,
  newQuestionnairePlan,
  questionnaireIn,
  readQuestionnaireJson,
} from './questionnaireDrafts.js';

const questionnaire = {
  resourceType: 'Questionnaire',
  status: 'active',
  title: 'Weekly check-in',
  item: [
    { linkId: 'name', type: 'string', text: 'Your name', initial: [{ valueString: 'Sam' }] },
    {
      linkId: 'score',
      type: 'integer',
      text: 'Score',
      extension: [{ url: 'https://example.org/unknown', valueString: 'x' }],
    },
  ],
};

describe('readQuestionnaireJson', () => {
  it('imports a Questionnaire and lists what it leaves out by linkId', () => {
    const read = readQuestionnaireJson(JSON.stringify(questionnaire));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.title).toBe('Weekly check-in');
    expect(read.ignored.map((entry) => entry.linkId)).toContain('score');
  });

  it('says where the JSON is broken', () => {
    expect(readQuestionnaireJson('{\n  "resourceType": ')).toEqual({
      ok: false,
      problem: { kind: 'not-json', line: 2, column: 19 },
    });
  });

  it('refuses empty files, files that are too big and resources that are not Questionnaires', () => {
    expect(readQuestionnaireJson('  ')).toEqual({ ok: false, problem: { kind: 'empty' } });
    const big = readQuestionnaireJson(`"${'a'.repeat(MAX_QUESTIONNAIRE_BYTES)}"`);
    expect(big).toEqual({ ok: false, problem: { kind: 'too-large', maxMegabytes: 2 } });
    const plan = readQuestionnaireJson(JSON.stringify(createPlan()));
    expect(plan.ok).toBe(false);
    if (plan.ok || plan.problem.kind !== 'not-usable') throw new Error('expected a not-usable problem');
    expect(plan.problem.issues[0]?.messageKey).toBe('issues.fhirNotAQuestionnaire');
  });
});

describe('a questionnaire draft', () => {
  it('carries its Questionnaire and initial answers, and reads back the same form', () => {
    const read = readQuestionnaireJson(JSON.stringify(questionnaire));
    if (!read.ok) throw new Error('expected the Questionnaire to import');
    const plan = newQuestionnairePlan(read.questionnaire, read.definition, 'cy');
    expect(plan.locale).toBe('cy');
    expect(plan.extensions['name']).toBe('Sam');
    expect(questionnaireIn(plan)).toEqual(questionnaire);
    expect(Object.keys(plan.extensions)).toContain(QUESTIONNAIRE_KEY);
    const form = formOfQuestionnaire(questionnaireIn(plan));
    expect(form?.definition).toEqual(read.definition);
    const response = toQuestionnaireResponse(plan, read.definition);
    expect(response.item).toEqual([{ linkId: 'name', answer: [{ valueString: 'Sam' }] }]);
  });

  it('is not found in a plain plan', () => {
    expect(questionnaireIn(createPlan())).toBeUndefined();
    expect(formOfQuestionnaire(undefined)).toBeUndefined();
  });
});
