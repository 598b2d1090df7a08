import type { i18n as I18n } from 'i18next';
import { namespace } from '@wholepicture/core/locales/en/form';

/** The languages Whole Picture ships strings for. */
export const shippedLocales = ['en', 'cy'] as const;

/** Languages whose resources are being loaded, per instance. */
const loading = new WeakMap<I18n, Map<string, Promise<void>>>();

/** Languages whose resources are loaded, per instance. */
const loaded = new WeakMap<I18n, Set<string>>();

/** The base language of a locale tag: `cy-GB` → `cy`. */
function baseLanguage(locale: string): string {
  return locale.toLowerCase().split('-')[0] ?? locale;
}

/**
 * Loads the strings of one of our shipped languages into an i18next instance, on demand, by a
 * dynamic import so that Welsh is a separate chunk. Languages we do not ship resolve at once:
 * a host adds those with `resources`. A host's own overrides are kept.
 */
export function loadWholePictureLocale(instance: I18n, locale: string): Promise<void> {
  const language = baseLanguage(locale);
  if (language !== 'cy' || loaded.get(instance)?.has(language)) return Promise.resolve();
  let perInstance = loading.get(instance);
  if (!perInstance) {
    perInstance = new Map();
    loading.set(instance, perInstance);
  }
  const existing = perInstance.get(language);
  if (existing) return existing;
  const promise = import('@wholepicture/core/locales/cy').then(({ cy }) => {
    // Deep, without overwriting: a host's own Welsh overrides win.
    instance.addResourceBundle(language, namespace, cy, true, false);
    const set = loaded.get(instance) ?? new Set<string>();
    set.add(language);
    loaded.set(instance, set);
  });
  perInstance.set(language, promise);
  return promise;
}

/**
 * True when the instance can show `locale`: English always; any other language once some of
 * its strings are in (loaded by us, or given by the host, e.g. for server rendering).
 */
export function hasWholePictureLocale(instance: I18n, locale: string): boolean {
  const language = baseLanguage(locale);
  if (language === 'en') return true;
  return instance.hasResourceBundle(locale, namespace) || instance.hasResourceBundle(language, namespace);
}

/** True when nothing more needs loading for `locale`: our shipped strings are in. */
export function isWholePictureLocaleLoaded(instance: I18n, locale: string): boolean {
  const language = baseLanguage(locale);
  return language !== 'cy' || (loaded.get(instance)?.has(language) ?? false);
}

/** Instances whose English document strings are loading or loaded. */
const documentStrings = new WeakMap<I18n, Promise<void>>();
/** Instances whose English document strings are in. */
const documentStringsLoaded = new WeakSet<I18n>();

/**
 * Loads the English strings of the easy-read document, the PDF and the glossary of hard words
 * into an i18next instance, once, by a dynamic import: a form shows none of them until someone
 * writes (writing help names hard words) or opens the easy-read version. Needed before calling
 * core's `buildEasyReadDocument` with the instance's `t`. A host's own overrides are kept.
 */
export function loadWholePictureDocumentStrings(instance: I18n): Promise<void> {
  let promise = documentStrings.get(instance);
  if (!promise) {
    promise = import('@wholepicture/core/locales/en/document').then(
      ({ enDocument }) => {
        instance.addResourceBundle('en', namespace, enDocument, true, false);
        documentStringsLoaded.add(instance);
      },
      (error: unknown) => {
        // Let a later call try again (a chunk may fail to load when the network drops).
        documentStrings.delete(instance);
        throw error;
      },
    );
    documentStrings.set(instance, promise);
  }
  return promise;
}

/** True when the English document strings are in the instance. */
export function hasWholePictureDocumentStrings(instance: I18n): boolean {
  return documentStringsLoaded.has(instance);
}
