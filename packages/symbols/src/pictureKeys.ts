/**
 * Every key the built-in set covers, in catalogue order (host sets may add more). Always at
 * hand, without `loadPictures()`: it is only the keys, and bundlers drop it when unused.
 */
export { pictureKeys } from './pictureKeys.generated.js';
