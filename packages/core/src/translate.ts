import type { ResourceTree } from './locales/Translation.js';

/**
 * Turns an i18n key and named parameters into words. i18next's `t` (bound to the
 * `wholepicture` namespace) fits this shape, and so does `createTranslator`.
 */
export type TranslateFn = (key: string, params?: Record<string, string | number>) => string;

/**
 * A small, dependency-free translator over one of our resource trees, for code that runs
 * without i18next (the PDF command line, tests, a host's server). Supports `{{name}}`
 * placeholders and i18next's plural suffixes (`_zero`, `_one`, `_two`, `_few`, `_many`,
 * `_other`) chosen with `Intl.PluralRules` when a numeric `count` is given. A missing key
 * returns the key itself, as i18next does, so a gap is visible rather than blank.
 */
export function createTranslator(resources: ResourceTree, locale: string): TranslateFn {
  const plurals = new Intl.PluralRules(locale);
  const lookup = (key: string): string | undefined => {
    let node: string | ResourceTree | undefined = resources;
    for (const part of key.split('.')) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
      node = node[part];
    }
    return typeof node === 'string' ? node : undefined;
  };
  return (key, params) => {
    let template: string | undefined;
    const count = params?.['count'];
    if (typeof count === 'number') {
      if (count === 0) template = lookup(`${key}_zero`);
      template ??= lookup(`${key}_${plurals.select(count)}`) ?? lookup(`${key}_other`);
    }
    template ??= lookup(key);
    if (template === undefined) return key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
      params && Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  };
}
