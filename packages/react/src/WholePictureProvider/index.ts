export { WholePictureProvider } from './WholePictureProvider.js';
export type { WholePictureProviderProps } from './WholePictureProvider.js';
export { createWholePictureI18n, wholePictureNamespace } from './createWholePictureI18n.js';
export type { CreateWholePictureI18nOptions } from './createWholePictureI18n.js';
export { loadWholePictureLocale, shippedLocales } from './loadWholePictureLocale.js';
export { loadWholePictureDocumentStrings } from './loadWholePictureLocale.js';
export { useWholePictureDocumentStrings } from './useWholePictureDocumentStrings.js';
export { useWholePicture } from './useWholePicture.js';
export type { WholePictureText } from './useWholePicture.js';
