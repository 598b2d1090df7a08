import { describe, expect, it } from 'vitest';
import type { Support } from './planSchema.js';
import { rightSizeSummary } from './rightSizeSummary.js';

let next = 0;
const support = (rung: string, status: Support['status'], hours?: number, cost?: number): Support => ({
  id: `s${++next}`,
  rung,
  description: { text: '' },
  status,
  outcomeIds: [],
  ...(hours !== undefined ? { hoursPerWeek: hours } : {}),
  ...(cost !== undefined ? { costPerWeek: cost } : {}),
});

describe('rightSizeSummary', () => {
  it('reports a plan with no support as the same, with empty totals', () => {
    const summary = rightSizeSummary({ support: [] });
    expect(summary).toEqual({
      rungs: [],
      totals: {
        current: { hours: 0, cost: 0, count: 0, hoursUnknown: 0, costUnknown: 0 },
        rightSize: { hours: 0, cost: 0, count: 0, hoursUnknown: 0, costUnknown: 0 },
      },
      direction: 'same',
      hasUnknowns: false,
    });
  });

  it('adds hours, cost and count per rung and in total, with "both" on each side', () => {
    const summary = rightSizeSummary({
      support: [
        support('specialist', 'current', 20, 500),
        support('community', 'right-size', 4, 60),
        support('family-friends', 'both', 10, 0),
        support('specialist', 'right-size', 6, 150.5),
      ],
    });
    expect(summary.rungs.map((r) => [r.rung, r.change])).toEqual([
      ['family-friends', 'same'],
      ['community', 'up'],
      ['specialist', 'down'],
    ]);
    expect(summary.rungs[2]).toMatchObject({
      current: { hours: 20, cost: 500, count: 1 },
      rightSize: { hours: 6, cost: 150.5, count: 1 },
    });
    expect(summary.totals.current).toEqual({
      hours: 30,
      cost: 500,
      count: 2,
      hoursUnknown: 0,
      costUnknown: 0,
    });
    expect(summary.totals.rightSize).toEqual({
      hours: 20,
      cost: 210.5,
      count: 3,
      hoursUnknown: 0,
      costUnknown: 0,
    });
    expect(summary.direction).toBe('stepping-down');
    expect(summary.hasUnknowns).toBe(false);
  });

  it('never counts unknown hours or costs as 0 silently', () => {
    const summary = rightSizeSummary({
      support: [support('targeted', 'current', undefined, 100), support('targeted', 'right-size', 3)],
    });
    const targeted = summary.rungs[0]!;
    expect(targeted.current).toEqual({ hours: 0, cost: 100, count: 1, hoursUnknown: 1, costUnknown: 0 });
    expect(targeted.rightSize).toEqual({ hours: 3, cost: 0, count: 1, hoursUnknown: 0, costUnknown: 1 });
    expect(summary.hasUnknowns).toBe(true);
    // Hours cannot be compared, so the count decides: one piece each.
    expect(targeted.change).toBe('same');
  });

  it('says stepping up when support moves to more restrictive rungs', () => {
    const summary = rightSizeSummary({
      support: [support('community', 'current', 5), support('residential', 'right-size', 168)],
    });
    expect(summary.rungs.map((r) => r.change)).toEqual(['down', 'up']);
    expect(summary.direction).toBe('stepping-up');
  });

  it('says stepping down when support only shrinks and stepping up when it only grows', () => {
    expect(
      rightSizeSummary({
        support: [support('targeted', 'current', 10), support('targeted', 'right-size', 5)],
      }).direction,
    ).toBe('stepping-down');
    expect(rightSizeSummary({ support: [support('me', 'right-size', 2)] }).direction).toBe('stepping-up');
  });

  it('says shifting when changes go both ways across the ladder', () => {
    const summary = rightSizeSummary({
      support: [
        support('me', 'current', 2),
        support('community', 'right-size', 3),
        support('targeted', 'current', 4),
        support('specialist', 'right-size', 5),
      ],
    });
    expect(summary.rungs.map((r) => r.change)).toEqual(['down', 'up', 'down', 'up']);
    expect(summary.direction).toBe('shifting');
  });

  it('uses the rung order it is given, and puts unknown rungs last', () => {
    const summary = rightSizeSummary(
      {
        support: [
          support('mystery', 'both', 1),
          support('high', 'current', 10),
          support('low', 'right-size', 10),
        ],
      },
      { rungs: ['low', 'high'] },
    );
    expect(summary.rungs.map((r) => [r.rung, r.unknownRung ?? false])).toEqual([
      ['low', false],
      ['high', false],
      ['mystery', true],
    ]);
    expect(summary.direction).toBe('stepping-down');
  });

  it('says shifting when support moves on a rung whose place on the ladder is unknown', () => {
    const summary = rightSizeSummary({
      support: [support('', 'current', 3), support('me', 'right-size', 3)],
    });
    expect(summary.rungs.map((r) => r.rung)).toEqual(['me', '']);
    expect(summary.direction).toBe('shifting');
  });

  it('adds decimals without floating-point noise', () => {
    const summary = rightSizeSummary({
      support: [support('me', 'current', 0.1, 0.1), support('me', 'current', 0.2, 0.2)],
    });
    expect(summary.totals.current.hours).toBe(0.3);
    expect(summary.totals.current.cost).toBe(0.3);
  });

  it('compares by count when hours are the same, and by cost when both are', () => {
    const byCount = rightSizeSummary({
      support: [support('me', 'current', 4), support('me', 'right-size', 2), support('me', 'right-size', 2)],
    });
    expect(byCount.rungs[0]!.change).toBe('up');
    const byCost = rightSizeSummary({
      support: [support('me', 'current', 4, 100), support('me', 'right-size', 4, 80)],
    });
    expect(byCost.rungs[0]!.change).toBe('down');
  });
});
