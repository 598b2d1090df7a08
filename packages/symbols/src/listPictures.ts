import type { Picture } from './Picture.js';
import { builtInPictures, hostSets, lookUpPicture } from './pictureRegistry.js';

/**
 * Every picture in effect, one per key: ours in catalogue order, then keys only hosts add.
 * Ours are left out until `loadPictures()` has resolved (their keys are in `pictureKeys`).
 */
export function listPictures(): Picture[] {
  const keys = new Set(builtInPictures.keys());
  for (const set of hostSets.values()) for (const key of set.pictures.keys()) keys.add(key);
  const out: Picture[] = [];
  for (const key of keys) {
    const picture = lookUpPicture(key);
    if (picture) out.push(picture);
  }
  return out;
}
