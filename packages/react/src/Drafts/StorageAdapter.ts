import type { Plan } from '@wholepicture/core';

/** One saved draft: the plan, and which save of it this is. */
export interface DraftRecord {
  /** The draft's id (usually the plan's id; a "keep both" copy gets a new one). */
  id: string;
  /** The plan as it was saved. */
  plan: Plan;
  /** Goes up by one on every save; two tabs compare it to spot each other's changes. */
  revision: number;
  /** When it was saved, as an ISO 8601 date-time. */
  savedAt: string;
  /** The tab or session that saved it (a random id, never personal data). */
  savedBy: string;
}

/** A line in a list of drafts, enough to let someone pick one. */
export interface DraftSummary {
  id: string;
  /** The person's preferred name, '' when not yet given. */
  preferredName: string;
  /** When the draft was last saved, as an ISO 8601 date-time. */
  updatedAt: string;
}

/**
 * Where drafts are kept. We ship localStorage, IndexedDB and in-memory adapters; a host can
 * write its own (for example over its own API). Every method rejects with a
 * `DraftStorageError` when the storage fails, and never resolves with a half-written record.
 */
export interface StorageAdapter {
  /** The draft with this id, or `undefined` when there is none. */
  get(id: string): Promise<DraftRecord | undefined>;
  /** Saves the record, replacing any with the same id. */
  set(record: DraftRecord): Promise<void>;
  /** Every draft, most recently saved first. */
  list(): Promise<DraftSummary[]>;
  /** Deletes the draft; removing one that does not exist is not an error. */
  remove(id: string): Promise<void>;
}
