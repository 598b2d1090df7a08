import { pictureCatalogue } from './pictureCatalogue.generated.js';

/** Every key the built-in set covers, in catalogue order (host sets may add more). */
export const pictureKeys: readonly string[] = Object.freeze(pictureCatalogue.map((p) => p.key));
