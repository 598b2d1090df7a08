import { useCallback } from 'react';
import { getBy, useStore } from '@tanstack/react-form';
import type { PlanFormApi } from '../usePlanFormApi.js';

type SetFieldValue = (
  path: string,
  value: unknown,
  options: { dontUpdateMeta: boolean; dontValidate: boolean },
) => void;

/**
 * The value at one plan path and a setter, read straight from the form's store: the component
 * re-renders when this value changes and for no other field.
 */
export function useFieldValue<T>(form: PlanFormApi, path: string): [T, (value: T) => void] {
  // A selector, not a TanStack field: validation is core's (on continue and submit), and
  // TanStack's touched/dirty meta is not used. Each mounted field made TanStack recompute the
  // meta of every field, so a 300-question page spent most of its first render on that.
  const value = useStore(form.store, (state) => getBy(state.values, path) as T);
  // Skipping meta and validation keeps each keystroke's cost flat as the form grows.
  const set = useCallback(
    (next: T) =>
      (form.setFieldValue as unknown as SetFieldValue)(path, next, {
        dontUpdateMeta: true,
        dontValidate: true,
      }),
    [form, path],
  );
  return [value, set];
}
