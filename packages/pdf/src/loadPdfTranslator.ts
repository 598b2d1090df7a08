import { createTranslator } from '@wholepicture/core';
import type { TranslateFn } from '@wholepicture/core';

// One explicit loader per language, so bundlers split each into its own chunk and a host
// downloads only the language it renders.
const loaders = {
  en: async () => (await import('@wholepicture/core/locales/en')).en,
  cy: async () => (await import('@wholepicture/core/locales/cy')).cy,
} as const;

/** Languages the PDF ships words for. */
export const pdfLanguages = Object.keys(loaders) as (keyof typeof loaders)[];

/** True when `locale` (or its base language, `cy` for `cy-GB`) is one the PDF ships words for. */
export function isPdfLanguage(locale: string): locale is keyof typeof loaders {
  return Object.hasOwn(loaders, locale);
}

/**
 * A translator over the bundled resources of `locale`, loaded on demand; a language we do not
 * ship falls back to English so a PDF is always made.
 */
export async function loadPdfTranslator(locale: string): Promise<TranslateFn> {
  const base = locale.toLowerCase().split('-')[0] ?? 'en';
  const language = isPdfLanguage(base) ? base : 'en';
  return createTranslator(await loaders[language](), language);
}
