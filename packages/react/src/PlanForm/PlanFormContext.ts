import { createContext, useContext } from 'react';
import type { FormDefinition } from '@wholepicture/core';
import type { FormError, FormErrorStore } from './formErrors.js';
import type { UnfinishedAnswer } from './unfinishedAnswers.js';
import type { PlanFormApi } from './usePlanFormApi.js';

/** A check of typed input that cannot be kept in the plan yet (a half-written date). */
export type PendingCheck = () => FormError | undefined;

/**
 * What the question components share. Created once per form and never changed while typing,
 * so no question re-renders because another one changed.
 */
export interface PlanFormContextValue {
  form: PlanFormApi;
  definition: FormDefinition;
  errors: FormErrorStore;
  /** Path → id of the control the error summary links to. */
  targets: Map<string, string>;
  /** Path → check of typed input not yet in the plan. */
  pending: Map<string, PendingCheck>;
  /** Path → what was typed into date and number boxes, kept across page changes. */
  raw: Map<string, unknown>;
  /**
   * Keeps what was typed at `path` with the plan (`extensions['x-unfinished']`) while it makes
   * no answer yet, so drafts save it; `undefined` once it does, or is emptied.
   */
  keepUnfinished: (path: string, typed: UnfinishedAnswer | undefined) => void;
  /** Forgets the unfinished answers inside a list's items (after a remove or a move). */
  forgetUnfinishedUnder: (listPath: string) => void;
  /** Show easy-read wording and pictures. */
  easyRead: boolean;
  /** The easy-read wording has loaded (it loads when easy-read mode is first on). */
  easyReadWords: boolean;
}

/** The nearest plan form's shared parts. */
export const PlanFormContext = createContext<PlanFormContextValue | undefined>(undefined);

/** The nearest plan form's shared parts; throws a helpful error outside `<PlanForm>`. */
export function usePlanFormContext(component: string): PlanFormContextValue {
  const value = useContext(PlanFormContext);
  if (!value) {
    throw new Error(`${component} must be rendered inside <PlanForm> (or <PlanFormProvider>).`);
  }
  return value;
}
