import { createContext } from 'react';
import type { i18n as I18n } from 'i18next';
import { createWholePictureI18n } from './createWholePictureI18n.js';

/** What {@link WholePictureProvider} gives the components below it. */
export interface WholePictureContextValue {
  /** The i18next instance holding the `wholepicture` namespace. */
  i18n: I18n;
  /** The language shown. */
  locale: string;
  /** Goes up when more strings arrive, so components show them. */
  revision: number;
}

let fallbackInstance: I18n | undefined;

/** An English instance for components used without a provider, created on first use. */
export function getFallbackI18n(): I18n {
  fallbackInstance ??= createWholePictureI18n({ locale: 'en' });
  return fallbackInstance;
}

/** The nearest provider's value, or `undefined` outside one. */
export const WholePictureContext = createContext<WholePictureContextValue | undefined>(undefined);
