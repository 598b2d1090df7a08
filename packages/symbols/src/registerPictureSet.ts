import type { Picture, PictureElement, PictureSet } from './Picture.js';
import { PictureSetError } from './PictureSetError.js';
import { hostSets, notifyPicturesChanged } from './pictureRegistry.js';
import { pictureElementTypes } from './pictureVocabulary.js';

const ELEMENT_TYPES: ReadonlySet<string> = pictureElementTypes;

/** A short, printable form of untrusted text for error messages. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(typeof value);
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}

function checkElements(elements: unknown, where: string, depth: number): void {
  if (!Array.isArray(elements))
    throw new PictureSetError(`${where}: elements must be an array of picture elements.`);
  if (depth > 32)
    throw new PictureSetError(`${where}: elements are nested more than 32 deep; flatten the groups.`);
  for (const element of elements as unknown[]) {
    const e = element as Partial<PictureElement> | null;
    if (!e || typeof e !== 'object' || typeof e.type !== 'string' || !ELEMENT_TYPES.has(e.type)) {
      throw new PictureSetError(
        `${where}: element type ${quote(e?.type)} is not supported; use one of ${[...ELEMENT_TYPES].join(', ')}.`,
      );
    }
    if (!e.attrs || typeof e.attrs !== 'object')
      throw new PictureSetError(`${where}: each element needs an attrs object.`);
    if (e.children !== undefined) checkElements(e.children, where, depth + 1);
  }
}

function checkPicture(picture: unknown, setName: string, index: number): Picture {
  const p = picture as Partial<Picture> | null;
  const where = `registerPictureSet(${quote(setName)}): pictures[${index}]`;
  if (!p || typeof p !== 'object') throw new PictureSetError(`${where} must be a picture object.`);
  if (typeof p.key !== 'string' || p.key === '')
    throw new PictureSetError(`${where}: key must be a non-empty string.`);
  for (const side of ['width', 'height'] as const) {
    const n = p[side];
    if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) {
      throw new PictureSetError(
        `${where} (${quote(p.key)}): ${side} must be a positive number (the view box size).`,
      );
    }
  }
  if (!p.alt || typeof p.alt !== 'object' || typeof p.alt.en !== 'string' || p.alt.en.trim() === '') {
    throw new PictureSetError(
      `${where} (${quote(p.key)}): alt.en must be short English alt text, e.g. "A house".`,
    );
  }
  if (!p.source || typeof p.source !== 'object' || typeof p.source.license !== 'string') {
    throw new PictureSetError(
      `${where} (${quote(p.key)}): source must name the set, icon, license and author.`,
    );
  }
  checkElements(p.elements, `${where} (${quote(p.key)})`, 0);
  return p as Picture;
}

/**
 * Registers a host's own picture set (e.g. a licensed symbol library) by key. Its pictures are
 * used everywhere ours are and win over ours, and over sets registered earlier, for the same key.
 * Registering a name again replaces that set.
 */
export function registerPictureSet(set: PictureSet): void {
  if (!set || typeof set !== 'object')
    throw new PictureSetError('registerPictureSet: pass { name, pictures }.');
  if (typeof set.name !== 'string' || set.name.trim() === '') {
    throw new PictureSetError('registerPictureSet: name must be a non-empty string naming the set.');
  }
  if (!Array.isArray(set.pictures)) {
    throw new PictureSetError(
      `registerPictureSet(${quote(set.name)}): pictures must be an array of pictures.`,
    );
  }
  const byKey = new Map<string, Picture>();
  set.pictures.forEach((picture, index) => {
    const checked = checkPicture(picture, set.name, index);
    if (byKey.has(checked.key)) {
      throw new PictureSetError(
        `registerPictureSet(${quote(set.name)}): key ${quote(checked.key)} appears twice; keep one picture per key.`,
      );
    }
    byKey.set(checked.key, checked);
  });
  // Re-registering moves the set to the newest position.
  hostSets.delete(set.name);
  hostSets.set(set.name, {
    name: set.name,
    pictures: byKey,
    license: typeof set.license === 'string' ? set.license : undefined,
  });
  notifyPicturesChanged();
}
