import { lookUpPicture } from './pictureRegistry.js';

/**
 * The picture's alt text in a locale (`cy`, `cy-GB`), falling back to the language without its
 * region and then to English; `undefined` when no picture has the key. A host set's alt text
 * is there at once; ours arrives with the drawings, so for our keys this is `undefined` until
 * `loadPictures()` has resolved (like `getPicture`; `subscribeToPictures` says when).
 */
export function pictureAlt(key: string, locale: string): string | undefined {
  if (typeof key !== 'string') return undefined;
  const picture = lookUpPicture(key);
  if (!picture) return undefined;
  const { alt } = picture;
  const tag = typeof locale === 'string' ? locale.slice(0, 35) : '';
  const candidates = [
    tag,
    tag.split(/[-_]/)[0] ?? '',
    tag.toLowerCase(),
    (tag.split(/[-_]/)[0] ?? '').toLowerCase(),
  ];
  for (const candidate of candidates) {
    // Own properties only: a locale such as `__proto__` or `toString` must not reach Object.prototype.
    if (candidate && Object.hasOwn(alt, candidate)) {
      const text = alt[candidate];
      if (typeof text === 'string' && text.trim() !== '') return text;
    }
  }
  return alt.en;
}
