import type { i18n as I18n, TFunction } from 'i18next';
import type { TranslateFn } from '@wholepicture/core';
import { wholePictureNamespace } from './createWholePictureI18n.js';
import type { WholePictureText } from './useWholePicture.js';

/** Instances we created, whose options we know: only these take the fast path below. */
export const ownInstances = new WeakSet<I18n>();

/** The languages i18next tries for `lang`: `cy-GB` → `cy-GB`, `cy`, then English. */
function languageChain(lang: string): string[] {
  const base = lang.split('-')[0] ?? lang;
  return [...new Set([lang, base, 'en'])];
}

/** i18next's own lookup of a dotted key (nested objects, or keys that themselves contain dots). */
function deepFind(bundle: unknown, key: string): unknown {
  if (!bundle || typeof bundle !== 'object') return undefined;
  const own = (object: object, name: string): unknown =>
    Object.hasOwn(object, name) ? (object as Record<string, unknown>)[name] : undefined;
  const whole = own(bundle, key);
  if (whole !== undefined) return whole;
  const tokens = key.split('.');
  let current: unknown = bundle;
  for (let i = 0; i < tokens.length;) {
    if (!current || typeof current !== 'object') return undefined;
    let next: unknown;
    let path = '';
    let j = i;
    for (; j < tokens.length; j += 1) {
      path = j === i ? tokens[j]! : `${path}.${tokens[j]!}`;
      next = own(current, path);
      if (next !== undefined && !(typeof next !== 'object' && j < tokens.length - 1)) break;
      next = undefined;
    }
    if (next === undefined) return undefined;
    current = next;
    i = j + 1;
  }
  return current;
}

/**
 * The words of one language for the components: `t` with named parameters and the plural
 * fallback we need, the language and its direction. Made once per provider and language,
 * not once per component.
 */
export function createWholePictureText(i18n: I18n, lang: string, fixedT: TFunction): WholePictureText {
  const translate = fixedT as unknown as (key: string, options?: Record<string, unknown>) => string;
  const plurals = new Intl.PluralRules(lang);
  const chain = languageChain(lang);
  const fast = ownInstances.has(i18n);
  const t: TranslateFn = (key, params) => {
    if (fast && params === undefined && !key.includes(':')) {
      // A plain lookup in our own instance (known options: no missing-key handlers, no post
      // processors). i18next's miss path is slow (about 0.2 ms a key on a busy machine), and a
      // form looks up hundreds of hints and easy-read words that hosts' questions do not have.
      let found: unknown;
      for (const language of chain) {
        found = deepFind(i18n.getDataByLanguage(language)?.[wholePictureNamespace], key);
        if (found !== undefined) break;
      }
      if (found === undefined) return key;
      if (typeof found === 'string' && !found.includes('{{') && !found.includes('$t(')) return found;
    }
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
}
