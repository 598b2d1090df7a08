import { useCallback } from 'react';
import { useField } from '@tanstack/react-form';
import type { PlanFormApi } from '../usePlanFormApi.js';

type SetFieldValue = (
  path: string,
  value: unknown,
  options: { dontUpdateMeta: boolean; dontValidate: boolean },
) => void;

/**
 * The value at one plan path and a setter, through a TanStack field: the component re-renders
 * when this value changes and for no other field.
 */
export function useFieldValue<T>(form: PlanFormApi, path: string): [T, (value: T) => void] {
  const field = useField({ form, name: path });
  // Validation is core's, on continue and submit; TanStack's touched/dirty meta is not used.
  // Skipping both keeps each keystroke's cost flat: with them, every change made TanStack
  // recompute meta for every touched field, which grew with the size of the form.
  const set = useCallback(
    (value: T) =>
      (form.setFieldValue as unknown as SetFieldValue)(path, value, { dontUpdateMeta: true, dontValidate: true }),
    [form, path],
  );
  return [field.state.value as T, set];
}
