import { act, renderHook, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { createPlan } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from './createMemoryAdapter.js';
import { DraftStorageError } from './DraftStorageError.js';
import type { DraftJournal } from './openDraftJournal.js';
import type { StorageAdapter } from './StorageAdapter.js';
import { useDraft } from './useDraft.js';
import type { UseDraftOptions } from './useDraft.js';

const basePlan = createPlan({ id: 'plan-1', now: new Date('2026-03-01T09:00:00Z') });

function named(name: string, from: Plan = basePlan): Plan {
  return { ...from, person: { ...from.person, preferredName: name } };
}

/** Counts writes, so tests can say when saving happened. */
function spyOn(adapter: StorageAdapter) {
  return { adapter, set: vi.spyOn(adapter, 'set'), get: vi.spyOn(adapter, 'get') };
}

async function settle() {
  // Lets queued storage promises run without moving fake clocks.
  for (let i = 0; i < 10; i += 1) await act(async () => {});
}

describe('given one tab saving as the user types', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('BroadcastChannel', undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for a pause in typing before saving', async () => {
    const { adapter, set } = spyOn(createMemoryAdapter());
    const { result } = renderHook(() => useDraft({ adapter, draftId: 'plan-1', plan: basePlan }));
    await settle();
    act(() => result.current.save(named('S')));
    await act(async () => vi.advanceTimersByTimeAsync(400));
    expect(set).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTimeAsync(200));
    await settle();
    expect(set).toHaveBeenCalledTimes(1);
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('S');
    expect(result.current.status).toBe('saved');
    expect(result.current.lastSavedAt).toBeTypeOf('string');
  });

  it('is never more than about a second behind while typing goes on', async () => {
    const { adapter, set } = spyOn(createMemoryAdapter());
    const { result } = renderHook(() => useDraft({ adapter, draftId: 'plan-1' }));
    await settle();
    let name = '';
    for (let i = 0; i < 15; i += 1) {
      name += 'a';
      const typed = named(name);
      act(() => result.current.save(typed));
      await act(async () => vi.advanceTimersByTimeAsync(200));
    }
    await settle();
    // 3 seconds of typing with no pause: saved at least every second.
    expect(set.mock.calls.length).toBeGreaterThanOrEqual(3);
    await act(async () => vi.advanceTimersByTimeAsync(1000));
    await settle();
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe(name);
  });

  it('saves at once when the page is hidden or closed', async () => {
    const { adapter, set } = spyOn(createMemoryAdapter());
    const { result } = renderHook(() => useDraft({ adapter, draftId: 'plan-1' }));
    await settle();
    act(() => result.current.save(named('Sam')));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await settle();
    expect(set).toHaveBeenCalledTimes(1);

    act(() => result.current.save(named('Samira')));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await settle();
    visibility.mockRestore();
    expect(set).toHaveBeenCalledTimes(2);
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('Samira');
  });

  it('saves a plan passed as the plan option when it changes', async () => {
    const { adapter, set } = spyOn(createMemoryAdapter());
    const { rerender } = renderHook((props: UseDraftOptions) => useDraft(props), {
      initialProps: { adapter, draftId: 'plan-1', plan: basePlan },
    });
    await settle();
    rerender({ adapter, draftId: 'plan-1', plan: named('Alex') });
    await act(async () => vi.advanceTimersByTimeAsync(600));
    await settle();
    expect(set).toHaveBeenCalledTimes(1);
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('Alex');
  });

  it('writes pending changes when it unmounts', async () => {
    const { adapter, set } = spyOn(createMemoryAdapter());
    const { result, unmount } = renderHook(() => useDraft({ adapter, draftId: 'plan-1' }));
    await settle();
    act(() => result.current.save(named('Sam')));
    unmount();
    await settle();
    expect(set).toHaveBeenCalledTimes(1);
  });
});

