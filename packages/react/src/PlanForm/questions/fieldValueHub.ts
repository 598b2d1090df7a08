import { getBy } from '@tanstack/react-form';
import { isWithin } from '../formErrors.js';
import type { PlanFormApi } from '../usePlanFormApi.js';

type SetFieldValue = (
  path: string,
  value: unknown,
  options: { dontUpdateMeta: boolean; dontValidate: boolean },
) => void;

/**
 * One subscription to a form's store, fanned out by plan path. A write made through
 * {@link FieldValueHub.write} wakes only the fields at, inside or around its path, so a
 * keystroke costs the same on a page of 300 questions as on a page of one.
 */
export class FieldValueHub {
  private readonly listeners = new Map<string, Set<() => void>>();
  private unsubscribe: (() => void) | undefined;
  private last: unknown;
  /** The path being written by `write`, while TanStack notifies synchronously. */
  private writing: string | undefined;

  constructor(private readonly form: PlanFormApi) {
    this.last = form.state.values;
  }

  /** The value at a plan path now. */
  read(path: string): unknown {
    return getBy(this.form.state.values, path);
  }

  /** Calls `listener` when the value at `path` may have changed; returns the unsubscribe. */
  subscribe(path: string, listener: () => void): () => void {
    let set = this.listeners.get(path);
    if (!set) {
      set = new Set();
      this.listeners.set(path, set);
    }
    set.add(listener);
    if (!this.unsubscribe) {
      this.last = this.form.state.values;
      const subscription = this.form.store.subscribe(this.notify);
      this.unsubscribe = () => subscription.unsubscribe();
    }
    return () => {
      const current = this.listeners.get(path);
      current?.delete(listener);
      if (current?.size === 0) this.listeners.delete(path);
      if (this.listeners.size === 0) {
        this.unsubscribe?.();
        this.unsubscribe = undefined;
      }
    };
  }

  /** Sets the value at a plan path, without TanStack's meta or validation (core validates). */
  write(path: string, value: unknown): void {
    const outer = this.writing;
    this.writing = path;
    try {
      (this.form.setFieldValue as unknown as SetFieldValue)(path, value, {
        dontUpdateMeta: true,
        dontValidate: true,
      });
    } finally {
      this.writing = outer;
    }
  }

  private readonly notify = () => {
    const values = this.form.state.values;
    if (values === this.last) return;
    this.last = values;
    const written = this.writing;
    // Any other change (a reset, a list item added, a batch flushed later) wakes every field;
    // each then re-renders only if its own value changed.
    for (const [path, set] of [...this.listeners]) {
      if (written !== undefined && !isWithin(path, written) && !isWithin(written, path)) continue;
      for (const listener of [...set]) listener();
    }
  };
}

const hubs = new WeakMap<PlanFormApi, FieldValueHub>();

/** The value hub of a form, made on first use. */
export function fieldValueHub(form: PlanFormApi): FieldValueHub {
  let hub = hubs.get(form);
  if (!hub) {
    hub = new FieldValueHub(form);
    hubs.set(form, hub);
  }
  return hub;
}
