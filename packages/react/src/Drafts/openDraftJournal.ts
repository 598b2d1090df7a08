import type { Plan } from '@wholepicture/core';

/**
 * A synchronous key–value store for the last-moment copy of a draft (`localStorage` fits).
 * It must be synchronous: it is written while the page unloads, when an asynchronous write
 * (IndexedDB, a network adapter) may never finish.
 */
export interface DraftJournal {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A copy of the plan on the page that storage had not confirmed when the page was hidden. */
export interface DraftJournalEntry {
  /** The plan on the page. */
  plan: Plan;
  /** The stored revision the copy was made on top of; 0 when nothing was stored yet. */
  baseRevision: number;
  /** The stored `savedAt` the copy was made on top of. */
  baseSavedAt: string | undefined;
  /** The session (tab) that wrote it. */
  writtenBy: string;
  /** When it was written, as an ISO 8601 date-time. */
  writtenAt: string;
}

/** Reads and writes journal entries, one per draft; every method swallows storage failures. */
export interface DraftJournalSlots {
  read(draftId: string): DraftJournalEntry | undefined;
  /** True when the copy was written (false: no room, or storage refused). */
  write(draftId: string, entry: DraftJournalEntry): boolean;
  remove(draftId: string): void;
}

const prefix = 'wholepicture:draft-journal:';

function isEntry(value: unknown): value is DraftJournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry['plan'] === 'object' &&
    entry['plan'] !== null &&
    !Array.isArray(entry['plan']) &&
    typeof entry['baseRevision'] === 'number' &&
    (entry['baseSavedAt'] === undefined || typeof entry['baseSavedAt'] === 'string') &&
    typeof entry['writtenBy'] === 'string' &&
    typeof entry['writtenAt'] === 'string'
  );
}

/** The browser's `localStorage`, or `undefined` where there is none or it is blocked. */
export function browserJournal(): DraftJournal | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    // Safari and Firefox throw a SecurityError when storage is blocked for the site.
    return undefined;
  }
}

/**
 * Journal entries over a synchronous store. A damaged entry is removed and read as none, so a
 * bad copy never blocks opening the draft.
 */
export function openDraftJournal(store: DraftJournal): DraftJournalSlots {
  const remove = (draftId: string): void => {
    try {
      store.removeItem(prefix + draftId);
    } catch {
      // Nothing to do: a stale entry is recognised by its revision and never applied.
    }
  };
  const read = (draftId: string): DraftJournalEntry | undefined => {
    let raw: string | null;
    try {
      raw = store.getItem(prefix + draftId);
    } catch {
      return undefined;
    }
    if (raw === null) return undefined;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isEntry(parsed)) return parsed;
    } catch {
      // Damaged: fall through and remove it.
    }
    remove(draftId);
    return undefined;
  };
  const write = (draftId: string, entry: DraftJournalEntry): boolean => {
    try {
      store.setItem(prefix + draftId, JSON.stringify(entry));
      return true;
    } catch {
      // No room: the asynchronous save is still under way and may yet finish.
      return false;
    }
  };
  return { read, write, remove };
}
