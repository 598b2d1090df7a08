import { DraftStorageError } from './DraftStorageError.js';
import { byMostRecent, readDraftRecord, summariseDraft } from './readDraftRecord.js';
import type { DraftRecord, DraftSummary, StorageAdapter } from './StorageAdapter.js';

/** Options for {@link createLocalStorageAdapter}. */
export interface LocalStorageAdapterOptions {
  /** Prefix of every key we write, so drafts never clash with the host's own keys. @default 'wholepicture:draft:' */
  prefix?: string;
  /** The storage to use. @default window.localStorage, looked up on first use */
  storage?: Storage;
}

const context = 'createLocalStorageAdapter';

/**
 * Keeps drafts in `localStorage` (about 5 MB per site), one JSON record per key. Nothing
 * touches `window` until the first call, so it is safe to create during server rendering.
 */
export function createLocalStorageAdapter(options: LocalStorageAdapterOptions = {}): StorageAdapter {
  const prefix = options.prefix ?? 'wholepicture:draft:';

  const storage = (): Storage => {
    if (options.storage) return options.storage;
    try {
      const found = (globalThis as { localStorage?: Storage }).localStorage;
      if (found) return found;
    } catch (error) {
      // Reading `localStorage` throws a SecurityError when the browser blocks storage.
      throw DraftStorageError.from(error, context);
    }
    throw new DraftStorageError(
      'unavailable',
      `${context}: there is no localStorage here. Pass \`storage\` or use createMemoryAdapter.`,
    );
  };

  const attempt = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      throw DraftStorageError.from(error, context);
    }
  };

  const readKey = (key: string): DraftRecord | undefined => {
    const json = attempt(() => storage().getItem(key));
    if (json === null) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new DraftStorageError('corrupt', `${context}: the draft under "${key}" is not valid JSON.`, {
        cause: error,
      });
    }
    return readDraftRecord(value, context);
  };

  return {
    async get(id) {
      return readKey(prefix + id);
    },
    async set(record) {
      const json = JSON.stringify(readDraftRecord(record, context));
      attempt(() => storage().setItem(prefix + record.id, json));
    },
    async list() {
      const store = storage();
      const keys = attempt(() => {
        const found: string[] = [];
        for (let i = 0; i < store.length; i += 1) {
          const key = store.key(i);
          if (key !== null && key.startsWith(prefix)) found.push(key);
        }
        return found;
      });
      const summaries: DraftSummary[] = [];
      for (const key of keys) {
        const record = readKey(key);
        if (record) summaries.push(summariseDraft(record));
      }
      return summaries.sort(byMostRecent);
    },
    async remove(id) {
      attempt(() => storage().removeItem(prefix + id));
    },
  };
}
