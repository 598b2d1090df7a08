import { hostSets } from './pictureRegistry.js';

/** Removes a host's picture set by name, so its keys fall back to earlier sets and ours; true if it was registered. */
export function unregisterPictureSet(name: string): boolean {
  return hostSets.delete(name);
}
