import { useSyncExternalStore } from 'react';
import { parseRoute } from './parseRoute.js';
import type { Route } from './parseRoute.js';
import { requestHeadingFocus } from './pageFocus.js';

function subscribe(onChange: () => void): () => void {
  const listener = () => {
    // Before React renders the new page, so its heading knows to take focus.
    requestHeadingFocus();
    onChange();
  };
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function getHash(): string {
  return window.location.hash;
}

/** The current hash route; re-renders when the hash changes. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return parseRoute(hash);
}

/** Goes to a hash URL, as a link would (a new history entry). */
export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
