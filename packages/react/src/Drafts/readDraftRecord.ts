import type { Plan } from '@wholepicture/core';
import { DraftStorageError } from './DraftStorageError.js';
import type { DraftRecord, DraftSummary } from './StorageAdapter.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that a stored value has the shape of a draft record, and throws a `corrupt`
 * `DraftStorageError` naming `context` when it does not. The plan itself is not migrated or
 * validated here: that is the form's job, so a plan from an older version is still restored.
 */
export function readDraftRecord(value: unknown, context: string): DraftRecord {
  if (
    isObject(value) &&
    typeof value['id'] === 'string' &&
    typeof value['revision'] === 'number' &&
    Number.isInteger(value['revision']) &&
    typeof value['savedAt'] === 'string' &&
    typeof value['savedBy'] === 'string' &&
    isObject(value['plan'])
  ) {
    return {
      id: value['id'],
      plan: value['plan'] as Plan,
      revision: value['revision'],
      savedAt: value['savedAt'],
      savedBy: value['savedBy'],
    };
  }
  throw new DraftStorageError('corrupt', `${context}: the stored draft is damaged and cannot be read.`);
}

/** The list line for a draft record. */
export function summariseDraft(record: DraftRecord): DraftSummary {
  const person = (record.plan as Partial<Plan>).person;
  const preferredName = typeof person?.preferredName === 'string' ? person.preferredName : '';
  return { id: record.id, preferredName, updatedAt: record.savedAt };
}

/** Most recently saved first. */
export function byMostRecent(a: DraftSummary, b: DraftSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}
