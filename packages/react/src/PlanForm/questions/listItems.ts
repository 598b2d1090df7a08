import { createId, getAtPath, keyPath, planFieldType, planListKeys, removeItem } from '@wholepicture/core';
import type { Plan, PlanListKey } from '@wholepicture/core';
import type { PlanFormApi } from '../usePlanFormApi.js';

/** The ids of a list's items, joined, so a selector can compare them cheaply. */
export function itemIdSignature(values: unknown, path: string): string {
  const list = getAtPath(values, path);
  if (!Array.isArray(list)) return '';
  return list
    .map((item: unknown, index) => {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      // An item without an id (hand-written plan) still gets a stable-enough key by position.
      return typeof id === 'string' && id !== '' ? id : `#${index}`;
    })
    .join('\u0000');
}

/** Splits a signature from {@link itemIdSignature} back into keys. */
export function splitSignature(signature: string): string[] {
  return signature === '' ? [] : signature.split('\u0000');
}

/** A new item for the list at `path`, with a fresh id and the plan schema's defaults. */
export function newListItem(path: string): Record<string, unknown> {
  const list = keyPath(path);
  const prefix = list.split('.').pop() ?? 'item';
  const base = { id: createId(prefix) };
  const type = planFieldType(list);
  if (type?.type === 'list' && typeof (type.item as { parse?: unknown }).parse === 'function') {
    return (type.item as { parse: (value: unknown) => Record<string, unknown> }).parse(base);
  }
  return base;
}

function isPlanListKey(path: string): path is PlanListKey {
  return (planListKeys as readonly string[]).includes(path);
}

/**
 * Removes an item. From the plan's own lists (needs, contributors, …) core's `removeItem`
 * also removes every link to it, so nothing points at an item that is gone.
 */
export function removeListItem(form: PlanFormApi, path: string, index: number): void {
  const values = form.state.values as unknown as Plan;
  if (isPlanListKey(path)) {
    const item = (values[path] as readonly { id?: string }[])[index];
    if (item && typeof item.id === 'string') {
      const next = removeItem(values, path, item.id) as unknown as Record<string, unknown>;
      const current = values as unknown as Record<string, unknown>;
      for (const key of Object.keys(next)) {
        if (next[key] !== current[key]) form.setFieldValue(key, next[key]);
      }
      return;
    }
  }
  removeListEntry(form, path, index);
}

// TanStack types array helpers by the form's static keys; plan paths are known at run time.
type ArrayHelpers = {
  pushFieldValue: (path: string, value: unknown) => void;
  moveFieldValues: (path: string, from: number, to: number) => void;
  removeFieldValue: (path: string, index: number) => Promise<void>;
};

/** Adds a new item, with a fresh id and the schema's defaults, to the end of the list at `path`. */
export function addListItem(form: PlanFormApi, path: string): void {
  (form as unknown as ArrayHelpers).pushFieldValue(path, newListItem(path));
}

/** Moves the item at `from` to `to` in the list at `path`. */
export function moveListItem(form: PlanFormApi, path: string, from: number, to: number): void {
  (form as unknown as ArrayHelpers).moveFieldValues(path, from, to);
}

/** Removes the item at `index` from the list at `path`, without touching links to it. */
export function removeListEntry(form: PlanFormApi, path: string, index: number): void {
  void (form as unknown as ArrayHelpers).removeFieldValue(path, index);
}

/**
 * Forgets what was typed but not yet kept (date and number boxes) inside the list's items:
 * after a remove or move, those drafts would belong to a different item.
 */
export function forgetItemDrafts(
  drafts: {
    raw: Map<string, unknown>;
    pending: Map<string, unknown>;
    forgetUnfinishedUnder: (listPath: string) => void;
  },
  path: string,
): void {
  for (const map of [drafts.raw, drafts.pending]) {
    for (const key of [...map.keys()]) if (key.startsWith(`${path}[`)) map.delete(key);
  }
  drafts.forgetUnfinishedUnder(path);
}
