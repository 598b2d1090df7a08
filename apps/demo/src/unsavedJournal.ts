import type { Plan } from '@wholepicture/core';

/**
 * A last-moment copy of the plan on the page, written synchronously to localStorage when the
 * page is hidden or unloaded. `useDraft` also saves then, but an IndexedDB write started while
 * a page unloads (a reload, a closed window) may never finish; this copy covers that gap.
 */
export interface UnsavedJournalEntry {
  plan: Plan;
  /** The stored draft's `savedAt` this copy was made on top of. */
  baseSavedAt: string | undefined;
}

const prefix = 'wholepicture-demo:unsaved:';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Keeps a copy of the plan on the page for `draftId`. Never throws (a full quota just skips it). */
export function writeUnsaved(draftId: string, entry: UnsavedJournalEntry): void {
  try {
    storage()?.setItem(prefix + draftId, JSON.stringify(entry));
  } catch {
    // No room: IndexedDB's own save is still under way.
  }
}

/**
 * Takes the copy for `draftId` out of storage. It is returned only when it was made on top
 * of the stored version `savedAt` and differs from `stored`: if anything saved after it
 * (the unload save finished, or another tab saved), the stored version is newer.
 */
export function takeUnsaved(draftId: string, savedAt: string, stored: Plan): Plan | undefined {
  const store = storage();
  let raw: string | null | undefined;
  try {
    raw = store?.getItem(prefix + draftId);
    store?.removeItem(prefix + draftId);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const entry = JSON.parse(raw) as Partial<UnsavedJournalEntry>;
    if (entry.baseSavedAt !== savedAt || typeof entry.plan !== 'object' || entry.plan === null)
      return undefined;
    return JSON.stringify(entry.plan) === JSON.stringify(stored) ? undefined : entry.plan;
  } catch {
    return undefined;
  }
}
