import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDefinition } from '../defaultDefinition.js';
import { parseDefinition } from '../parseDefinition.js';
import threeOneFourOne from './fixtures/Questionnaire-3141.json' with { type: 'json' };
import blueBook from './fixtures/Questionnaire-bb.json' with { type: 'json' };
import lifelines from './fixtures/Questionnaire-f201.json' with { type: 'json' };
import gcs from './fixtures/Questionnaire-gcs.json' with { type: 'json' };
import phq9 from './fixtures/Questionnaire-phq-9-questionnaire.json' with { type: 'json' };
import zika from './fixtures/Questionnaire-zika-virus-exposure-assessment.json' with { type: 'json' };
import { fromQuestionnaire } from './fromQuestionnaire.js';
import type { FromQuestionnaireResult } from './fromQuestionnaire.js';
import { toQuestionnaire } from './toQuestionnaire.js';

function imported(resource: unknown) {
  const result: FromQuestionnaireResult = fromQuestionnaire(resource);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result;
}

function whatFor(result: ReturnType<typeof imported>, linkId: string): string[] {
  return result.ignored.filter((entry) => entry.linkId === linkId).map((entry) => entry.what);
}

describe('fromQuestionnaire with real public Questionnaires', () => {
  it.each([
    ['PHQ-9', phq9],
    ['Glasgow Coma Score', gcs],
    ['Lifelines', lifelines],
    ['blue book', blueBook],
    ['cancer quality forum', threeOneFourOne],
    ['Zika exposure', zika],
  ])('imports %s as a definition the form accepts', (_name, resource) => {
    const result = imported(resource);
    expect(parseDefinition(result.definition).ok).toBe(true);
    for (const question of result.definition.sections.flatMap((section) => section.questions)) {
      expect(question.path.startsWith('extensions.')).toBe(true);
    }
  });

  it('reads the Glasgow Coma Score options from its contained value sets, ignoring only the LOINC codes', () => {
    const result = imported(gcs);
    const questions = result.definition.sections.flatMap((section) => section.questions);
    expect(questions.map((question) => question.kind)).toEqual(['radios', 'radios', 'radios']);
    expect(questions[0]?.options?.map((option) => option.value)).toEqual([
      'LA6557-8',
      'LA6558-6',
      'LA6559-4',
      'LA6560-2',
      'LA6561-0',
    ]);
    expect(questions[0]?.options?.[0]?.fhir?.system).toBe('http://loinc.org');
    expect(result.ignored).toEqual([
      { linkId: '1.1', what: '"code"' },
      { linkId: '1.2', what: '"code"' },
      { linkId: '1.3', what: '"code"' },
    ]);
  });

  it('reports the PHQ-9 value sets it cannot fetch and its calculated total, question by question', () => {
    const result = imported(phq9);
    expect(whatFor(result, 'LittleInterest')).toContain(
      'answer value set http://loinc.org/vs/LL358-3 (only contained value sets are read; nothing is fetched)',
    );
    expect(whatFor(result, 'TotalScore')).toContain(
      'extension http://hl7.org/fhir/StructureDefinition/cqf-expression',
    );
    const questions = result.definition.sections.flatMap((section) => section.questions);
    expect(questions).toHaveLength(10);
    expect(result.definition.sections[0]?.fhir).toEqual({ grouped: false });
  });

  it('keeps Lifelines groups as sections with their linkIds and loses nothing', () => {
    const result = imported(lifelines);
    expect(result.ignored).toEqual([]);
    expect(result.definition.sections.map((section) => section.fhir)).toEqual([
      { grouped: false },
      { linkId: '2' },
      { linkId: '3' },
    ]);
    expect(result.definition.sections[1]?.questions.map((question) => question.kind)).toEqual([
      'text',
      'date',
      'text',
      'text',
    ]);
  });

  it('turns the blue book conditions into enableWhen and says what it flattened', () => {
    const result = imported(blueBook);
    const questions = result.definition.sections.flatMap((section) => section.questions);
    const conditional = questions.filter((question) => question.enableWhen);
    expect(conditional.length).toBeGreaterThan(0);
    for (const question of conditional) {
      for (const condition of question.enableWhen ?? []) {
        expect(questions.some((other) => other.id === condition.questionId)).toBe(true);
      }
    }
    expect(whatFor(result, 'vitaminiKDose1')).toEqual(['the time of day (a dateTime is asked as a date)']);
    expect(whatFor(result, 'neonatalInformation')).toEqual([
      'the group around its questions (they are imported one after another)',
    ]);
  });

  it('reports the Zika quantity questions it cannot ask', () => {
    const result = imported(zika);
    expect(whatFor(result, '3')).toContain('a question of type quantity');
    expect(whatFor(result, '5')).toContain('a question of type quantity');
    expect(result.definition.sections.flatMap((section) => section.questions)).toHaveLength(4);
  });

  it('reports nested questions in the cancer example instead of dropping them', () => {
    const result = imported(threeOneFourOne);
    expect(whatFor(result, '1.1')).toContain('nesting of questions under it (they are imported after it)');
    expect(result.definition.sections.flatMap((section) => section.questions)).toHaveLength(6);
  });
});

