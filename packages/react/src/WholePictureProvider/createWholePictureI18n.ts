import { createInstance } from 'i18next';
import type { i18n as I18n, Resource } from 'i18next';
import { enForm, namespace } from '@wholepicture/core/locales/en/form';
import { ownInstances } from './createWholePictureText.js';

/** Options for {@link createWholePictureI18n}. */
export interface CreateWholePictureI18nOptions {
  /** The language to show first, e.g. `en` or `cy`. @default 'en' */
  locale?: string;
  /**
   * Extra resources by language, in i18next's shape (`{ ar: { wholepicture: {...} } }`). Use it to
   * add a language or override any of our strings; they win over ours.
   */
  resources?: Resource;
}

/** The i18next namespace all Whole Picture strings live in. */
export const wholePictureNamespace: string = namespace;

/**
 * Creates an i18next instance with the `wholepicture` namespace in English (the fallback): the
 * strings a form shows. The easy-read document's and glossary's strings load on demand
 * ({@link loadWholePictureDocumentStrings}), and so do the other languages we ship
 * ({@link loadWholePictureLocale}), so only what a host uses reaches its start-up bundle.
 */
export function createWholePictureI18n(options: CreateWholePictureI18nOptions = {}): I18n {
  const instance = createInstance();
  void instance.init({
    lng: options.locale ?? 'en',
    fallbackLng: 'en',
    ns: [namespace],
    defaultNS: namespace,
    // A copy: i18next keeps the object it is given and merges later strings (a host's overrides,
    // the document's strings) into it, which would change them for every other instance.
    resources: { en: { [namespace]: structuredClone(enForm) } },
    // Resources are in memory, so initialise synchronously: server rendering needs words at once.
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // Re-render when a language's strings arrive (Welsh loads on demand).
    react: { bindI18nStore: 'added', useSuspense: false },
  });
  // Our English strings went in with `init`: only the extras are added here (adding ours again
  // was a deep merge of every string, several milliseconds before a form could show).
  addExtraResources(instance, options.resources);
  ownInstances.add(instance);
  return instance;
}

/**
 * Adds our English form strings to a host's i18next instance without overwriting the host's own
 * overrides, and then any extra `resources`. The document strings load on demand.
 */
export function addWholePictureResources(instance: I18n, resources?: Resource): void {
  // Deep, without overwriting: a host's own overrides of our keys win.
  instance.addResourceBundle('en', namespace, enForm, true, false);
  addExtraResources(instance, resources);
}

/** Adds a host's extra resources, which win over ours. */
function addExtraResources(instance: I18n, resources: Resource | undefined): void {
  if (!resources) return;
  for (const [language, namespaces] of Object.entries(resources)) {
    for (const [ns, bundle] of Object.entries(namespaces)) {
      instance.addResourceBundle(language, ns, bundle, true, true);
    }
  }
}
