import { hostSets, notifyPicturesChanged } from './pictureRegistry.js';

/** Removes a host's picture set by name, so its keys fall back to earlier sets and ours; true if it was registered. */
export function unregisterPictureSet(name: string): boolean {
  const removed = hostSets.delete(name);
  if (removed) notifyPicturesChanged();
  return removed;
}
