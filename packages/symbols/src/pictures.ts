import type { Picture } from './Picture.js';
import { pictureCatalogue } from './pictureCatalogue.generated.js';
import { pictureDrawings } from './pictureDrawings.generated.js';
import { registerBuiltInPictures } from './pictureRegistry.js';

/**
 * Every built-in picture with its drawing, alt text and licence, in catalogue order. Subpath
 * export `@wholepicture/symbols/pictures`: importing it makes `getPicture` and `pictureAlt`
 * answer at once, without waiting for `loadPictures()`. It holds most of the package's bytes,
 * so hosts that can wait should call `loadPictures()` instead and keep it out of their first
 * bundle. Only this module imports the catalogue and the drawings: nothing reachable from the
 * package root may, or bundlers put them in every host's start-up chunk.
 */
export const pictures: readonly Picture[] = pictureCatalogue.map((info, index) => {
  const elements = pictureDrawings[index];
  if (!elements) throw new Error(`@wholepicture/symbols: no drawing for "${info.key}"; run the generator.`);
  return { ...info, elements };
});

// Registering is this module's purpose (package.json lists it under `sideEffects`), so a bare
// `import '@wholepicture/symbols/pictures'` is enough.
registerBuiltInPictures(pictures);
