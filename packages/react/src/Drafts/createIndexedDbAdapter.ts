import { DraftStorageError } from './DraftStorageError.js';
import { byMostRecent, readDraftRecord, summariseDraft } from './readDraftRecord.js';
import type { DraftRecord, StorageAdapter } from './StorageAdapter.js';

/** Options for {@link createIndexedDbAdapter}. */
export interface IndexedDbAdapterOptions {
  /** Name of the database. @default 'wholepicture-drafts' */
  dbName?: string;
  /** The IndexedDB factory to use. @default globalThis.indexedDB, looked up on first use */
  indexedDB?: IDBFactory;
}

const context = 'createIndexedDbAdapter';
const storeName = 'drafts';
const version = 1;

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(DraftStorageError.from(request.error, context));
  });
}

function transactionDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    // A quota error often arrives only as the transaction's abort, not on the request.
    transaction.onabort = () =>
      reject(DraftStorageError.from(transaction.error ?? new Error('the transaction was aborted'), context));
    transaction.onerror = () => reject(DraftStorageError.from(transaction.error, context));
  });
}

/**
 * Keeps drafts in IndexedDB (the demo's choice: far more room than localStorage). Uses the
 * plain IndexedDB API. The database is opened on first use, never at import or render, and
 * every failure (quota, blocked, unavailable) rejects with a `DraftStorageError`.
 */
export function createIndexedDbAdapter(options: IndexedDbAdapterOptions = {}): StorageAdapter {
  const dbName = options.dbName ?? 'wholepicture-drafts';
  let opening: Promise<IDBDatabase> | undefined;

  const open = (): Promise<IDBDatabase> => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
      if (!factory) {
        reject(
          new DraftStorageError(
            'unavailable',
            `${context}: there is no IndexedDB here. Pass \`indexedDB\` or use createMemoryAdapter.`,
          ),
        );
        return;
      }
      let request: IDBOpenDBRequest;
      try {
        request = factory.open(dbName, version);
      } catch (error) {
        reject(DraftStorageError.from(error, context));
        return;
      }
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(storeName)) {
          request.result.createObjectStore(storeName, { keyPath: 'id' });
        }
      };
      request.onblocked = () =>
        reject(
          new DraftStorageError(
            'blocked',
            `${context}: the database "${dbName}" is held open by an older version of this page in another tab.`,
          ),
        );
      request.onerror = () => reject(DraftStorageError.from(request.error, context));
      request.onsuccess = () => {
        const db = request.result;
        // A newer version of the page wants to upgrade: let it, and reopen on our next call.
        db.onversionchange = () => {
          db.close();
          opening = undefined;
        };
        db.onclose = () => {
          opening = undefined;
        };
        resolve(db);
      };
    }).catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };

  const run = async <T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> => {
    const db = await open();
    let transaction: IDBTransaction;
    let request: IDBRequest<T>;
    try {
      transaction = db.transaction(storeName, mode);
      request = work(transaction.objectStore(storeName));
    } catch (error) {
      throw DraftStorageError.from(error, context);
    }
    const [result] = await Promise.all([requestResult(request), transactionDone(transaction)]);
    return result;
  };

  return {
    async get(id) {
      const value = await run('readonly', (store) => store.get(id));
      return value === undefined ? undefined : readDraftRecord(value, context);
    },
    async set(record) {
      const checked: DraftRecord = readDraftRecord(record, context);
      // Stored as JSON-safe data so what comes back is what localStorage would give.
      const copy = JSON.parse(JSON.stringify(checked)) as DraftRecord;
      await run('readwrite', (store) => store.put(copy));
    },
    async list() {
      const values = await run('readonly', (store) => store.getAll());
      return values.map((value) => summariseDraft(readDraftRecord(value, context))).sort(byMostRecent);
    },
    async remove(id) {
      await run('readwrite', (store) => store.delete(id));
    },
  };
}
