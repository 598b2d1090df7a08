import { createPlanIssue } from './planIssue.js';
import type { PlanIssue } from './planIssue.js';
import type { Plan } from './planSchema.js';

/** The plan's lists whose items have ids. */
export const planListKeys = [
  'household',
  'contributors',
  'needs',
  'strengths',
  'outcomes',
  'support',
  'decisions',
  'barriers',
  'safety',
  'contacts',
] as const;
/** One of the plan's lists whose items have ids. */
export type PlanListKey = (typeof planListKeys)[number];

/** One place in a plan where an item's id is used to point at another item. */
export interface PlanReference {
  /** Where the id is written, e.g. `['outcomes', 0, 'needIds', 1]`. */
  path: (string | number)[];
  /** The id pointed at. */
  id: string;
  /** The list the id must be found in. */
  target: PlanListKey;
  /**
   * How the reference is removed: `list` drops the id from its list, `field` clears the field,
   * `reading` removes the whole reading (a reading is one voice's view: see {@link removeItem}).
   */
  kind: 'list' | 'field' | 'reading';
}

type Json = unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collectVoices(node: Json, path: (string | number)[], into: PlanReference[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => collectVoices(child, [...path, index], into));
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, child] of Object.entries(node)) {
    if (path.length === 0 && key === 'extensions') continue;
    if (key === 'voice' && isRecord(child) && typeof child['contributorId'] === 'string') {
      into.push({
        path: [...path, 'voice', 'contributorId'],
        id: child['contributorId'],
        target: 'contributors',
        kind: 'field',
      });
    } else {
      collectVoices(child, [...path, key], into);
    }
  }
}

/** Every place in `plan` where one item points at another, in document order. */
export function collectReferences(plan: Plan): PlanReference[] {
  const refs: PlanReference[] = [];
  const ids = (list: readonly string[], path: (string | number)[], target: PlanListKey): void => {
    list.forEach((id, index) => refs.push({ path: [...path, index], id, target, kind: 'list' }));
  };
  ids(plan.supportedByIds, ['supportedByIds'], 'contributors');
  plan.outcomes.forEach((outcome, i) => {
    ids(outcome.needIds, ['outcomes', i, 'needIds'], 'needs');
    ids(outcome.strengthIds, ['outcomes', i, 'strengthIds'], 'strengths');
    outcome.readings.forEach((reading, k) => {
      if (reading.by !== 'together') {
        refs.push({
          path: ['outcomes', i, 'readings', k, 'by'],
          id: reading.by,
          target: 'contributors',
          kind: 'reading',
        });
      }
    });
  });
  plan.support.forEach((item, i) => ids(item.outcomeIds, ['support', i, 'outcomeIds'], 'outcomes'));
  plan.decisions.forEach((item, i) =>
    ids(item.consultedIds, ['decisions', i, 'consultedIds'], 'contributors'),
  );
  plan.barriers.forEach((item, i) => ids(item.outcomeIds, ['barriers', i, 'outcomeIds'], 'outcomes'));
  plan.safety.forEach((item, i) => ids(item.contactIds, ['safety', i, 'contactIds'], 'contacts'));
  if (plan.sharing.agreedById !== undefined) {
    refs.push({
      path: ['sharing', 'agreedById'],
      id: plan.sharing.agreedById,
      target: 'contributors',
      kind: 'field',
    });
  }
  collectVoices(plan, [], refs);
  return refs;
}

function idsIn(plan: Plan, list: PlanListKey): Set<string> {
  return new Set((plan[list] as readonly { id: string }[]).map((item) => item.id));
}

/** The references in `plan` that point at nothing. */
export function findDanglingReferences(plan: Plan): PlanReference[] {
  const known = new Map<PlanListKey, Set<string>>();
  return collectReferences(plan).filter((ref) => {
    let ids = known.get(ref.target);
    if (!ids) {
      ids = idsIn(plan, ref.target);
      known.set(ref.target, ids);
    }
    return !ids.has(ref.id);
  });
}

/** A warning for each place in `plan` that links to an item no longer in it. */
export function findBrokenReferences(plan: Plan): PlanIssue[] {
  return findDanglingReferences(plan).map((ref) =>
    createPlanIssue('broken-reference', { path: ref.path, params: { id: ref.id }, severity: 'warning' }),
  );
}

function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((child: unknown) => cloneJson(child)) as T;
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // defineProperty, because assigning a key named __proto__ would set the prototype instead.
    Object.defineProperty(copy, key, {
      value: cloneJson(value[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy as T;
}

/**
 * A copy of `plan` without the given references. Removal works from the end of each list
 * backwards so that earlier paths stay right while later items go.
 */
function withoutReferences(plan: Plan, refs: readonly PlanReference[]): Plan {
  if (refs.length === 0) return plan;
  const copy = cloneJson(plan);
  const ordered = [...refs].sort((a, b) => comparePaths(b.path, a.path));
  for (const ref of ordered) {
    const parentPath = ref.kind === 'reading' ? ref.path.slice(0, -2) : ref.path.slice(0, -1);
    const last = ref.kind === 'reading' ? ref.path[ref.path.length - 2] : ref.path[ref.path.length - 1];
    let parent: unknown = copy;
    for (const key of parentPath) parent = (parent as Record<string | number, unknown>)[key];
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else if (isRecord(parent) && typeof last === 'string') delete parent[last];
  }
  return copy;
}

function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** A copy of `plan` with every link to a missing item removed; `plan` itself if none. */
export function repairReferences(plan: Plan): Plan {
  return withoutReferences(plan, findDanglingReferences(plan));
}

/**
 * A copy of `plan` with the item `id` removed from `list` (every item with that id), and
 * every link to it removed too, so references always resolve: ids go from `needIds`, `strengthIds`, `outcomeIds`,
 * `contactIds`, `consultedIds` and `supportedByIds`; a voice's `contributorId` and
 * `sharing.agreedById` are cleared (the words stay, with no one named).
 *
 * Removing a contributor also removes the outcome readings they gave. A reading is one
 * voice's view, kept side by side with others and never merged: relabelling it `together`
 * would invent an agreement nobody made, and keeping a dangling `by` would break the rule
 * that references resolve. Ask before removing someone who gave readings
 * ({@link collectReferences} lists them).
 */
export function removeItem(plan: Plan, list: PlanListKey, id: string): Plan {
  const items = plan[list] as readonly { id: string }[];
  if (!items.some((item) => item.id === id)) return plan;
  const remaining = items.filter((item) => item.id !== id);
  const without = { ...plan, [list]: remaining } as Plan;
  const refs = collectReferences(without).filter((ref) => ref.target === list && ref.id === id);
  return withoutReferences(without, refs);
}