describe('fromQuestionnaire with the common subset', () => {
  const questionnaire = {
    resourceType: 'Questionnaire',
    status: 'active',
    url: 'http://example.org/Questionnaire/intake',
    version: '2',
    language: 'en',
    contained: [
      {
        resourceType: 'ValueSet',
        id: 'yn',
        status: 'active',
        compose: {
          include: [
            {
              system: 'http://example.org/yn',
              concept: [
                { code: 'y', display: 'Yes' },
                { code: 'n', display: 'No' },
              ],
            },
          ],
        },
      },
    ],
    item: [
      {
        linkId: 'about',
        type: 'group',
        text: 'About you',
        item: [
          {
            linkId: 'about/help',
            type: 'display',
            text: 'Tell us a little.',
            extension: [
              {
                url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
                valueCodeableConcept: {
                  coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'help' }],
                },
              },
            ],
          },
          {
            linkId: 'name',
            type: 'string',
            text: 'Name',
            _text: {
              extension: [
                {
                  url: 'http://hl7.org/fhir/StructureDefinition/rendering-xhtml',
                  valueString: '<b>Name</b><script>alert(1)</script>',
                },
                {
                  url: 'http://hl7.org/fhir/StructureDefinition/translation',
                  extension: [
                    { url: 'lang', valueCode: 'cy' },
                    { url: 'content', valueString: 'Enw' },
                  ],
                },
              ],
            },
            required: true,
            maxLength: 40,
            prefix: '1.',
            initial: [{ valueString: 'Sam' }],
          },
          { linkId: 'smoker', type: 'choice', text: 'Do you smoke?', answerValueSet: '#yn' },
          {
            linkId: 'packs',
            type: 'integer',
            text: 'Packs a day',
            readOnly: true,
            enableWhen: [
              {
                question: 'smoker',
                operator: '=',
                answerCoding: { system: 'http://example.org/yn', code: 'y' },
              },
            ],
            enableBehavior: 'any',
          },
          { linkId: 'when', type: 'dateTime', text: 'When' },
          { linkId: 'photo', type: 'attachment', text: 'Photo' },
        ],
      },
      {
        linkId: 'meds',
        type: 'group',
        repeats: true,
        text: 'Medicines',
        item: [
          { linkId: 'med-name', type: 'string', text: 'Medicine' },
          {
            linkId: 'med-often',
            type: 'open-choice',
            text: 'How often',
            repeats: true,
            answerOption: [{ valueString: 'daily' }, { valueString: 'weekly' }],
          },
        ],
      },
    ],
  };

  it('imports groups, help, options, conditions, initial values and repeating groups', () => {
    const result = imported(questionnaire);
    const [about, loose] = result.definition.sections;
    expect(about?.text).toEqual({ title: 'About you', hint: 'Tell us a little.' });
    const [name, smoker, packs, when] = about?.questions ?? [];
    expect(name).toMatchObject({
      id: 'name',
      kind: 'text',
      path: 'extensions.name',
      required: true,
      maxLength: 40,
      prefix: '1.',
      initial: 'Sam',
      text: { label: { en: 'Name', cy: 'Enw' } },
      fhir: { linkId: 'name' },
    });
    expect(smoker?.options).toEqual([
      { value: 'y', text: { label: 'Yes' }, fhir: { system: 'http://example.org/yn' } },
      { value: 'n', text: { label: 'No' }, fhir: { system: 'http://example.org/yn' } },
    ]);
    expect(packs).toMatchObject({
      kind: 'number',
      readOnly: true,
      enableBehavior: 'any',
      enableWhen: [{ questionId: 'smoker', operator: '=', answer: 'y' }],
    });
    expect(when?.kind).toBe('date');
    const meds = loose?.questions[0];
    expect(meds).toMatchObject({ kind: 'list', path: 'extensions.meds' });
    expect(meds?.itemQuestions?.map((question) => [question.path, question.kind])).toEqual([
      ['med-name', 'text'],
      ['med-often', 'checkboxes'],
    ]);
    expect(result.ignored).toEqual([
      { linkId: 'name', what: 'XHTML formatting (shown as plain text)' },
      { linkId: 'when', what: 'the time of day (a dateTime is asked as a date)' },
      { linkId: 'photo', what: 'a question of type attachment' },
      { linkId: 'med-often', what: 'free-text "other" answers (open-choice is asked as a choice)' },
    ]);
    expect(parseDefinition(result.definition).ok).toBe(true);
  });

  it('never renders XHTML as markup: a label with only XHTML becomes plain text', () => {
    const result = imported({
      resourceType: 'Questionnaire',
      status: 'active',
      item: [
        {
          linkId: 'q',
          type: 'string',
          _text: {
            extension: [
              {
                url: 'http://hl7.org/fhir/StructureDefinition/rendering-xhtml',
                valueString: '<p onclick="x()">Your <i>name</i></p><img src=x onerror=alert(1)>',
              },
            ],
          },
        },
      ],
    });
    expect(result.definition.sections[0]?.questions[0]?.text?.label).toBe('Your name');
  });

  it('reads back its own export of the default definition', () => {
    const result = imported(toQuestionnaire(defaultDefinition));
    expect(result.definition.sections.length).toBeGreaterThan(0);
  });
});

