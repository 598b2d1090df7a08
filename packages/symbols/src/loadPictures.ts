import { builtInPictures, registerBuiltInPictures } from './pictureRegistry.js';

let loading: Promise<void> | undefined;

/** True once the built-in pictures are in, so `getPicture` and `pictureAlt` answer for our keys. */
export function picturesLoaded(): boolean {
  return builtInPictures.size > 0;
}

/**
 * Loads the built-in pictures (drawings, sizes, alt text and licences: a separate chunk, most
 * of the package's bytes) and registers them; `getPicture`, `pictureAlt` and `listPictures`
 * answer for our keys once it resolves. Safe to call often: it loads once, and tries again
 * after a failure.
 */
export function loadPictures(): Promise<void> {
  if (picturesLoaded()) return Promise.resolve();
  loading ??= import('./pictures.js').then(
    // The module registers itself; registering again is a no-op, and covers a bundler that
    // dropped the module's side effect.
    ({ pictures }) => registerBuiltInPictures(pictures),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
