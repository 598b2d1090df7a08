import { createId } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { DraftStorageError } from './DraftStorageError.js';
import { browserJournal, openDraftJournal } from './openDraftJournal.js';
import type { DraftJournal, DraftJournalSlots } from './openDraftJournal.js';
import type { DraftRecord, StorageAdapter } from './StorageAdapter.js';

/** Where saving stands, for `<DraftStatus>`. */
export type DraftSaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

/** The user's choice when two tabs changed one draft. */
export type DraftConflictChoice = 'keep-mine' | 'take-theirs' | 'keep-both';

/** Two versions of one draft: ours (on this page) and theirs (saved by another tab or window). */
export interface DraftConflict {
  /** The draft both versions belong to. */
  draftId: string;
  /** The plan on this page, not yet saved. */
  mine: Plan;
  /** The record the other tab or window saved. */
  theirs: DraftRecord;
}

/** A snapshot of a draft session's state; a new object whenever anything changes. */
export interface DraftSessionState {
  status: DraftSaveStatus;
  /** When this draft was last saved (by us, or when restored), as an ISO 8601 date-time. */
  lastSavedAt: string | undefined;
  /** The last storage failure, while `status` is `error`. */
  error: DraftStorageError | undefined;
  /** The conflict waiting for the user's choice, while `status` is `conflict`. */
  conflict: DraftConflict | undefined;
  /** The draft being saved to: the given id, or a new one after "keep both". */
  draftId: string;
}

/** Options for a {@link DraftSession}. */
export interface DraftSessionOptions {
  adapter: StorageAdapter;
  draftId: string;
  /** The plan on the page when the session starts. */
  plan: Plan | undefined;
  /** Quiet time after the last change before saving. */
  delayMs: number;
  /** The longest a change waits while typing goes on. */
  maxWaitMs: number;
  /** This tab's id, written as `savedBy`. */
  sessionId: string;
  /**
   * Where a copy of unsaved changes is written, synchronously, when the page is hidden or
   * closed. `undefined`: the browser's localStorage where there is one; `null`: no copy.
   */
  journal?: DraftJournal | null | undefined;
}

/** What a {@link DraftSession} tells its owner, replaceable at any time (see `setHandlers`). */
export interface DraftSessionHandlers {
  /** Called with a stored plan the page should show: on restore, and on "take theirs". */
  onRestore?: (plan: Plan, record: DraftRecord) => void;
  /** Called when a conflict is found. */
  onConflict?: (conflict: DraftConflict) => void;
  /** Makes a new draft id for "keep both". @default a random `draft-…` id */
  createDraftId?: () => string;
}

/** The BroadcastChannel all Whole Picture draft sessions talk on. */
export const draftChannelName = 'wholepicture-drafts';

interface SavedMessage {
  type: 'saved';
  draftId: string;
  revision: number;
  savedBy: string;
}

function isSavedMessage(data: unknown): data is SavedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message['type'] === 'saved' &&
    typeof message['draftId'] === 'string' &&
    typeof message['revision'] === 'number' &&
    typeof message['savedBy'] === 'string'
  );
}

/**
 * The framework-free engine behind `useDraft`: debounced saving with compare-and-set on the
 * stored revision, flushing when the page is hidden, restoring, and two-tab conflict
 * detection through BroadcastChannel. It touches no browser API until `start()`.
 */
export class DraftSession {
  private readonly options: DraftSessionOptions;
  private state: DraftSessionState;
  private readonly listeners = new Set<() => void>();
  /** The newest plan on the page: never dropped, whatever storage does. */
  private latest: Plan | undefined;
  /** True when `latest` has changes not yet stored. */
  private dirty = false;
  /** The stored revision we last read or wrote; another value in storage means another tab wrote. */
  private baseRevision = 0;
  /** The `savedAt` of that revision. */
  private baseSavedAt: string | undefined;
  /** The plan storage last confirmed (read or written); `latest` differs while a change is unsaved. */
  private storedPlan: Plan | undefined;
  private journal: DraftJournalSlots | undefined;
  /** The draft whose journal entry this session wrote or adopted, until a save makes it stale. */
  private journalDraftId: string | undefined;
  private journalChecked = false;
  /** True while a write is under way: its plan is not stored until it finishes. */
  private writing = false;
  private loaded: Promise<void> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt: number | undefined;
  private channel: BroadcastChannel | undefined;
  private cleanups: (() => void)[] = [];
  private started = false;
  private handlers: DraftSessionHandlers = {};

  constructor(options: DraftSessionOptions) {
    this.options = options;
    this.latest = options.plan;
    this.state = {
      status: 'idle',
      lastSavedAt: undefined,
      error: undefined,
      conflict: undefined,
      draftId: options.draftId,
    };
  }

  /** Replaces the callbacks (the hook passes the newest ones after each render). */
  setHandlers(handlers: DraftSessionHandlers): void {
    this.handlers = handlers;
  }

  /** Subscribes to state changes (for `useSyncExternalStore`). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current state. */
  readonly getSnapshot = (): DraftSessionState => this.state;

