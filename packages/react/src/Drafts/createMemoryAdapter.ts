import { byMostRecent, readDraftRecord, summariseDraft } from './readDraftRecord.js';
import type { DraftRecord, StorageAdapter } from './StorageAdapter.js';

/**
 * Keeps drafts in memory only: for tests, server rendering and hosts that save elsewhere.
 * Records are copied in and out, so changing a returned plan never changes the stored one.
 */
export function createMemoryAdapter(): StorageAdapter {
  const records = new Map<string, string>();
  const read = (json: string): DraftRecord => readDraftRecord(JSON.parse(json), 'createMemoryAdapter');
  return {
    async get(id) {
      const json = records.get(id);
      return json === undefined ? undefined : read(json);
    },
    async set(record) {
      records.set(record.id, JSON.stringify(readDraftRecord(record, 'createMemoryAdapter')));
    },
    async list() {
      return [...records.values()].map((json) => summariseDraft(read(json))).sort(byMostRecent);
    },
    async remove(id) {
      records.delete(id);
    },
  };
}
