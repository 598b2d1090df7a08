import { useId } from 'react';

/** The ids a GOV.UK-style field uses: the control, its hint and its error message. */
export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
}

/** Ids for a field, from `useId` unless the caller gives one. Never derived from user text. */
export function useFieldIds(id?: string): FieldIds {
  const generated = useId();
  const base = id ?? `wp${generated.replace(/[^A-Za-z0-9_-]/g, '')}`;
  return { id: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

/** Joins ids for `aria-describedby`: hint first, then error (GOV.UK order); `undefined` if none. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
