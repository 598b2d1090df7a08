import type { EasyReadDocument, TranslateFn } from '@wholepicture/core';
import { en } from '@wholepicture/core/locales/en';
import { fontStackFor } from './fontStackFor.js';

function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) yield* stringsIn(item);
  }
}

function* keysIn(tree: object, prefix: string): Generator<string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') yield `${prefix}${key}`;
    else if (value !== null && typeof value === 'object') yield* keysIn(value as object, `${prefix}${key}.`);
  }
}

/**
 * The font stack an easy-read PDF of `document` needs (see {@link fontStackFor}): every string
 * in the document, and every `pdf.*` word of `t`, since a host's translator may speak any language.
 */
export function documentFontStack(document: EasyReadDocument, t: TranslateFn, ...extra: string[]): string[] {
  function* texts(): Generator<string> {
    yield* stringsIn(document);
    for (const key of keysIn(en.pdf, 'pdf.')) yield t(key);
    yield* extra;
  }
  return fontStackFor(texts());
}
