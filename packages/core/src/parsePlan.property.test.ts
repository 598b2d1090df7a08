import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanJson } from './parsePlan.js';
import { isIsoDate, isoDateSchema, planSchema } from './planSchema.js';
import type { Plan, PlanInput } from './planSchema.js';
import { samplePlans } from './samplePlans/samplePlans.js';

const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const text = (maxLength: number) =>
  fc.string({ unit: 'grapheme', maxLength }).map((value) => value.replace(controls, ''));
const id = fc
  .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 })
  .map((value) => value.replace(controls, ''))
  .filter((value) => value.length > 0);
const date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((value) => value.toISOString().slice(0, 10));
const dateTime = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((value) => value.toISOString());
const score = fc.integer({ min: 1, max: 10 });
const zero = (value: number) => value + 0; // -0 is not JSON: it comes back as 0.
const json = fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const pick = <T>(values: readonly T[]) =>
  values.length > 0 ? fc.constantFrom(...values) : fc.constant(undefined);
const some = <T>(values: readonly T[]) => fc.subarray([...values]);
const unique = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength = 4) =>
  fc.uniqueArray(item, { selector: (value) => value.id, maxLength });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Any valid plan whose links all resolve (as parsePlan guarantees for what it returns). */
const planArbitrary: fc.Arbitrary<Plan> = fc
  .record({
    contributors: unique(
      fc.record({ id, name: text(20), role: fc.constantFrom('person', 'family', 'worker', 'advocate') }),
    ),
    needs: unique(fc.record({ id, lifeArea: text(10) })),
    strengths: unique(
      fc.record({
        id,
        whose: fc.constantFrom('me', 'household', 'community'),
        kind: fc.constantFrom('now', 'could-build'),
      }),
    ),
    outcomeIds: fc.uniqueArray(id, { maxLength: 4 }),
    contacts: unique(
      fc.record({ id, name: text(20), phone: optional(text(15)) }, { requiredKeys: ['id', 'name'] }),
    ),
  })
  .chain((base) => {
    const contributorIds = base.contributors.map((c) => c.id);
    const voice = fc
      .record({ contributorId: pick(contributorIds), ownWords: fc.boolean() }, { requiredKeys: ['ownWords'] })
      .map((value) => (value.contributorId === undefined ? { ownWords: value.ownWords } : value));
    const voiced = fc.record({ text: text(60), voice }, { requiredKeys: ['text'] });
    const reading = fc.record(
      {
        id,
        date,
        by: fc.oneof(fc.constant('together'), ...(contributorIds.length ? [pick(contributorIds)] : [])),
        now: score,
        goal: score,
      },
      { requiredKeys: ['id', 'by'] },
    );
    const outcomeIds = base.outcomeIds;
    return fc.record(
      {
        schemaVersion: fc.constant(1 as const),
        id,
        createdAt: dateTime,
        updatedAt: dateTime,
        status: fc.constantFrom('draft', 'submitted'),
        locale: fc.constantFrom('en', 'cy', 'en-GB', 'pl'),
        person: fc.record(
          {
            preferredName: text(20),
            fullName: text(40),
            dateOfBirth: date,
            identifiers: fc.array(fc.record({ system: fc.constant('other' as const), value: text(12) }), {
              maxLength: 2,
            }),
          },
          { requiredKeys: ['preferredName'] },
        ),
        household: unique(fc.record({ id, name: text(20), livesWithPerson: fc.boolean(), ownNeeds: voiced })),
        contributors: fc.constant(base.contributors),
        supportedByIds: some(contributorIds),
        communication: fc.record({
          howICommunicate: voiced,
          languages: fc.array(text(10), { maxLength: 2 }),
          accessibleFormats: fc.array(
            fc.record({ kind: fc.constantFrom('easy-read', 'large-print', 'bsl') }),
            { maxLength: 2 },
          ),
        }),
        aboutMe: fc.record({ goodDay: voiced, badDay: voiced, mostImportant: voiced }, { requiredKeys: [] }),
        needs: fc.tuple(...base.needs.map((need) => voiced.map((description) => ({ ...need, description })))),
        strengths: fc.constant(base.strengths),
        outcomes: fc.tuple(
          ...outcomeIds.map((outcomeId) =>
            fc.record({
              id: fc.constant(outcomeId),
              statement: voiced,
              needIds: some(base.needs.map((n) => n.id)),
              strengthIds: some(base.strengths.map((s) => s.id)),
              readings: fc.array(reading, { maxLength: 3 }),
            }),
          ),
        ),
        support: unique(
          fc.record(
            {
              id,
              rung: fc.constantFrom('me', 'community', 'specialist'),
              description: voiced,
              hoursPerWeek: fc.double({ min: 0, max: 168, noNaN: true }).map(zero),
              costPerWeek: fc.double({ min: 0, max: 1_000_000, noNaN: true }).map(zero),
              status: fc.constantFrom('current', 'right-size', 'both'),
              outcomeIds: some(outcomeIds),
              startDate: date,
            },
            { requiredKeys: ['id', 'status', 'outcomeIds'] },
          ),
        ),
        decisions: unique(
          fc.record({
            id,
            decision: voiced,
            howMade: fc.constantFrom('by-me', 'with-support', 'best-interests'),
            consultedIds: some(contributorIds),
          }),
        ),
        barriers: unique(
          fc.record({ id, theme: text(10), whatHappened: text(60), outcomeIds: some(outcomeIds) }),
        ),
        safety: unique(fc.record({ id, whatToDo: voiced, contactIds: some(base.contacts.map((c) => c.id)) })),
        contacts: fc.constant(base.contacts),
        sharing: fc
          .record(
            { consentGiven: fc.boolean(), agreedById: pick(contributorIds), agreedOn: date },
            { requiredKeys: [] },
          )
          .map((value) => (value.agreedById === undefined ? { ...value, agreedById: undefined } : value)),
        review: fc.record({ nextReviewDate: date, howWeWillKnow: voiced }, { requiredKeys: [] }),
        extensions: fc.dictionary(fc.string({ maxLength: 8 }), json, { maxKeys: 3 }),
      },
      {
        // The lists that links point into are always written, so every generated link resolves.
        requiredKeys: [
          'schemaVersion',
          'id',
          'createdAt',
          'updatedAt',
          'contributors',
          'needs',
          'strengths',
          'outcomes',
          'contacts',
        ],
      },
    );
  })
  .map((input) => {
    const plan = planSchema.parse(input as PlanInput);
    // A JSON copy: what was generated is already plain JSON data, with absent keys absent.
    return JSON.parse(JSON.stringify(plan)) as Plan;
  });