  private update(change: Partial<DraftSessionState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  /** Starts listening to the page and other tabs, and restores the stored draft. */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (this.options.journal !== null) {
      const store = this.options.journal ?? browserJournal();
      this.journal = store ? openDraftJournal(store) : undefined;
    }
    // Chromium drops an IndexedDB write started while the page unloads, so a synchronous copy
    // goes to the journal first; the next open applies it if nothing newer was stored.
    const onHidden = () => {
      if (document.visibilityState !== 'hidden') return;
      this.keepJournal();
      void this.flush();
    };
    const onPageHide = () => {
      this.keepJournal();
      void this.flush();
    };
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', onHidden);
      this.cleanups.push(() => document.removeEventListener('visibilitychange', onHidden));
    }
    if (typeof window !== 'undefined') {
      window.addEventListener('pagehide', onPageHide);
      this.cleanups.push(() => window.removeEventListener('pagehide', onPageHide));
    }
    if (typeof BroadcastChannel !== 'undefined') {
      const channel = new BroadcastChannel(draftChannelName);
      channel.onmessage = (event: MessageEvent<unknown>) => {
        if (isSavedMessage(event.data)) void this.onOtherTabSaved(event.data);
      };
      this.channel = channel;
      this.cleanups.push(() => channel.close());
    }
    this.loaded ??= this.restore().then(
      () => undefined,
      () => undefined,
    );
  }

  /** Stops listening. Unsaved changes are written first, so unmounting loses nothing. */
  stop(): void {
    if (!this.started) return;
    this.started = false;
    void this.flush();
    for (const cleanup of this.cleanups) cleanup();
    this.cleanups = [];
    this.channel = undefined;
  }

  /** Records the plan on the page and saves it soon: debounced, and never more than `maxWaitMs` behind. */
  save(plan: Plan): void {
    this.latest = plan;
    this.dirty = true;
    if (this.state.status === 'conflict') {
      // Autosave stays off until the user chooses; keep the conflict's "mine" current.
      const conflict = this.state.conflict;
      if (conflict) this.update({ conflict: { ...conflict, mine: plan } });
      return;
    }
    const now = Date.now();
    this.firstPendingAt ??= now;
    const wait = Math.max(
      0,
      Math.min(this.options.delayMs, this.firstPendingAt + this.options.maxWaitMs - now),
    );
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, wait);
  }

  /** Saves `plan` unless it is the very plan we already hold (the one just restored or saved). */
  offer(plan: Plan): void {
    if (plan !== this.latest) this.save(plan);
  }

  /** Saves any pending change now; resolves when stored (or when it failed, shown in the state). */
  flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.firstPendingAt = undefined;
    return this.enqueue(() => this.write());
  }

  /**
   * Reads the stored draft, adopts it as the version we build on, and passes its plan to
   * `onRestore`. Resolves with the plan, or `undefined` when nothing is stored.
   */
  async restore(): Promise<Plan | undefined> {
    return this.enqueue(async () => {
      const id = this.state.draftId;
      let record: DraftRecord | undefined;
      try {
        record = await this.options.adapter.get(id);
      } catch (error) {
        this.update({ status: 'error', error: DraftStorageError.from(error, 'useDraft') });
        throw error;
      }
      if (record && this.dirty && record.savedBy !== this.options.sessionId && this.latest) {
        // Someone typed before the stored draft arrived: both versions are real work.
        this.enterConflict(this.latest, record);
        return undefined;
      }
      const unsaved = this.takeJournal(id, record);
      if (unsaved) return unsaved;
      if (!record) return undefined;
      this.baseRevision = record.revision;
      this.baseSavedAt = record.savedAt;
      this.storedPlan = record.plan;
      this.dirty = false;
      this.latest = record.plan;
      this.update({ status: 'saved', lastSavedAt: record.savedAt, error: undefined });
      this.handlers.onRestore?.(record.plan, record);
      return record.plan;
    });
  }

  /**
   * On the first restore only: the journal's copy for this draft, applied (shown, and saved
   * soon) when it was made on top of exactly the stored revision and differs from it. Anything
   * stored since (the unload's save finished, another tab saved) is newer, and wins.
   */
  private takeJournal(id: string, record: DraftRecord | undefined): Plan | undefined {
    if (this.journalChecked || !this.journal) return undefined;
    this.journalChecked = true;
    const entry = this.journal.read(id);
    if (!entry) return undefined;
    const onTop = entry.baseRevision === (record?.revision ?? 0) && entry.baseSavedAt === record?.savedAt;
    if (this.dirty || !onTop || (record && JSON.stringify(record.plan) === JSON.stringify(entry.plan))) {
      if (!this.dirty) this.journal.remove(id);
      return undefined;
    }
    this.baseRevision = record?.revision ?? 0;
    this.baseSavedAt = record?.savedAt;
    this.storedPlan = record?.plan;
    this.latest = entry.plan;
    // Kept until a save stores the copy: closing again before then must not lose it.
    this.journalDraftId = id;
    this.update({ status: record ? 'saved' : 'idle', lastSavedAt: record?.savedAt, error: undefined });
    this.handlers.onRestore?.(
      entry.plan,
      record ?? { id, plan: entry.plan, revision: 0, savedAt: entry.writtenAt, savedBy: entry.writtenBy },
    );
    this.save(entry.plan);
    return entry.plan;
  }

  /** Writes the plan on the page to the journal when storage has not confirmed it. */
  private keepJournal(): void {
    const plan = this.latest;
    if (!this.journal || !plan || plan === this.storedPlan || !(this.dirty || this.writing)) return;
    const draftId = this.state.draftId;
    const written = this.journal.write(draftId, {
      plan,
      baseRevision: this.baseRevision,
      baseSavedAt: this.baseSavedAt,
      writtenBy: this.options.sessionId,
      writtenAt: new Date().toISOString(),
    });
    if (written) this.journalDraftId = draftId;
  }

  /** After a save: the journal entry is stale, unless newer changes are still unsaved while hidden. */
  private settleJournal(): void {
    const draftId = this.journalDraftId;
    if (!this.journal || draftId === undefined) return;
    this.journalDraftId = undefined;
    this.journal.remove(draftId);
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    if (hidden) this.keepJournal();
  }

  /** Settles a conflict as the user chose. Resolves with the draft id now being edited. */
  async resolveConflict(choice: DraftConflictChoice): Promise<string> {
    const conflict = this.state.conflict;
    if (!conflict) return this.state.draftId;
    return this.enqueue(async () => {
      const { mine, theirs } = conflict;
      if (choice === 'take-theirs') {
        this.baseRevision = theirs.revision;
        this.baseSavedAt = theirs.savedAt;
        this.storedPlan = theirs.plan;
        this.latest = theirs.plan;
        this.dirty = false;
        this.update({ status: 'saved', conflict: undefined, error: undefined, lastSavedAt: theirs.savedAt });
        this.handlers.onRestore?.(theirs.plan, theirs);
        return this.state.draftId;
      }
      if (choice === 'keep-both') {
        // Ours moves to a new draft; theirs stays where it is, untouched.
        this.baseRevision = 0;
        this.baseSavedAt = undefined;
        this.storedPlan = undefined;
        this.update({ draftId: this.handlers.createDraftId?.() ?? createId('draft') });
      } else {
        this.baseRevision = theirs.revision;
        this.baseSavedAt = theirs.savedAt;
        this.storedPlan = theirs.plan;
      }
      this.latest = mine;
      this.dirty = true;
      this.update({ status: 'saving', conflict: undefined });
      await this.write();
      return this.state.draftId;
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async write(): Promise<void> {
    if (!this.dirty || !this.latest || this.state.status === 'conflict') return;
    const plan = this.latest;
    const draftId = this.state.draftId;
    const { adapter, sessionId } = this.options;
    this.dirty = false;
    this.writing = true;
    this.update({ status: 'saving' });
    try {
      const stored = await adapter.get(draftId);
      if (stored && stored.revision !== this.baseRevision && stored.savedBy !== sessionId) {
        this.dirty = true;
        this.enterConflict(this.latest, stored);
        return;
      }
      const record: DraftRecord = {
        id: draftId,
        plan,
        revision: (stored?.revision ?? 0) + 1,
        savedAt: new Date().toISOString(),
        savedBy: sessionId,
      };
      await adapter.set(record);
      this.baseRevision = record.revision;
      this.baseSavedAt = record.savedAt;
      this.storedPlan = plan;
      this.settleJournal();
      this.channel?.postMessage({
        type: 'saved',
        draftId,
        revision: record.revision,
        savedBy: sessionId,
      } satisfies SavedMessage);
      this.update({ status: 'saved', lastSavedAt: record.savedAt, error: undefined });
    } catch (error) {
      // The plan stays in memory and is written on the next save or flush.
      this.dirty = true;
      this.update({ status: 'error', error: DraftStorageError.from(error, 'useDraft') });
    } finally {
      this.writing = false;
    }
  }

  private async onOtherTabSaved(message: SavedMessage): Promise<void> {
    if (
      message.draftId !== this.state.draftId ||
      message.savedBy === this.options.sessionId ||
      this.state.status === 'conflict'
    ) {
      return;
    }
    await this.enqueue(async () => {
      if (this.state.status === 'conflict' || message.draftId !== this.state.draftId) return;
      let stored: DraftRecord | undefined;
      try {
        stored = await this.options.adapter.get(message.draftId);
      } catch (error) {
        this.update({ status: 'error', error: DraftStorageError.from(error, 'useDraft') });
        return;
      }
      // The message may come from a tab using other storage; only our storage's word counts.
      if (!stored || stored.revision === this.baseRevision || stored.savedBy === this.options.sessionId)
        return;
      const mine = this.latest ?? stored.plan;
      this.enterConflict(mine, stored);
    });
  }

  private enterConflict(mine: Plan, theirs: DraftRecord): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.firstPendingAt = undefined;
    const conflict: DraftConflict = { draftId: this.state.draftId, mine, theirs };
    this.update({ status: 'conflict', conflict });
    this.handlers.onConflict?.(conflict);
  }
}

/** A random id for this tab's session, written as `savedBy`. */
export function createSessionId(): string {
  return createId('tab');
}
