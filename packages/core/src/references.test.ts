import { describe, expect, it } from 'vitest';
import { createPlan } from './createPlan.js';
import type { Plan } from './planSchema.js';
import { collectReferences, findBrokenReferences, removeItem, repairReferences } from './references.js';

/** A deep copy of JSON data (the core package's type-check has no DOM or Node globals). */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function linkedPlan(): Plan {
  return createPlan({
    now: new Date('2026-03-27T10:00:00Z'),
    contributors: [
      { id: 'me', name: 'Sam', role: 'person' },
      { id: 'mum', name: 'Ann', role: 'family' },
    ],
    supportedByIds: ['mum'],
    aboutMe: { goodDay: { text: 'Swimming', voice: { contributorId: 'mum', ownWords: false } } },
    needs: [{ id: 'n1' }, { id: 'n2' }],
    strengths: [{ id: 's1' }],
    outcomes: [
      {
        id: 'o1',
        needIds: ['n1', 'n2'],
        strengthIds: ['s1'],
        readings: [
          { id: 'r1', by: 'me', now: 6 },
          { id: 'r2', by: 'mum', now: 3 },
          { id: 'r3', by: 'together', goal: 8 },
        ],
      },
    ],
    support: [{ id: 'sp1', outcomeIds: ['o1'] }],
    barriers: [{ id: 'b1', outcomeIds: ['o1'] }],
    contacts: [{ id: 'k1', name: 'GP' }],
    safety: [{ id: 'sa1', contactIds: ['k1'] }],
    decisions: [{ id: 'd1', consultedIds: ['mum', 'me'] }],
    sharing: { agreedById: 'mum' },
  });
}

describe('collectReferences', () => {
  it('finds every kind of link in the plan', () => {
    const targets = collectReferences(linkedPlan()).map((ref) => `${ref.target}:${ref.id}`);
    expect(targets.sort()).toEqual(
      [
        'contributors:mum', // supportedByIds
        'needs:n1',
        'needs:n2',
        'strengths:s1',
        'contributors:me', // reading r1
        'contributors:mum', // reading r2
        'outcomes:o1', // support
        'contributors:mum', // decision
        'contributors:me', // decision
        'outcomes:o1', // barrier
        'contacts:k1',
        'contributors:mum', // sharing
        'contributors:mum', // voice
      ].sort(),
    );
  });
});

describe('removeItem', () => {
  it('removes a need and its links from outcomes', () => {
    const plan = removeItem(linkedPlan(), 'needs', 'n1');
    expect(plan.needs.map((need) => need.id)).toEqual(['n2']);
    expect(plan.outcomes[0]?.needIds).toEqual(['n2']);
    expect(findBrokenReferences(plan)).toEqual([]);
  });

  it('removes an outcome and its links from support and barriers', () => {
    const plan = removeItem(linkedPlan(), 'outcomes', 'o1');
    expect(plan.support[0]?.outcomeIds).toEqual([]);
    expect(plan.barriers[0]?.outcomeIds).toEqual([]);
  });

  it('removes a contact from the staying-safe plans', () => {
    expect(removeItem(linkedPlan(), 'contacts', 'k1').safety[0]?.contactIds).toEqual([]);
  });

  it('removes a contributor everywhere, dropping their own readings but keeping the words', () => {
    const plan = removeItem(linkedPlan(), 'contributors', 'mum');
    expect(plan.contributors.map((c) => c.id)).toEqual(['me']);
    expect(plan.supportedByIds).toEqual([]);
    expect(plan.decisions[0]?.consultedIds).toEqual(['me']);
    expect(plan.sharing.agreedById).toBeUndefined();
    expect(plan.aboutMe.goodDay).toEqual({ text: 'Swimming', voice: { ownWords: false } });
    expect(plan.outcomes[0]?.readings.map((reading) => reading.id)).toEqual(['r1', 'r3']);
    expect(findBrokenReferences(plan)).toEqual([]);
  });

  it('leaves the original plan as it was', () => {
    const original = linkedPlan();
    const copy = clone(original);
    removeItem(original, 'contributors', 'mum');
    expect(original).toEqual(copy);
  });

  it('returns the same plan when there is no such item', () => {
    const plan = linkedPlan();
    expect(removeItem(plan, 'needs', 'nope')).toBe(plan);
  });

  it('does not touch an item of another list with the same id', () => {
    const plan = createPlan({
      needs: [{ id: 'x' }],
      strengths: [{ id: 'x' }],
      outcomes: [{ id: 'o', needIds: ['x'], strengthIds: ['x'] }],
    });
    const after = removeItem(plan, 'needs', 'x');
    expect(after.outcomes[0]?.strengthIds).toEqual(['x']);
    expect(after.outcomes[0]?.needIds).toEqual([]);
  });
});

describe('findBrokenReferences and repairReferences', () => {
  it('finds nothing wrong in a plan whose links all resolve', () => {
    const plan = linkedPlan();
    expect(findBrokenReferences(plan)).toEqual([]);
    expect(repairReferences(plan)).toBe(plan);
  });

  it('warns about each link to a missing item, at its path', () => {
    const plan = { ...linkedPlan(), needs: [], contacts: [] };
    const issues = findBrokenReferences(plan);
    expect(
      issues.map((issue) => [issue.code, issue.pathString, issue.params?.['id'], issue.severity]),
    ).toEqual([
      ['broken-reference', 'outcomes[0].needIds[0]', 'n1', 'warning'],
      ['broken-reference', 'outcomes[0].needIds[1]', 'n2', 'warning'],
      ['broken-reference', 'safety[0].contactIds[0]', 'k1', 'warning'],
    ]);
    const repaired = repairReferences(plan);
    expect(repaired.outcomes[0]?.needIds).toEqual([]);
    expect(repaired.safety[0]?.contactIds).toEqual([]);
    expect(findBrokenReferences(repaired)).toEqual([]);
  });
});