describe('parsePlan, for any valid plan', () => {
  it('returns the plan unchanged after a JSON round trip, with no warnings', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const result = parsePlanJson(JSON.stringify(plan));
        expect(result.ok && result.warnings).toEqual([]);
        expect(result.ok && result.plan).toEqual(plan);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parsePlan, for anything at all', () => {
  const keys = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'schemaVersion',
      'person',
      'extensions',
      'needs',
      'toString',
    ),
  );

  it('never throws on any JavaScript value, and pollutes no prototype', () => {
    fc.assert(
      fc.property(
        fc.anything({
          key: keys,
          maxDepth: 6,
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (value) => {
          const result = parsePlan(value);
          expect(typeof result.ok).toBe('boolean');
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on any JSON value or JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(typeof parsePlan(value).ok).toBe('boolean');
        expect(typeof parsePlanJson(JSON.stringify(value)).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(typeof parsePlanJson(value).ok).toBe('boolean');
      }),
    );
  });

  it('returns only valid plans when any part of a sample plan is replaced with anything', () => {
    const sample = JSON.parse(JSON.stringify(samplePlans.callum)) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const collect = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(node)) node.forEach((child, i) => collect(child, [...path, i]));
      else if (node && typeof node === 'object') {
        for (const [key, child] of Object.entries(node)) collect(child, [...path, key]);
      }
    };
    collect(sample, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths.filter((path) => path.length > 0)),
        fc.anything({ key: keys, maxDepth: 3, withBigInt: true, withDate: true, withNullPrototype: true }),
        (path, replacement) => {
          const copy = JSON.parse(JSON.stringify(sample)) as Record<string | number, unknown>;
          let parent: Record<string | number, unknown> = copy;
          for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
          parent[path[path.length - 1] as string | number] = replacement;
          const result = parsePlan(copy);
          if (result.ok) expect(planSchema.safeParse(result.plan).success).toBe(true);
          else expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('dates', () => {
  it('agree between isIsoDate and the schema for any year, month and day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(isoDateSchema.safeParse(value).success).toBe(isIsoDate(value));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
