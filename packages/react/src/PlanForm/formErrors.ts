import type { PlanIssue, TranslateFn } from '@wholepicture/core';
import { formatIssue } from '@wholepicture/core';
import type { DatePart } from '../DateField/dateParts.js';

/**
 * One error the form shows: a plan issue from core's validation, or a problem with what was
 * typed that could not be kept in the plan (a half-written date, a number with letters).
 */
export interface FormError {
  /** The plan path, e.g. `needs[0].description.text` or `person.dateOfBirth`. */
  path: string;
  /** A validation issue from core; put into words with `formatIssue`. */
  issue?: PlanIssue;
  /** Or an i18n key and its parameters. */
  key?: string;
  params?: Record<string, string | number>;
  /** For dates: the boxes the error is about. */
  parts?: DatePart[];
}

/** The words of an error in the reader's language. */
export function formatFormError(error: FormError, t: TranslateFn): string {
  if (error.issue) return formatIssue(error.issue, t);
  if (error.key) return t(error.key, error.params);
  return '';
}

/** True when `path` is `base` or inside it (`base.x`, `base[0]`). */
export function isWithin(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`);
}

type Listener = () => void;

/**
 * The errors on show, outside React state, so each field subscribes to its own error only and
 * a failed submit re-renders only the fields that have (or had) an error.
 */
export class FormErrorStore {
  private errors: readonly FormError[] = [];
  private readonly listeners = new Set<Listener>();

  /** Every error on show, in page order. */
  getAll = (): readonly FormError[] => this.errors;

  /** Replaces the errors on show. */
  set(errors: readonly FormError[]): void {
    this.errors = errors;
    for (const listener of this.listeners) listener();
  }

  /**
   * The first error for a field: at exactly `path`, or (`exact` false) anywhere inside it,
   * so a required voiced text (`aboutMe.goodDay`) shows on its box (`aboutMe.goodDay.text`).
   */
  find(path: string, exact: boolean): FormError | undefined {
    return this.errors.find((error) => (exact ? error.path === path : isWithin(error.path, path)));
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
