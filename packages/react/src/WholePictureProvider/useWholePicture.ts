import { useContext } from 'react';
import type { TranslateFn } from '@wholepicture/core';
import { WholePictureContext, getFallbackText } from './WholePictureContext.js';

/** Words and writing direction for a Whole Picture component. */
export interface WholePictureText {
  /** Translates a `wholepicture` key with named parameters. */
  t: TranslateFn;
  /** The language the words are in, for the `lang` attribute. */
  lang: string;
  /** The writing direction of that language. */
  dir: 'ltr' | 'rtl';
}

/** The words of the nearest {@link WholePictureProvider}, or English outside one. */
export function useWholePicture(): WholePictureText {
  // The provider makes the words once for every component below it: a per-component
  // i18next subscription cost a large form a noticeable share of its first render.
  return useContext(WholePictureContext)?.text ?? getFallbackText();
}
