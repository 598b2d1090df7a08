import { useEffect, useState } from 'react';
import type * as writingHelp from '@wholepicture/core/writing-help';

/** The writing-help checks, from core's `writing-help` subpath. */
export type WritingChecks = typeof writingHelp;

let loaded: WritingChecks | undefined;
let loading: Promise<WritingChecks> | undefined;

/**
 * Loads the writing-help checks once. They stay out of the form's first bundle: their word
 * lists and patterns are needed only once someone writes, and a form with hundreds of questions
 * should not build them before it shows.
 */
export function loadWritingChecks(): Promise<WritingChecks> {
  loading ??= import('@wholepicture/core/writing-help').then((checks) => (loaded = checks));
  return loading;
}

/**
 * The checks, or `undefined` while they load (or if they could not be loaded). Loading starts
 * once `wanted` is true, so a long form's empty fields start nothing while the form first shows.
 */
export function useWritingChecks(wanted = true): WritingChecks | undefined {
  const [checks, setChecks] = useState(loaded);
  useEffect(() => {
    if (checks || !wanted) return;
    let live = true;
    loadWritingChecks().then(
      (module) => {
        if (live) setChecks(module);
      },
      () => {
        // Writing help is a nicety: if its code cannot load (offline, a blocked chunk), the
        // form works as before, without suggestions. Let a later mount try again.
        loading = undefined;
      },
    );
    return () => {
      live = false;
    };
  }, [checks, wanted]);
  return checks ?? loaded;
}