describe('fromQuestionnaire with bad input', () => {
  it('gives a clear error for something that is not a Questionnaire', () => {
    for (const input of [null, 42, 'Questionnaire', [], { resourceType: 'Patient' }]) {
      const result = fromQuestionnaire(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.code).toBe('fhir-not-a-questionnaire');
    }
    const empty = fromQuestionnaire({ resourceType: 'Questionnaire', status: 'draft' });
    expect(empty.ok).toBe(false);
    const broken = fromQuestionnaire({ resourceType: 'Questionnaire', status: 'draft', item: 'oops' });
    expect(broken.ok === false && broken.issues[0]?.code).toBe('fhir-bad-questionnaire');
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = fromQuestionnaire(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    const item = fc.record(
      {
        linkId: fc.oneof(fc.string(), fc.constant('__proto__'), fc.anything()),
        type: fc.oneof(
          fc.constantFrom('group', 'display', 'string', 'choice', 'integer', 'boolean', 'date'),
          fc.anything(),
        ),
        text: fc.oneof(fc.string(), fc.anything()),
        repeats: fc.anything(),
        answerOption: fc.anything(),
        enableWhen: fc.anything(),
        initial: fc.anything(),
        item: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            item,
            fc.record({ linkId: fc.string(), type: fc.constant('group'), item: fc.array(item) }),
          ),
        ),
        (items) => {
          const result = fromQuestionnaire({ resourceType: 'Questionnaire', status: 'active', item: items });
          if (result.ok) expect(parseDefinition(result.definition).ok).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
