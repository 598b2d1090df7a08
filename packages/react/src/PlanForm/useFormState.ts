import { useCallback, useSyncExternalStore } from 'react';
import type { PlanFormApi } from './usePlanFormApi.js';

/** The form's state: values and TanStack's meta. */
export type PlanFormState = PlanFormApi['store']['state'];

/**
 * A value selected from the form's state; the component re-renders when it changes (`Object.is`).
 * Selectors return primitives or objects taken from the state as they are, so an unchanged
 * state gives the same value. Ours rather than TanStack's `useStore`, which brings a
 * use-sync-external-store shim that React 18 and later do not need.
 */
export function useFormState<T>(form: PlanFormApi, selector: (state: PlanFormState) => T): T {
  const store = form.store;
  const subscribe = useCallback(
    (listener: () => void) => {
      const subscription = store.subscribe(() => listener());
      return () => subscription.unsubscribe();
    },
    [store],
  );
  const read = () => selector(store.state);
  return useSyncExternalStore(subscribe, read, read);
}
