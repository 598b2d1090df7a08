import { useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslateFn } from '@wholepicture/core';
import { wholePictureNamespace } from './createWholePictureI18n.js';
import { WholePictureContext, getFallbackI18n } from './WholePictureContext.js';

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
  const context = useContext(WholePictureContext);
  const i18n = context?.i18n ?? getFallbackI18n();
  const lang = context?.locale ?? 'en';
  const { t: i18nextT } = useTranslation(wholePictureNamespace, {
    i18n,
    lng: lang,
    useSuspense: false,
  });
  return useMemo(() => {
    const translate = i18nextT as unknown as (key: string, options?: Record<string, unknown>) => string;
    const plurals = new Intl.PluralRules(lang);
    const t: TranslateFn = (key, params) => {
      const count = params?.['count'];
      if (typeof count === 'number') {
        // i18next does not fall back from a missing plural form (Welsh `_two`, `_few`, `_many`)
        // to `_other` in the same language: it would show English instead. We do.
        const form = `${key}_${count === 0 ? 'zero' : plurals.select(count)}`;
        if (!i18n.exists(form, { lng: lang, ns: wholePictureNamespace, fallbackLng: false })) {
          const other = `${key}_other`;
          if (i18n.exists(other, { lng: lang, ns: wholePictureNamespace, fallbackLng: false })) {
            return translate(other, { ...params, count, lng: lang });
          }
        }
      }
      return translate(key, params ? { ...params } : undefined);
    };
    return { t, lang, dir: i18n.dir(lang) === 'rtl' ? 'rtl' : 'ltr' };
  }, [i18nextT, i18n, lang]);
}
