import { createId } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import type { StorageAdapter } from '@wholepicture/react';

/**
 * Saves a plan as a brand-new draft under a fresh id, so a sample or an imported file never
 * replaces a draft already in this browser. Returns the new draft's id.
 */
export async function saveNewDraft(adapter: StorageAdapter, plan: Plan, now = new Date()): Promise<string> {
  const id = createId('plan');
  const savedAt = now.toISOString();
  await adapter.set({
    id,
    plan: { ...plan, id, updatedAt: savedAt },
    revision: 1,
    savedAt,
    savedBy: 'demo-home',
  });
  return id;
}
