import { defaultLadderRungs } from './defaultDefinition.js';
import type { Plan, Support } from './planSchema.js';

/** Hours, cost and number of pieces of support, with how many have no hours or cost given. */
export interface SupportTotals {
  /** Hours per week, adding only the pieces whose hours are known. */
  hours: number;
  /** Cost per week in pounds, adding only the pieces whose cost is known. */
  cost: number;
  /** Pieces of support. */
  count: number;
  /** Pieces with no hours given: when above 0, `hours` is a lower bound, not the total. */
  hoursUnknown: number;
  /** Pieces with no cost given: when above 0, `cost` is a lower bound, not the total. */
  costUnknown: number;
}

/** One rung of the support ladder, today and right-sized. */
export interface RungSummary {
  /** The rung key (from the definition's ladder; `''` when a piece has no rung). */
  rung: string;
  current: SupportTotals;
  rightSize: SupportTotals;
  /** Whether right-size support on this rung is more, less or the same as today. */
  change: 'up' | 'down' | 'same';
  /** True when the rung is not one of the definition's rungs, so its place on the ladder is unknown. */
  unknownRung?: boolean;
}

/** Today's support against the right-size support, rung by rung. */
export interface RightSizeSummary {
  /** Rungs in ladder order (least to most restrictive), then unknown rungs; only rungs with support. */
  rungs: RungSummary[];
  totals: { current: SupportTotals; rightSize: SupportTotals };
  /**
   * `stepping-down`: support moves towards the less restrictive rungs (or only shrinks);
   * `stepping-up`: towards the more restrictive ones (or only grows); `same`: no change;
   * `shifting`: changes both ways that are neither.
   */
  direction: 'stepping-down' | 'stepping-up' | 'same' | 'shifting';
  /** True when any hours or costs are missing, so totals are lower bounds. */
  hasUnknowns: boolean;
}

/** Options for `rightSizeSummary`. */
export interface RightSizeSummaryOptions {
  /** Rung keys from least to most restrictive, in the definition's order. @default the default ladder */
  rungs?: readonly string[];
}

const emptyTotals = (): SupportTotals => ({ hours: 0, cost: 0, count: 0, hoursUnknown: 0, costUnknown: 0 });

// Money and hours are added in hundredths so 0.1 + 0.2 shows as 0.3.
const round = (n: number) => Math.round(n * 100) / 100;

function add(totals: SupportTotals, support: Support): void {
  totals.count += 1;
  if (support.hoursPerWeek === undefined || !Number.isFinite(support.hoursPerWeek)) totals.hoursUnknown += 1;
  else totals.hours = round(totals.hours + support.hoursPerWeek);
  if (support.costPerWeek === undefined || !Number.isFinite(support.costPerWeek)) totals.costUnknown += 1;
  else totals.cost = round(totals.cost + support.costPerWeek);
}

function compare(a: number, b: number): 'up' | 'down' | 'same' {
  return b > a ? 'up' : b < a ? 'down' : 'same';
}

/** Compares today's and right-size support on one rung: by hours when all are known, then count, then cost. */
function changeOf(current: SupportTotals, rightSize: SupportTotals): 'up' | 'down' | 'same' {
  if (current.count === 0 && rightSize.count === 0) return 'same';
  if (rightSize.count === 0) return 'down';
  if (current.count === 0) return 'up';
  if (current.hoursUnknown === 0 && rightSize.hoursUnknown === 0) {
    const byHours = compare(current.hours, rightSize.hours);
    if (byHours !== 'same') return byHours;
  }
  const byCount = compare(current.count, rightSize.count);
  if (byCount !== 'same') return byCount;
  if (current.costUnknown === 0 && rightSize.costUnknown === 0) return compare(current.cost, rightSize.cost);
  return 'same';
}

/**
 * Compares the plan's current support with its right-size support, rung by rung of the
 * support ladder: hours, cost and count, and which way support moves overall. Support marked
 * `both` stays as it is, so it counts on both sides. Missing hours or costs are never read
 * as 0: they are counted in `hoursUnknown` / `costUnknown`.
 */
export function rightSizeSummary(
  plan: Pick<Plan, 'support'>,
  options: RightSizeSummaryOptions = {},
): RightSizeSummary {
  const order = options.rungs ?? defaultLadderRungs.map((rung) => rung.key);
  const byRung = new Map<string, RungSummary>();
  const totals = { current: emptyTotals(), rightSize: emptyTotals() };
  for (const support of plan.support) {
    const rung = support.rung.trim();
    let summary = byRung.get(rung);
    if (!summary) {
      summary = { rung, current: emptyTotals(), rightSize: emptyTotals(), change: 'same' };
      if (!order.includes(rung)) summary.unknownRung = true;
      byRung.set(rung, summary);
    }
    if (support.status === 'current' || support.status === 'both') {
      add(summary.current, support);
      add(totals.current, support);
    }
    if (support.status === 'right-size' || support.status === 'both') {
      add(summary.rightSize, support);
      add(totals.rightSize, support);
    }
  }
  const known = order.flatMap((key) => byRung.get(key) ?? []);
  const unknown = [...byRung.values()].filter((summary) => summary.unknownRung);
  const rungs = [...known, ...unknown];
  for (const summary of rungs) summary.change = changeOf(summary.current, summary.rightSize);

  const ups = known.flatMap((s, i) => (s.change === 'up' ? [i] : []));
  const downs = known.flatMap((s, i) => (s.change === 'down' ? [i] : []));
  const unknownChanges = unknown.some((s) => s.change !== 'same');
  let direction: RightSizeSummary['direction'];
  if (ups.length === 0 && downs.length === 0) direction = unknownChanges ? 'shifting' : 'same';
  else if (unknownChanges) direction = 'shifting';
  else if (ups.length === 0 || (downs.length > 0 && Math.max(...ups) < Math.min(...downs)))
    direction = 'stepping-down';
  else if (downs.length === 0 || Math.max(...downs) < Math.min(...ups)) direction = 'stepping-up';
  else direction = 'shifting';

  const hasUnknowns = [totals.current, totals.rightSize].some((t) => t.hoursUnknown > 0 || t.costUnknown > 0);
  return { rungs, totals, direction, hasUnknowns };
}
