import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Plan } from '@wholepicture/core';
import { DraftSession, createSessionId } from './DraftSession.js';
import type { DraftConflict, DraftConflictChoice, DraftSaveStatus } from './DraftSession.js';
import type { DraftStorageError } from './DraftStorageError.js';
import type { DraftJournal } from './openDraftJournal.js';
import type { DraftRecord, StorageAdapter } from './StorageAdapter.js';

/** Options for {@link useDraft}. */
export interface UseDraftOptions {
  /** Where drafts are kept. Keep it stable (create it once, outside render). */
  adapter: StorageAdapter;
  /** The draft to save to and restore from, usually the plan's id. */
  draftId: string;
  /**
   * The plan on the page now. When it changes (a new object), it is saved as `save(plan)`
   * would; the plan handed to `onRestore` is recognised and not saved back.
   */
  plan?: Plan;
  /** Called with a stored plan the form should show: the restored draft, or the other tab's version. */
  onRestore?: (plan: Plan, record: DraftRecord) => void;
  /** Called when another tab or window changed this draft; autosave stops until `resolveConflict`. */
  onConflict?: (conflict: DraftConflict) => void;
  /** Quiet time after the last change before saving, in milliseconds. @default 500 */
  delayMs?: number;
  /** The longest a change waits to be saved while typing goes on, in milliseconds. @default 1000 */
  maxWaitMs?: number;
  /** Makes the new draft id for "keep both". @default a random `draft-…` id */
  createDraftId?: () => string;
  /**
   * A synchronous store (Storage-like) for a copy of unsaved changes, written when the page is
   * hidden or closed: browsers may drop an IndexedDB write started while a page unloads. On
   * the next open the copy is shown (and saved) only if nothing newer was stored; it is removed
   * once a save succeeds. Pass `null` to keep no copy. Keep it stable.
   * @default the browser's `localStorage`, where there is one
   */
  journal?: DraftJournal | null;
}

/** What {@link useDraft} returns. */
export interface UseDraftResult {
  /** Where saving stands. */
  status: DraftSaveStatus;
  /** When the draft was last saved, as an ISO 8601 date-time. */
  lastSavedAt: string | undefined;
  /** The storage failure behind an `error` status. */
  error: DraftStorageError | undefined;
  /** Saves the plan soon (debounced, at most about a second behind). Call it as the user types. */
  save: (plan: Plan) => void;
  /** Saves any pending change now. */
  flush: () => Promise<void>;
  /** Reads the stored draft again and passes it to `onRestore`; resolves with its plan. */
  restore: () => Promise<Plan | undefined>;
  /** Both versions, while another tab's change waits for the user's choice. */
  conflict: DraftConflict | undefined;
  /** Settles the conflict; resolves with the draft id now being edited (new after "keep-both"). */
  resolveConflict: (choice: DraftConflictChoice) => Promise<string>;
  /** The draft id being saved to: `draftId`, or the copy's id after "keep-both". */
  draftId: string;
}

/**
 * Saves a plan as the user types, restores it on load, writes it when the page is hidden or
 * closed, and never silently overwrites a change made in another tab or window: it stops and
 * hands both versions to the user. Safe in server rendering: storage is touched only in effects.
 */
export function useDraft(options: UseDraftOptions): UseDraftResult {
  const { adapter, draftId, plan } = options;
  const sessionId = useMemo(() => createSessionId(), []);

  const session = useMemo(
    () =>
      new DraftSession({
        adapter,
        draftId,
        plan,
        delayMs: options.delayMs ?? 500,
        maxWaitMs: options.maxWaitMs ?? 1000,
        sessionId,
        journal: options.journal,
      }),
    // A new session only for new storage or a new draft: the plan and timings at that moment
    // are its starting point, and later plans arrive through `offer`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [adapter, draftId, sessionId],
  );

  const { onRestore, onConflict, createDraftId } = options;
  // Before `start`, so the restore it begins reaches this render's callbacks.
  useEffect(() => {
    session.setHandlers({ onRestore, onConflict, createDraftId });
  }, [session, onRestore, onConflict, createDraftId]);

  useEffect(() => {
    session.start();
    return () => session.stop();
  }, [session]);

  useEffect(() => {
    if (plan) session.offer(plan);
  }, [session, plan]);

  const state = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);

  return useMemo(
    () => ({
      status: state.status,
      lastSavedAt: state.lastSavedAt,
      error: state.error,
      conflict: state.conflict,
      draftId: state.draftId,
      save: (plan: Plan) => session.save(plan),
      flush: () => session.flush(),
      restore: () => session.restore(),
      resolveConflict: (choice: DraftConflictChoice) => session.resolveConflict(choice),
    }),
    [state, session],
  );
}
