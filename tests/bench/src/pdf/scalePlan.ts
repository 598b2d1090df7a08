import { parsePlan, planListKeys, repairReferences } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';

// Contributors are the voices; copies of the other lists keep pointing at the same people.
const scaledLists = planListKeys.filter((key) => key !== 'contributors');

/** Replaces every string that is one of `ids` with its copy's id, deep in a value. */
function renameIds(value: unknown, ids: ReadonlySet<string>, suffix: string): unknown {
  if (typeof value === 'string') return ids.has(value) ? `${value}${suffix}` : value;
  if (Array.isArray(value)) return value.map((item) => renameIds(item, ids, suffix));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, renameIds(item, ids, suffix)]),
    );
  }
  return value;
}

/**
 * A bigger or smaller plan made from a real one: each list with ids (needs, strengths,
 * outcomes, support, household, decisions, barriers, staying safe, contacts) gets `factor`
 * times its items — copies link to each other as the originals do — then is checked by
 * `parsePlan`. Below 1 the lists are cut (to nothing, for a tiny factor), and links to
 * removed items are repaired. With `lean`, the plan keeps only the person, the voices and the
 * lists (no about me, communication, sharing or review), so it can be made short.
 */
export function scalePlan(base: Plan, factor: number, lean = false): Plan {
  const ids = new Set<string>();
  for (const key of scaledLists) {
    for (const item of (base[key] ?? []) as { id: string }[]) ids.add(item.id);
  }
  const kept = lean
    ? {
        schemaVersion: base.schemaVersion,
        createdAt: base.createdAt,
        updatedAt: base.updatedAt,
        status: base.status,
        locale: base.locale,
        person: base.person,
        contributors: base.contributors,
        supportedByIds: base.supportedByIds,
      }
    : base;
  const plan: Record<string, unknown> = { ...kept, id: `${base.id}-x${Math.round(factor * 100)}` };
  for (const key of scaledLists) {
    const items = (base[key] ?? []) as unknown[];
    if (items.length === 0) continue;
    const count = Math.round(items.length * factor);
    plan[key] = Array.from({ length: count }, (_, index) => {
      const copy = Math.floor(index / items.length);
      const item = items[index % items.length];
      return copy === 0 ? item : renameIds(item, ids, `-copy${copy}`);
    });
  }
  // Parsed first so the parts a lean plan leaves out get their defaults, then repaired, then checked.
  const filled = parsePlan(plan);
  const parsed = filled.ok ? parsePlan(repairReferences(filled.plan)) : filled;
  if (!parsed.ok)
    throw new Error(`A scaled plan is not valid: ${parsed.issues[0]?.message ?? 'unknown problem'}`);
  return parsed.plan;
}
