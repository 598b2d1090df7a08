import type { Picture } from './Picture.js';

// No import of the catalogue or the drawings here: this module is in every host's start-up
// bundle, and they arrive only with `loadPictures()` (see pictures.ts).

/** A registered set, its pictures indexed by key (a Map, so any key string is safe). */
interface RegisteredSet {
  readonly name: string;
  readonly pictures: ReadonlyMap<string, Picture>;
  readonly license: string | undefined;
}

/**
 * Our built-in pictures (drawings, sizes, alt text, licences) by key, in catalogue order;
 * empty until `loadPictures` has run.
 */
export const builtInPictures = new Map<string, Picture>();

/** Host sets by name; insertion order is registration order, and the newest wins a key. */
export const hostSets = new Map<string, RegisteredSet>();

const listeners = new Set<() => void>();
let version = 0;

/** Tells subscribers the pictures in effect changed (drawings arrived, a host set came or went). */
export function notifyPicturesChanged(): void {
  version += 1;
  for (const listener of [...listeners]) listener();
}

/** A number that goes up whenever the pictures in effect change. */
export function picturesVersion(): number {
  return version;
}

/** Calls `listener` whenever the pictures in effect change; returns the unsubscribe function. */
export function subscribeToPictures(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Puts the built-in pictures in (once) and tells subscribers. */
export function registerBuiltInPictures(pictures: readonly Picture[]): void {
  if (builtInPictures.size > 0) return;
  for (const picture of pictures) builtInPictures.set(picture.key, picture);
  notifyPicturesChanged();
}

/** Looks a key up in the host sets (newest first), then in ours. */
export function lookUpPicture(key: string): Picture | undefined {
  const sets = [...hostSets.values()];
  for (let i = sets.length - 1; i >= 0; i -= 1) {
    const found = sets[i]?.pictures.get(key);
    if (found) return found;
  }
  return builtInPictures.get(key);
}
