export type {
  Picture,
  PictureAlt,
  PictureElement,
  PictureElementAttrs,
  PictureElementType,
  PictureSet,
  PictureSource,
} from './Picture.js';
export type { PictureToSvgStringOptions } from './pictureToSvgString.js';
export { getPicture } from './getPicture.js';
export { loadPictures, picturesLoaded } from './loadPictures.js';
export { picturesVersion, subscribeToPictures } from './pictureRegistry.js';
export { pictureAlt } from './pictureAlt.js';
export { pictureKeys } from './pictureKeys.js';
export { listPictures } from './listPictures.js';
export { registerPictureSet } from './registerPictureSet.js';
export { unregisterPictureSet } from './unregisterPictureSet.js';
export { PictureSetError } from './PictureSetError.js';
export { pictureToSvgString } from './pictureToSvgString.js';
export { pictureAttributeNames, pictureElementTypes } from './pictureVocabulary.js';
