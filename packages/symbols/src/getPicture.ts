import type { Picture } from './Picture.js';
import { lookUpPicture } from './pictureRegistry.js';

/**
 * The picture for a key, from a host's registered sets first and then ours; `undefined` if
 * none, and for our keys until `loadPictures()` has resolved.
 */
export function getPicture(key: string): Picture | undefined {
  if (typeof key !== 'string') return undefined;
  return lookUpPicture(key);
}
