import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDefinition } from '../defaultDefinition.js';
import { parsePlan } from '../parsePlan.js';
import type { Plan } from '../planSchema.js';
import { samplePlans } from '../samplePlans/samplePlans.js';
import { fhirUrls } from './fhirUrls.js';
import { fromQuestionnaireResponse } from './fromQuestionnaireResponse.js';
import { toQuestionnaireResponse } from './toQuestionnaireResponse.js';

/** What the default definition does not ask about, cleared so plans compare field by field. */
function withoutUnasked(plan: Plan): Plan {
  return {
    ...plan,
    person: { ...plan.person, photo: undefined, identifiers: [] },
    communication: {
      ...plan.communication,
      languages: [],
      accessibleFormats: plan.communication.accessibleFormats.map(({ kind }) => ({ kind })),
    },
    extensions: {},
  };
}

function roundTrip(plan: Plan): Plan {
  const result = fromQuestionnaireResponse(
    toQuestionnaireResponse(plan, defaultDefinition),
    defaultDefinition,
  );
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.plan;
}

const word = fc.stringMatching(/^[A-Za-z0-9ŵŷâêô'’,.!? -]{1,30}$/).filter((text) => text.trim() !== '');
const maybeWord = fc.option(word, { nil: undefined });
const text = fc.oneof(fc.constant(''), word);
const date = fc
  .integer({ min: Date.UTC(1920, 0, 1), max: Date.UTC(2090, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const maybeDate = fc.option(date, { nil: undefined });
const contributorIds = ['c-person', 'c-mum', 'c-worker'];
const voice = fc.option(
  fc.record({
    contributorId: fc.option(fc.constantFrom(...contributorIds), { nil: undefined }),
    ownWords: fc.boolean(),
  }),
  { nil: undefined },
);
const voiced = fc.record({ text, voice });
const ids = (prefix: string) => fc.subarray([0, 1, 2].map((n) => `${prefix}${n}`));
const listOf = <T>(prefix: string, item: fc.Arbitrary<T>) =>
  fc
    .array(item, { maxLength: 3 })
    .map((items) => items.map((entry, index) => ({ ...entry, id: `${prefix}${index}` })));
const lifeArea = fc.constantFrom('', 'home', 'health', 'money');

const planArbitrary = fc
  .record({
    status: fc.constantFrom('draft', 'submitted'),
    locale: fc.constantFrom('en', 'cy'),
    person: fc.record({
      preferredName: text,
      fullName: maybeWord,
      pronouns: maybeWord,
      dateOfBirth: maybeDate,
    }),
    household: listOf(
      'h',
      fc.record({
        name: text,
        relationship: text,
        livesWithPerson: fc.boolean(),
        isCarer: fc.boolean(),
        whatTheyDo: voiced,
        ownNeeds: voiced,
        wantsToBeToldAbout: voiced,
      }),
    ),
    contributorRoles: fc.tuple(
      fc.constantFrom('person', 'family'),
      fc.constantFrom('family', 'carer', 'advocate', 'other'),
      fc.constantFrom('worker', 'professional'),
    ),
    contributorNames: fc.tuple(text, text, text),
    supportedByIds: fc.subarray(contributorIds),
    communication: fc.record({
      howICommunicate: voiced,
      interpreterNeeded: fc.option(fc.boolean(), { nil: undefined }),
      interpreterLanguage: maybeWord,
      accessibleFormats: fc
        .subarray(['easy-read', 'large-print', 'bsl'])
        .map((kinds) => kinds.map((kind) => ({ kind }))),
      whatHelps: voiced,
      signsIAmUpset: voiced,
    }),
    aboutMe: fc.record({ mostImportant: voiced, goodDay: voiced, badDay: voiced, pleaseDont: voiced }),
    needs: listOf('n', fc.record({ lifeArea, description: voiced })),
    strengths: listOf(
      's',
      fc.record({
        lifeArea,
        whose: fc.constantFrom('me', 'household', 'community'),
        kind: fc.constantFrom('now', 'could-build'),
        description: voiced,
        howToBuild: voiced,
      }),
    ),
    outcomes: listOf(
      'o',
      fc.record({
        lifeArea,
        statement: voiced,
        needIds: ids('n'),
        strengthIds: ids('s'),
        readings: listOf(
          'r',
          fc.record({
            date: maybeDate,
            by: fc.constantFrom('together', ...contributorIds),
            now: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
            goal: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
          }),
        ),
      }),
    ),
    support: listOf(
      'sp',
      fc.record({
        rung: fc.constantFrom('', 'me', 'community', 'specialist'),
        description: voiced,
        provider: maybeWord,
        hoursPerWeek: fc.option(
          fc.integer({ min: 0, max: 672 }).map((quarters) => quarters / 4),
          { nil: undefined },
        ),
        costPerWeek: fc.option(
          fc.integer({ min: 0, max: 100_000 }).map((pence) => pence / 100),
          { nil: undefined },
        ),
        status: fc.constantFrom('current', 'right-size', 'both'),
        outcomeIds: ids('o'),
        funding: maybeWord,
        startDate: maybeDate,
        endDate: maybeDate,
      }),
    ),
    rightSizeReason: voiced,
    decisions: listOf(
      'd',
      fc.record({
        decision: voiced,
        howMade: fc.option(fc.constantFrom('by-me', 'with-support', 'best-interests'), { nil: undefined }),
        capacityAssessed: fc.option(fc.constantFrom('yes', 'no', 'not-needed'), { nil: undefined }),
        capacityOutcome: maybeWord,
        consultedIds: fc.subarray(contributorIds),
        disagreements: voiced,
        date: maybeDate,
      }),
    ),
    barriers: listOf(
      'b',
      fc.record({
        theme: fc.constantFrom('', 'housing', 'transport'),
        whatHappened: text,
        impact: text,
        serviceOrSystem: text,
        escalatedTo: maybeWord,
        outcomeIds: ids('o'),
        date: maybeDate,
      }),
    ),
    contacts: listOf('ct', fc.record({ name: text, role: maybeWord, phone: maybeWord, when: maybeWord })),
    safety: listOf('sf', fc.record({ whatCouldGoWrong: voiced, whatToDo: voiced, contactIds: ids('ct') })),
    sharing: fc.record({
      consentGiven: fc.option(fc.boolean(), { nil: undefined }),
      agreedById: fc.option(fc.constantFrom(...contributorIds), { nil: undefined }),
      agreedOn: maybeDate,
      sharedWith: listOf('sw', fc.record({ who: text, why: maybeWord })),
    }),
    review: fc.record({ nextReviewDate: maybeDate, howWeWillKnow: voiced }),
  })
  .map(({ contributorRoles, contributorNames, ...rest }) => {
    const parsed = parsePlan({
      schemaVersion: 1,
      id: 'plan-1',
      createdAt: '2026-01-02T03:04:05.678Z',
      updatedAt: '2026-02-03T04:05:06+01:00',
      ...rest,
      contributors: contributorIds.map((id, index) => ({
        id,
        role: contributorRoles[index],
        name: contributorNames[index],
      })),
    });
    if (!parsed.ok)
      throw new Error(parsed.issues.map((issue) => `${issue.pathString}: ${issue.message}`).join('\n'));
    return parsed.plan;
  });

describe('toQuestionnaireResponse and fromQuestionnaireResponse', () => {
  it('give back every answer of any plan the default definition covers', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        expect(roundTrip(plan)).toEqual(plan);
      }),
      { numRuns: 150 },
    );
  });

  it('give back the sample plans, apart from fields the form does not ask about', () => {
    for (const plan of Object.values(samplePlans)) {
      expect(withoutUnasked(roundTrip(plan))).toEqual(withoutUnasked(plan));
    }
  });

  it('mark a draft in-progress and a submitted plan completed', () => {
    const plan = samplePlans.darren;
    expect(toQuestionnaireResponse({ ...plan, status: 'draft' }, defaultDefinition).status).toBe(
      'in-progress',
    );
    expect(toQuestionnaireResponse({ ...plan, status: 'submitted' }, defaultDefinition).status).toBe(
      'completed',
    );
  });

  it('keeps list item ids and whose voice an answer is in with standard author references', () => {
    const plan = samplePlans.darren;
    const response = toQuestionnaireResponse(plan, defaultDefinition);
    const needsSection = response.item?.find((item) => item.linkId === 'section/needs');
    const needItems = needsSection?.item?.filter((item) => item.linkId === 'needs') ?? [];
    expect(
      needItems.map((item) => item.extension?.find((e) => e.url === fhirUrls.itemId)?.valueString),
    ).toEqual(plan.needs.map((need) => need.id));
    const voiced = JSON.stringify(response).includes(fhirUrls.author);
    expect(voiced).toBe(true);
    for (const resource of response.contained ?? []) {
      expect(['Patient', 'Practitioner', 'RelatedPerson']).toContain(resource.resourceType);
    }
  });

  it('keeps when the plan was made and last changed', () => {
    const plan = { ...samplePlans.darren, updatedAt: '2026-02-03T04:05:06+01:00' };
    const response = toQuestionnaireResponse(plan, defaultDefinition);
    expect(response.authored).toBe('2026-02-03T04:05:06+01:00');
    expect(roundTrip(plan).createdAt).toBe(plan.createdAt);
  });
});

describe('fromQuestionnaireResponse with bad input', () => {
  it('gives a clear error for something that is not a QuestionnaireResponse', () => {
    const result = fromQuestionnaireResponse({ resourceType: 'Questionnaire' }, defaultDefinition);
    expect(result.ok === false && result.issues[0]?.code).toBe('fhir-not-a-response');
  });

  it('keeps answers to unknown questions in the extensions and warns', () => {
    const result = fromQuestionnaireResponse(
      {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        item: [{ linkId: 'mystery', answer: [{ valueString: 'x' }] }],
      },
      defaultDefinition,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.status).toBe('submitted');
    expect(result.plan.extensions['x-fhir-unmatched']).toEqual([
      { linkId: 'mystery', answer: [{ valueString: 'x' }] },
    ]);
    expect(result.issues.map((issue) => issue.code)).toContain('fhir-unmatched-item');
  });

  it('never throws, whatever it is given', () => {
    const answer = fc.record(
      { valueString: fc.anything(), valueBoolean: fc.anything(), valueCoding: fc.anything() },
      { requiredKeys: [] },
    );
    const item = fc.record(
      {
        linkId: fc.oneof(
          fc.constantFrom('section/aboutMe', 'aboutMe.goodDay', 'needs', '__proto__'),
          fc.anything(),
        ),
        answer: fc.oneof(fc.array(answer), fc.anything()),
        extension: fc.anything(),
        item: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            resourceType: fc.constant('QuestionnaireResponse'),
            item: fc.array(item),
            contained: fc.anything(),
          }),
        ),
        (input) => {
          const result = fromQuestionnaireResponse(input, defaultDefinition);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
