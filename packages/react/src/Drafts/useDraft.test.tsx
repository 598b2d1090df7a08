import { act, renderHook, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { createPlan } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryAdapter } from './createMemoryAdapter.js';
import { DraftStorageError } from './DraftStorageError.js';
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
