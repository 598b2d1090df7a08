import type { i18n as I18n } from 'i18next';
import { createWholePictureI18n, loadWholePictureLocale } from '@wholepicture/react';
import { en } from './locales/en.js';

/** The i18next namespace of the demo's own strings. */
export const demoNamespace = 'demo';

/** The languages the demo offers. */
export const demoLocales = ['en', 'cy'] as const;

/** One of the languages the demo offers. */
export type DemoLocale = (typeof demoLocales)[number];

/** True when `value` is one of the demo's languages. */
export function isDemoLocale(value: unknown): value is DemoLocale {
  return typeof value === 'string' && (demoLocales as readonly string[]).includes(value);
}

/**
 * The demo's i18next instance: the library's `wholepicture` namespace plus the demo's own
 * `demo` namespace, English first. Welsh arrives on demand through {@link changeDemoLocale}.
 */
export function createDemoI18n(): I18n {
  const instance = createWholePictureI18n({ locale: 'en', resources: { en: { [demoNamespace]: en } } });
  return instance;
}

const loadedDemoWelsh = new WeakSet<I18n>();

/**
 * Switches the demo to `locale`, loading the Welsh strings (library and demo) as separate
 * chunks the first time they are needed, and sets the page's `lang`.
 */
export async function changeDemoLocale(instance: I18n, locale: DemoLocale): Promise<void> {
  if (locale === 'cy' && !loadedDemoWelsh.has(instance)) {
    const [{ cy }] = await Promise.all([import('./locales/cy.js'), loadWholePictureLocale(instance, 'cy')]);
    instance.addResourceBundle('cy', demoNamespace, cy, true, true);
    loadedDemoWelsh.add(instance);
  }
  await instance.changeLanguage(locale);
  document.documentElement.lang = locale;
}