describe('given a draft already saved', () => {
  beforeEach(() => vi.stubGlobal('BroadcastChannel', undefined));
  afterEach(() => vi.unstubAllGlobals());

  it('restores it on load and does not save it straight back', async () => {
    const { adapter, set } = spyOn(createMemoryAdapter());
    await adapter.set({
      id: 'plan-1',
      plan: named('Sam'),
      revision: 4,
      savedAt: '2026-03-01T10:00:00.000Z',
      savedBy: 'old-tab',
    });
    set.mockClear();
    const onRestore = vi.fn();
    const { result, rerender } = renderHook(
      (plan: Plan) => useDraft({ adapter, draftId: 'plan-1', plan, onRestore }),
      {
        initialProps: basePlan,
      },
    );
    await waitFor(() => expect(onRestore).toHaveBeenCalledTimes(1));
    const restored = onRestore.mock.calls[0]?.[0] as Plan;
    expect(restored.person.preferredName).toBe('Sam');
    expect(result.current.status).toBe('saved');
    expect(result.current.lastSavedAt).toBe('2026-03-01T10:00:00.000Z');
    // The form shows the restored plan: handing it back is not a change.
    rerender(restored);
    await result.current.flush();
    expect(set).not.toHaveBeenCalled();
  });

  it('restores again on request', async () => {
    const adapter = createMemoryAdapter();
    const { result } = renderHook(() => useDraft({ adapter, draftId: 'plan-1' }));
    await waitFor(() => expect(result.current.status).toBe('idle'));
    await adapter.set({
      id: 'plan-1',
      plan: named('Later'),
      revision: 1,
      savedAt: '2026-03-01T11:00:00.000Z',
      savedBy: 'x',
    });
    let plan: Plan | undefined;
    await act(async () => {
      plan = await result.current.restore();
    });
    expect(plan?.person.preferredName).toBe('Later');
  });

  it('touches no storage while rendering on the server', () => {
    const { adapter, get, set } = spyOn(createMemoryAdapter());
    function Form() {
      const draft = useDraft({ adapter, draftId: 'plan-1', plan: basePlan });
      return <p>{draft.status}</p>;
    }
    expect(renderToString(<Form />)).toContain('idle');
    expect(get).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
  });
});

describe('given storage that fails', () => {
  beforeEach(() => vi.stubGlobal('BroadcastChannel', undefined));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the error and keeps the plan, saving it once storage works again', async () => {
    const { adapter, set } = spyOn(createMemoryAdapter());
    const { result } = renderHook(() => useDraft({ adapter, draftId: 'plan-1' }));
    await settle();
    set.mockRejectedValueOnce(new DOMException('Full', 'QuotaExceededError'));
    act(() => result.current.save(named('Sam')));
    await act(async () => result.current.flush());
    expect(result.current.status).toBe('error');
    expect(result.current.error).toBeInstanceOf(DraftStorageError);
    expect(result.current.error?.code).toBe('quota');
    expect(await adapter.get('plan-1')).toBeUndefined();

    // Nothing new typed: the next flush still writes what was on the page.
    await act(async () => result.current.flush());
    expect(result.current.status).toBe('saved');
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('Sam');
  });
});

