import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { createPlan } from '@wholepicture/core';
import { describe, expect, it, vi } from 'vitest';
import { createIndexedDbAdapter } from './createIndexedDbAdapter.js';
import { createLocalStorageAdapter } from './createLocalStorageAdapter.js';
import { createMemoryAdapter } from './createMemoryAdapter.js';
import { DraftStorageError } from './DraftStorageError.js';
import type { DraftRecord, StorageAdapter } from './StorageAdapter.js';

function record(id: string, name: string, savedAt: string, revision = 1): DraftRecord {
  return {
    id,
    plan: createPlan({ id, person: { preferredName: name, identifiers: [] } }),
    revision,
    savedAt,
    savedBy: 'tab-a',
  };
}

/** A Storage over a Map, so each test starts empty and can be made to fail. */
function mapStorage(): Storage & { failWith?: Error } {
  const map = new Map<string, string>();
  const storage = {
    failWith: undefined as Error | undefined,
    get length() {
      return map.size;
    },
    key: (index: number) => [...map.keys()][index] ?? null,
    getItem: (key: string) => map.get(key) ?? null,
    setItem(key: string, value: string) {
      if (storage.failWith) throw storage.failWith;
      map.set(key, value);
    },
    removeItem: (key: string) => void map.delete(key),
    clear: () => map.clear(),
  };
  return storage;
}

const adapters: [string, () => StorageAdapter][] = [
  ['memory', () => createMemoryAdapter()],
  ['localStorage', () => createLocalStorageAdapter({ storage: mapStorage() })],
  ['IndexedDB', () => createIndexedDbAdapter({ indexedDB: new IDBFactory() })],
];

describe.each(adapters)('given the %s adapter', (_name, make) => {
  it('returns undefined for a draft that was never saved', async () => {
    await expect(make().get('nothing')).resolves.toBeUndefined();
  });

  it('gives back exactly the record that was saved', async () => {
    const adapter = make();
    const saved = record('plan-1', 'Sam', '2026-03-01T10:00:00.000Z', 3);
    await adapter.set(saved);
    await expect(adapter.get('plan-1')).resolves.toEqual(saved);
  });

  it('replaces a record saved again under the same id', async () => {
    const adapter = make();
    await adapter.set(record('plan-1', 'Sam', '2026-03-01T10:00:00.000Z', 1));
    await adapter.set(record('plan-1', 'Samira', '2026-03-01T10:05:00.000Z', 2));
    const got = await adapter.get('plan-1');
    expect(got?.revision).toBe(2);
    expect(got?.plan.person.preferredName).toBe('Samira');
    expect(await adapter.list()).toHaveLength(1);
  });

  it('keeps the stored copy unchanged when a returned plan is changed', async () => {
    const adapter = make();
    await adapter.set(record('plan-1', 'Sam', '2026-03-01T10:00:00.000Z'));
    const first = await adapter.get('plan-1');
    if (!first) throw new Error('expected a record');
    first.plan.person.preferredName = 'Changed';
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('Sam');
  });

  it('lists every draft with its name and time, most recent first', async () => {
    const adapter = make();
    await adapter.set(record('plan-1', 'Sam', '2026-03-01T10:00:00.000Z'));
    await adapter.set(record('plan-2', 'Alex', '2026-03-02T09:00:00.000Z'));
    await expect(adapter.list()).resolves.toEqual([
      { id: 'plan-2', preferredName: 'Alex', updatedAt: '2026-03-02T09:00:00.000Z' },
      { id: 'plan-1', preferredName: 'Sam', updatedAt: '2026-03-01T10:00:00.000Z' },
    ]);
  });

  it('removes a draft, and removing a missing draft is not an error', async () => {
    const adapter = make();
    await adapter.set(record('plan-1', 'Sam', '2026-03-01T10:00:00.000Z'));
    await adapter.remove('plan-1');
    await adapter.remove('never-there');
    await expect(adapter.get('plan-1')).resolves.toBeUndefined();
    await expect(adapter.list()).resolves.toEqual([]);
  });

  it('stores hostile text exactly as given', async () => {
    const adapter = make();
    const hostile = '<script>alert(1)</script>\u202e\u0000"\'';
    const long = 'x'.repeat(100_000);
    const saved = record('plan-1', hostile, '2026-03-01T10:00:00.000Z');
    saved.plan.aboutMe.goodDay.text = long;
    await adapter.set(saved);
    const got = await adapter.get('plan-1');
    expect(got?.plan.person.preferredName).toBe(hostile);
    expect(got?.plan.aboutMe.goodDay.text).toBe(long);
  });

  it('refuses to save something that is not a draft record', async () => {
    const adapter = make();
    const broken = { id: 'plan-1', revision: 'one' } as unknown as DraftRecord;
    await expect(adapter.set(broken)).rejects.toBeInstanceOf(DraftStorageError);
  });
});

