import { builtInPictures, registerBuiltInPictures } from './pictureRegistry.js';

let loading: Promise<void> | undefined;

/** True once the built-in drawings are in, so `getPicture` answers for our keys. */
export function picturesLoaded(): boolean {
  return builtInPictures.size > 0;
}

/**
 * Loads the drawings of the built-in pictures (a separate chunk: most of the package's bytes)
 * and registers them; `getPicture` returns our pictures once it resolves. Safe to call often:
 * it loads once, and tries again after a failure.
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
