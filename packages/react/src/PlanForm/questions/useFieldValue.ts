import { useCallback, useSyncExternalStore } from 'react';
import type { PlanFormApi } from '../usePlanFormApi.js';
import { fieldValueHub } from './fieldValueHub.js';

/**
 * The value at one plan path and a setter, read straight from the form's store: the component
 * re-renders when this value changes and for no other field.
 */
export function useFieldValue<T>(form: PlanFormApi, path: string): [T, (value: T) => void] {
  // Not a TanStack field: validation is core's (on continue and submit), and TanStack's
  // touched/dirty meta is not used. Each mounted field made TanStack recompute the meta of
  // every field, so a 300-question page spent most of its first render on that. The hub
  // subscribes once per form and wakes only the fields a write touches.
  const hub = fieldValueHub(form);
  const subscribe = useCallback((listener: () => void) => hub.subscribe(path, listener), [hub, path]);
  const read = useCallback(() => hub.read(path) as T, [hub, path]);
  const value = useSyncExternalStore(subscribe, read, read);
  const set = useCallback((next: T) => hub.write(path, next), [hub, path]);
  return [value, set];
}