describe('given two tabs editing one draft', () => {
  afterEach(() => vi.unstubAllGlobals());

  async function twoTabs(options: { broadcast: boolean }) {
    if (!options.broadcast) vi.stubGlobal('BroadcastChannel', undefined);
    const adapter = createMemoryAdapter();
    await adapter.set({
      id: 'plan-1',
      plan: named('Start'),
      revision: 1,
      savedAt: '2026-03-01T09:00:00.000Z',
      savedBy: 'earlier',
    });
    const onRestoreB = vi.fn();
    const onConflictB = vi.fn();
    const a = renderHook(() => useDraft({ adapter, draftId: 'plan-1' }));
    const b = renderHook(() =>
      useDraft({
        adapter,
        draftId: 'plan-1',
        onRestore: onRestoreB,
        onConflict: onConflictB,
        createDraftId: () => 'plan-1-copy',
      }),
    );
    await waitFor(() => expect(a.result.current.status).toBe('saved'));
    await waitFor(() => expect(b.result.current.status).toBe('saved'));
    onRestoreB.mockClear();
    return { adapter, a, b, onRestoreB, onConflictB };
  }

  it('finds the conflict when writing, and never overwrites the other tab', async () => {
    const { adapter, a, b, onConflictB } = await twoTabs({ broadcast: false });
    act(() => a.result.current.save(named('From A')));
    await act(async () => a.result.current.flush());
    act(() => b.result.current.save(named('From B')));
    await act(async () => b.result.current.flush());

    expect(b.result.current.status).toBe('conflict');
    expect(onConflictB).toHaveBeenCalledTimes(1);
    expect(b.result.current.conflict?.mine.person.preferredName).toBe('From B');
    expect(b.result.current.conflict?.theirs.plan.person.preferredName).toBe('From A');
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('From A');

    // Autosave stays off until the user chooses.
    act(() => b.result.current.save(named('From B, more')));
    await act(async () => b.result.current.flush());
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('From A');
    expect(b.result.current.conflict?.mine.person.preferredName).toBe('From B, more');
  });

  it('hears the other tab save through BroadcastChannel before writing anything', async () => {
    const { a, b, onConflictB } = await twoTabs({ broadcast: true });
    act(() => a.result.current.save(named('From A')));
    await act(async () => a.result.current.flush());
    await waitFor(() => expect(b.result.current.status).toBe('conflict'));
    expect(onConflictB).toHaveBeenCalledTimes(1);
    expect(b.result.current.conflict?.theirs.plan.person.preferredName).toBe('From A');
    expect(a.result.current.status).toBe('saved');
  });

  it('keeps both: ours is saved as a new draft and theirs is left alone', async () => {
    const { adapter, a, b } = await twoTabs({ broadcast: false });
    act(() => a.result.current.save(named('From A')));
    await act(async () => a.result.current.flush());
    act(() => b.result.current.save(named('From B')));
    await act(async () => b.result.current.flush());

    let newId = '';
    await act(async () => {
      newId = await b.result.current.resolveConflict('keep-both');
    });
    expect(newId).toBe('plan-1-copy');
    expect(b.result.current.draftId).toBe('plan-1-copy');
    expect(b.result.current.status).toBe('saved');
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('From A');
    expect((await adapter.get('plan-1-copy'))?.plan.person.preferredName).toBe('From B');
    expect(await adapter.list()).toHaveLength(2);

    // Further typing in this tab goes to the copy.
    act(() => b.result.current.save(named('From B again')));
    await act(async () => b.result.current.flush());
    expect((await adapter.get('plan-1-copy'))?.plan.person.preferredName).toBe('From B again');
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('From A');
  });

  it('keeps mine: ours replaces theirs, on purpose', async () => {
    const { adapter, a, b } = await twoTabs({ broadcast: false });
    act(() => a.result.current.save(named('From A')));
    await act(async () => a.result.current.flush());
    act(() => b.result.current.save(named('From B')));
    await act(async () => b.result.current.flush());
    await act(async () => {
      await b.result.current.resolveConflict('keep-mine');
    });
    expect(b.result.current.status).toBe('saved');
    const stored = await adapter.get('plan-1');
    expect(stored?.plan.person.preferredName).toBe('From B');
    expect(stored?.revision).toBe(3);

    // Tab A now finds B's write when it next saves.
    act(() => a.result.current.save(named('From A again')));
    await act(async () => a.result.current.flush());
    expect(a.result.current.status).toBe('conflict');
  });

  it('takes theirs: the other version is shown here and nothing is written', async () => {
    const { adapter, a, b, onRestoreB } = await twoTabs({ broadcast: false });
    act(() => a.result.current.save(named('From A')));
    await act(async () => a.result.current.flush());
    act(() => b.result.current.save(named('From B')));
    await act(async () => b.result.current.flush());
    const set = vi.spyOn(adapter, 'set');
    await act(async () => {
      await b.result.current.resolveConflict('take-theirs');
    });
    expect(onRestoreB).toHaveBeenCalledTimes(1);
    expect((onRestoreB.mock.calls[0]?.[0] as Plan).person.preferredName).toBe('From A');
    expect(b.result.current.status).toBe('saved');
    expect(b.result.current.conflict).toBeUndefined();
    expect(set).not.toHaveBeenCalled();

    // And B builds on A's version from now on, without a new conflict.
    act(() => b.result.current.save(named('From B, after A')));
    await act(async () => b.result.current.flush());
    expect(b.result.current.status).toBe('saved');
    expect((await adapter.get('plan-1'))?.revision).toBe(3);
  });
});

