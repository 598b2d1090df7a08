import { createContext } from 'react';
import type { i18n as I18n } from 'i18next';
import { createWholePictureI18n, wholePictureNamespace } from './createWholePictureI18n.js';
import { createWholePictureText } from './createWholePictureText.js';
import type { WholePictureText } from './useWholePicture.js';

/** What {@link WholePictureProvider} gives the components below it. */
export interface WholePictureContextValue {
  /** The i18next instance holding the `wholepicture` namespace. */
  i18n: I18n;
  /** The language shown. */
  locale: string;
  /** Goes up when more strings arrive, so components show them. */
  revision: number;
  /** The words in that language, made once for every component below. */
  text: WholePictureText;
}

let fallbackInstance: I18n | undefined;
let fallbackText: WholePictureText | undefined;

/** An English instance for components used without a provider, created on first use. */
export function getFallbackI18n(): I18n {
  fallbackInstance ??= createWholePictureI18n({ locale: 'en' });
  return fallbackInstance;
}

/** English words for components used without a provider (the fallback instance never changes). */
export function getFallbackText(): WholePictureText {
  if (!fallbackText) {
    const i18n = getFallbackI18n();
    fallbackText = createWholePictureText(i18n, 'en', i18n.getFixedT('en', wholePictureNamespace));
  }
  return fallbackText;
}

/** The nearest provider's value, or `undefined` outside one. */
export const WholePictureContext = createContext<WholePictureContextValue | undefined>(undefined);
