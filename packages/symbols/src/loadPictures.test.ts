import { describe, expect, it } from 'vitest';
import { getPicture } from './getPicture.js';
import { listPictures } from './listPictures.js';
import { loadPictures, picturesLoaded } from './loadPictures.js';
import { pictureAlt } from './pictureAlt.js';
import { pictureKeys } from './pictureKeys.js';
import { picturesVersion, subscribeToPictures } from './pictureRegistry.js';
import { registerPictureSet } from './registerPictureSet.js';
import { unregisterPictureSet } from './unregisterPictureSet.js';

// The steps below depend on each other: our pictures are loaded once, part-way through.
describe('loading the built-in pictures on demand', () => {
  it('knows only the keys before they are loaded', () => {
    expect(picturesLoaded()).toBe(false);
    expect(pictureKeys).toContain('home');
    expect(Object.isFrozen(pictureKeys)).toBe(true);
    // Alt text, sizes and licences come with the drawings.
    expect(pictureAlt('home', 'en')).toBeUndefined();
    expect(pictureAlt('home', 'cy-GB')).toBeUndefined();
    expect(pictureAlt('no-such-picture', 'en')).toBeUndefined();
    expect(getPicture('home')).toBeUndefined();
    expect(listPictures()).toEqual([]);
  });

  it('tells subscribers when a host set comes and goes', () => {
    const seen: number[] = [];
    const unsubscribe = subscribeToPictures(() => seen.push(picturesVersion()));
    const before = picturesVersion();
    registerPictureSet({
      name: 'early',
      pictures: [
        {
          key: 'allotment',
          width: 10,
          height: 10,
          elements: [{ type: 'rect', attrs: { width: '10', height: '10', fill: '#000' } }],
          alt: { en: 'Allotment' },
          source: { set: 'early', icon: 'a', license: 'MIT', author: 'Host' },
        },
      ],
    });
    // A host set works at once, before ours are loaded, and wins no key it does not have.
    expect(getPicture('allotment')?.alt.en).toBe('Allotment');
    expect(pictureAlt('allotment', 'cy')).toBe('Allotment');
    expect(listPictures().map((p) => p.key)).toEqual(['allotment']);
    expect(pictureAlt('home', 'en')).toBeUndefined();
    expect(unregisterPictureSet('early')).toBe(true);
    expect(unregisterPictureSet('early')).toBe(false);
    unsubscribe();
    expect(seen).toEqual([before + 1, before + 2]);
  });

  it('draws every built-in key once loaded, telling subscribers once, however often it is asked', async () => {
    let calls = 0;
    const unsubscribe = subscribeToPictures(() => {
      calls += 1;
    });
    await Promise.all([loadPictures(), loadPictures()]);
    await loadPictures();
    unsubscribe();
    expect(calls).toBe(1);
    expect(picturesLoaded()).toBe(true);
    expect(getPicture('home')?.elements.length).toBeGreaterThan(0);
    expect(getPicture('home')?.source.license).toBe('MIT');
    expect(pictureAlt('home', 'en')).toBe('Home');
    expect(pictureAlt('home', 'cy-GB')).toBe('Cartref');
    expect(pictureAlt('no-such-picture', 'en')).toBeUndefined();
    expect(listPictures().map((p) => p.key)).toEqual([...pictureKeys]);
  });
});