describe('given a page closed before its last save finished', () => {
  beforeEach(() => {
    vi.stubGlobal('BroadcastChannel', undefined);
    localStorage.clear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  /** A synchronous journal in memory, as localStorage would be. */
  function memoryJournal(): DraftJournal & { items: Map<string, string> } {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    };
  }

  /** The same stored drafts, but every write hangs, as an IndexedDB write during unload does. */
  function dropsWrites(adapter: StorageAdapter): StorageAdapter {
    return { ...adapter, set: () => new Promise<void>(() => {}) };
  }

  const stored = {
    id: 'plan-1',
    plan: named('Sam'),
    revision: 3,
    savedAt: '2026-03-01T10:00:00.000Z',
    savedBy: 'old-tab',
  };

  /** Opens the draft, types a name, closes the page; the close's save never lands. */
  async function typeAndClose(
    adapter: StorageAdapter,
    journal: DraftJournal | null | undefined,
    name: string,
  ) {
    const hanging = dropsWrites(adapter);
    const closing = renderHook(() =>
      useDraft({ adapter: hanging, draftId: 'plan-1', delayMs: 10_000, maxWaitMs: 10_000, journal }),
    );
    await waitFor(() => expect(closing.result.current.status).not.toBe('idle'));
    act(() => closing.result.current.save(named(name)));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    closing.unmount();
  }

  it('shows the unsaved copy on the next open and saves it, then removes the copy', async () => {
    const adapter = createMemoryAdapter();
    await adapter.set(stored);
    const journal = memoryJournal();
    await typeAndClose(adapter, journal, 'Samira');
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('Sam');
    expect(journal.items.size).toBe(1);

    const onRestore = vi.fn();
    const { result } = renderHook(() =>
      useDraft({ adapter, draftId: 'plan-1', onRestore, delayMs: 5, maxWaitMs: 10, journal }),
    );
    await waitFor(() => expect(onRestore).toHaveBeenCalledTimes(1));
    expect((onRestore.mock.calls[0]?.[0] as Plan).person.preferredName).toBe('Samira');
    await waitFor(async () => expect((await adapter.get('plan-1'))?.revision).toBe(4));
    expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('Samira');
    await waitFor(() => expect(result.current.status).toBe('saved'));
    expect(journal.items.size).toBe(0);
  });

  it('never applies the copy over a newer stored revision', async () => {
    const adapter = createMemoryAdapter();
    await adapter.set(stored);
    const journal = memoryJournal();
    await typeAndClose(adapter, journal, 'Samira');
    // The close's save landed after all, or another tab saved: storage moved on.
    await adapter.set({
      ...stored,
      plan: named('From another tab'),
      revision: 4,
      savedAt: '2026-03-01T10:05:00.000Z',
    });

    const onRestore = vi.fn();
    renderHook(() => useDraft({ adapter, draftId: 'plan-1', onRestore, journal }));
    await waitFor(() => expect(onRestore).toHaveBeenCalledTimes(1));
    expect((onRestore.mock.calls[0]?.[0] as Plan).person.preferredName).toBe('From another tab');
    expect(journal.items.size).toBe(0);
  });

  it('ignores a copy made on another version with the same revision number', async () => {
    const adapter = createMemoryAdapter();
    await adapter.set(stored);
    const journal = memoryJournal();
    await typeAndClose(adapter, journal, 'Samira');
    await adapter.set({ ...stored, plan: named('Replaced'), savedAt: '2026-03-01T10:07:00.000Z' });

    const onRestore = vi.fn();
    renderHook(() => useDraft({ adapter, draftId: 'plan-1', onRestore, journal }));
    await waitFor(() => expect(onRestore).toHaveBeenCalledTimes(1));
    expect((onRestore.mock.calls[0]?.[0] as Plan).person.preferredName).toBe('Replaced');
  });

  it('keeps the copy of a draft never stored, and restores it', async () => {
    const adapter = createMemoryAdapter();
    const journal = memoryJournal();
    const hanging = dropsWrites(adapter);
    const closing = renderHook(() =>
      useDraft({ adapter: hanging, draftId: 'plan-1', delayMs: 10_000, journal }),
    );
    await settle();
    act(() => closing.result.current.save(named('New person')));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    closing.unmount();

    const onRestore = vi.fn();
    renderHook(() => useDraft({ adapter, draftId: 'plan-1', onRestore, delayMs: 5, journal }));
    await waitFor(() => expect(onRestore).toHaveBeenCalledTimes(1));
    expect((onRestore.mock.calls[0]?.[0] as Plan).person.preferredName).toBe('New person');
    await waitFor(async () =>
      expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('New person'),
    );
  });

  it('writes no copy when everything is already stored, and removes a copy once its save lands', async () => {
    const adapter = createMemoryAdapter();
    await adapter.set(stored);
    const journal = memoryJournal();
    const { result } = renderHook(() => useDraft({ adapter, draftId: 'plan-1', delayMs: 10_000, journal }));
    await waitFor(() => expect(result.current.status).toBe('saved'));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(journal.items.size).toBe(0);

    act(() => result.current.save(named('Samira')));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(journal.items.size).toBe(1);
    await waitFor(async () => expect((await adapter.get('plan-1'))?.revision).toBe(4));
    visibility.mockRestore();
    expect(journal.items.size).toBe(0);
  });

  it('uses localStorage by default, and keeps no copy when the journal is null', async () => {
    const adapter = createMemoryAdapter();
    await adapter.set(stored);
    await typeAndClose(adapter, null, 'Not kept');
    expect(localStorage.length).toBe(0);
    await typeAndClose(adapter, undefined, 'Kept');
    expect(localStorage.length).toBe(1);

    const onRestore = vi.fn();
    renderHook(() => useDraft({ adapter, draftId: 'plan-1', onRestore }));
    await waitFor(() => expect(onRestore).toHaveBeenCalledTimes(1));
    expect((onRestore.mock.calls[0]?.[0] as Plan).person.preferredName).toBe('Kept');
  });

  it('opens the stored draft when the copy is damaged, and removes it', async () => {
    const adapter = createMemoryAdapter();
    await adapter.set(stored);
    const journal = memoryJournal();
    journal.setItem('wholepicture:draft-journal:plan-1', '{"plan": nope');
    const onRestore = vi.fn();
    renderHook(() => useDraft({ adapter, draftId: 'plan-1', onRestore, journal }));
    await waitFor(() => expect(onRestore).toHaveBeenCalledTimes(1));
    expect((onRestore.mock.calls[0]?.[0] as Plan).person.preferredName).toBe('Sam');
    expect(journal.items.size).toBe(0);
  });

  it('keeps saving to storage when the journal refuses the copy (no room)', async () => {
    const adapter = createMemoryAdapter();
    await adapter.set(stored);
    const journal: DraftJournal = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('Full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const { result } = renderHook(() => useDraft({ adapter, draftId: 'plan-1', delayMs: 10_000, journal }));
    await waitFor(() => expect(result.current.status).toBe('saved'));
    act(() => result.current.save(named('Samira')));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await waitFor(async () =>
      expect((await adapter.get('plan-1'))?.plan.person.preferredName).toBe('Samira'),
    );
  });
});
