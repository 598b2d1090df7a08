import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Picture } from './Picture.js';
import { PictureSetError } from './PictureSetError.js';
import { getPicture } from './getPicture.js';
import { loadPictures } from './loadPictures.js';
import { listPictures } from './listPictures.js';
import { pictureAlt } from './pictureAlt.js';
import { pictureKeys } from './pictureKeys.js';
import { registerPictureSet } from './registerPictureSet.js';
import { unregisterPictureSet } from './unregisterPictureSet.js';

// The drawings load on demand; these tests read them.
beforeAll(() => loadPictures());

function hostPicture(key: string, en = `Host ${key}`): Picture {
  return {
    key,
    width: 10,
    height: 10,
    elements: [{ type: 'rect', attrs: { x: '0', y: '0', width: '10', height: '10', fill: '#123456' } }],
    alt: { en, cy: `Gwesteiwr ${key}` },
    source: { set: 'host-symbols', icon: key, license: 'LicenseRef-Host', author: 'Host Ltd' },
  };
}

afterEach(() => {
  unregisterPictureSet('host');
  unregisterPictureSet('second');
  unregisterPictureSet('__proto__');
});

describe('registerPictureSet', () => {
  it('uses a host picture instead of ours for the same key, and restores ours when unregistered', () => {
    const ours = getPicture('home');
    expect(ours?.source.set).toBe('fluent-emoji-flat');
    registerPictureSet({ name: 'host', pictures: [hostPicture('home')], license: 'LicenseRef-Host' });
    expect(getPicture('home')?.source.set).toBe('host-symbols');
    expect(pictureAlt('home', 'en')).toBe('Host home');
    expect(listPictures().find((p) => p.key === 'home')?.source.set).toBe('host-symbols');
    expect(unregisterPictureSet('host')).toBe(true);
    expect(getPicture('home')).toBe(ours);
    expect(unregisterPictureSet('host')).toBe(false);
  });

  it('adds keys we do not have, listed after ours', () => {
    registerPictureSet({ name: 'host', pictures: [hostPicture('allotment')] });
    expect(getPicture('allotment')?.alt.en).toBe('Host allotment');
    const keys = listPictures().map((p) => p.key);
    expect(keys.at(-1)).toBe('allotment');
    expect(keys.length).toBe(pictureKeys.length + 1);
    expect(pictureKeys).not.toContain('allotment');
  });

  it('lets the most recently registered set win, and re-registering a name replaces it', () => {
    registerPictureSet({ name: 'host', pictures: [hostPicture('home', 'First')] });
    registerPictureSet({ name: 'second', pictures: [hostPicture('home', 'Second')] });
    expect(getPicture('home')?.alt.en).toBe('Second');
    registerPictureSet({ name: 'host', pictures: [hostPicture('home', 'First again')] });
    expect(getPicture('home')?.alt.en).toBe('First again');
    unregisterPictureSet('host');
    expect(getPicture('home')?.alt.en).toBe('Second');
  });

  it('rejects a broken set with a message that says what to fix, and keeps the previous state', () => {
    expect(() => registerPictureSet({ name: '', pictures: [] })).toThrow(PictureSetError);
    expect(() =>
      registerPictureSet({ name: 'host', pictures: [{ ...hostPicture('home'), width: 0 }] }),
    ).toThrow(/width must be a positive number/);
    expect(() =>
      registerPictureSet({ name: 'host', pictures: [{ ...hostPicture('home'), alt: { en: ' ' } }] }),
    ).toThrow(/alt\.en must be short English alt text/);
    expect(() =>
      registerPictureSet({
        name: 'host',
        pictures: [{ ...hostPicture('home'), elements: [{ type: 'script' as 'path', attrs: {} }] }],
      }),
    ).toThrow(/element type "script" is not supported/);
    expect(() =>
      registerPictureSet({ name: 'host', pictures: [hostPicture('a'), hostPicture('a')] }),
    ).toThrow(/appears twice/);
    expect(getPicture('home')?.source.set).toBe('fluent-emoji-flat');
  });
});

describe('hostile keys and locales', () => {
  it('never reach Object.prototype or pollute it', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype']) {
      expect(getPicture(key)).toBeUndefined();
      expect(pictureAlt(key, 'en')).toBeUndefined();
    }
    registerPictureSet({
      name: '__proto__',
      pictures: [hostPicture('__proto__'), hostPicture('constructor')],
    });
    expect(getPicture('__proto__')?.alt.en).toBe('Host __proto__');
    expect(getPicture('constructor')?.alt.en).toBe('Host constructor');
    expect(({} as Record<string, unknown>)['alt']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('key');
    expect(pictureAlt('home', '__proto__')).toBe('Home');
    expect(pictureAlt('home', 'constructor')).toBe('Home');
  });

  it('answers undefined, without throwing, for huge and odd keys', () => {
    const huge = 'x'.repeat(100_000);
    expect(getPicture(huge)).toBeUndefined();
    expect(getPicture('')).toBeUndefined();
    expect(getPicture('<script>alert(1)</script>')).toBeUndefined();
    expect(getPicture(42 as unknown as string)).toBeUndefined();
    expect(pictureAlt('home', huge)).toBe('Home');
    expect(() => registerPictureSet({ name: huge, pictures: [{ ...hostPicture(huge), width: -1 }] })).toThrow(
      /^registerPictureSet\("x{40}…"\)/,
    );
  });
});

describe('pictureAlt', () => {
  it('gives the Welsh alt text for cy and cy-GB, and English for other locales', () => {
    expect(pictureAlt('home', 'cy')).toBe('Cartref');
    expect(pictureAlt('home', 'cy-GB')).toBe('Cartref');
    expect(pictureAlt('home', 'CY')).toBe('Cartref');
    expect(pictureAlt('home', 'fr')).toBe('Home');
    expect(pictureAlt('home', 'en-GB')).toBe('Home');
  });

  it('follows an alias key to its own alt text', () => {
    expect(getPicture('pills')?.elements).toBe(getPicture('medicine')?.elements);
    expect(pictureAlt('pills', 'en')).toBe('Pills');
    expect(pictureAlt('pills', 'cy')).toBe('Tabledi');
  });
});