describe('given localStorage is full', () => {
  it('rejects with a quota DraftStorageError instead of swallowing it', async () => {
    const storage = mapStorage();
    storage.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const adapter = createLocalStorageAdapter({ storage });
    const error = await adapter
      .set(record('plan-1', 'Sam', '2026-03-01T10:00:00.000Z'))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DraftStorageError);
    expect(error).toMatchObject({ name: 'DraftStorageError', code: 'quota' });
  });
});

describe('given IndexedDB is full', () => {
  it('rejects with a quota DraftStorageError instead of swallowing it', async () => {
    const adapter = createIndexedDbAdapter({ indexedDB: new IDBFactory() });
    await adapter.set(record('plan-1', 'Sam', '2026-03-01T10:00:00.000Z'));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await expect(adapter.set(record('plan-1', 'Sam', '2026-03-01T10:05:00.000Z', 2))).rejects.toMatchObject(
        {
          name: 'DraftStorageError',
          code: 'quota',
        },
      );
    } finally {
      put.mockRestore();
    }
    expect((await adapter.get('plan-1'))?.revision).toBe(1);
  });
});

describe('given a damaged localStorage entry', () => {
  it('rejects with a corrupt DraftStorageError', async () => {
    const storage = mapStorage();
    storage.setItem('wholepicture:draft:plan-1', '{not json');
    const adapter = createLocalStorageAdapter({ storage });
    await expect(adapter.get('plan-1')).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('uses the prefix so other keys are left alone', async () => {
    const storage = mapStorage();
    storage.setItem('host-setting', 'dark');
    const adapter = createLocalStorageAdapter({ storage, prefix: 'mine:' });
    await adapter.set(record('plan-1', 'Sam', '2026-03-01T10:00:00.000Z'));
    expect(storage.getItem('mine:plan-1')).not.toBeNull();
    expect(await adapter.list()).toHaveLength(1);
  });
});

describe('given no storage exists (server rendering)', () => {
  it('creates adapters without touching storage, and fails with unavailable only when used', async () => {
    vi.stubGlobal('localStorage', undefined);
    vi.stubGlobal('indexedDB', undefined);
    try {
      const local = createLocalStorageAdapter();
      const indexed = createIndexedDbAdapter();
      await expect(local.get('plan-1')).rejects.toMatchObject({ code: 'unavailable' });
      await expect(indexed.get('plan-1')).rejects.toMatchObject({ code: 'unavailable' });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('given IndexedDB is held open by an older version in another tab', () => {
  it('rejects with a blocked DraftStorageError', async () => {
    // An open request that is blocked, as when a stale tab ignores versionchange.
    const request = {} as IDBOpenDBRequest;
    const factory = {
      open: () => {
        queueMicrotask(() => request.onblocked?.(new Event('blocked') as IDBVersionChangeEvent));
        return request;
      },
    } as unknown as IDBFactory;
    const adapter = createIndexedDbAdapter({ indexedDB: factory });
    await expect(adapter.get('plan-1')).rejects.toMatchObject({ name: 'DraftStorageError', code: 'blocked' });
  });
});
