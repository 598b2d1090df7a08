import type { Picture } from './Picture.js';
import { pictures } from './pictures.generated.js';

/** A registered set, its pictures indexed by key (a Map, so any key string is safe). */
interface RegisteredSet {
  readonly name: string;
  readonly pictures: ReadonlyMap<string, Picture>;
  readonly license: string | undefined;
}

/** Our built-in pictures by key. */
export const builtInPictures: ReadonlyMap<string, Picture> = new Map(pictures.map((p) => [p.key, p]));

/** Host sets by name; insertion order is registration order, and the newest wins a key. */
export const hostSets = new Map<string, RegisteredSet>();

/** Looks a key up in the host sets (newest first), then in ours. */
export function lookUpPicture(key: string): Picture | undefined {
  const sets = [...hostSets.values()];
  for (let i = sets.length - 1; i >= 0; i -= 1) {
    const found = sets[i]?.pictures.get(key);
    if (found) return found;
  }
  return builtInPictures.get(key);
}
