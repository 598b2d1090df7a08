import { pictures } from './pictures.generated.js';

/** Every key the built-in set covers, in catalogue order (host sets may add more). */
export const pictureKeys: readonly string[] = Object.freeze(pictures.map((p) => p.key));
