import { beforeAll, describe, expect, it } from 'vitest';
import type { PictureElement } from './Picture.js';
import { getPicture } from './getPicture.js';
import { loadPictures } from './loadPictures.js';
import { listPictures } from './listPictures.js';
import { pictureKeys } from './pictureKeys.js';

// The drawings load on demand; these tests read them.
beforeAll(() => loadPictures());

// The keys the form definition, life areas, ladder rungs, barrier themes and common ideas use.
const requiredKeys = [
  'person',
  'home',
  'family',
  'friends',
  'money',
  'doctor',
  'medicine',
  'phone',
  'bus',
  'work',
  'college',
  'food',
  'sleep',
  'upset',
  'happy',
  'calendar',
  'advocate',
  'safe',
  'help',
  'talk',
  'heart',
  'star',
  'community',
  'house-search',
  'ladder',
  'decision',
  'barrier',
  'share',
  'review',
  'hospital',
  'pills',
  'car',
  'shop',
  'question',
  'tick',
  'warning',
  'ear',
  'eye',
  'hands',
  'pen',
  'chat',
  'clock',
  'group',
  'thumbs-up',
  'thumbs-down',
  // life areas
  'health',
  'relationships',
  'work-learning',
  'daily-living',
  'safety',
  // support ladder rungs
  'me',
  'family-friends',
  'universal',
  'targeted',
  'specialist',
  'residential',
  // barrier themes
  'funding-health-social-care',
  'housing',
  'information-sharing',
  'waiting-lists',
  'eligibility',
  'benefits',
  'workforce',
  'legal-process',
  'transport',
  'other',
  // common ideas
  'carer',
  'wheelchair',
  'sign-language',
  'interpreter',
  'easy-read',
  'large-print',
  'braille',
  'audio',
  'computer',
  'tablet',
  'music',
  'garden',
  'dog',
  'cat',
  'walk',
  'exercise',
  'shower',
  'cooking',
  'cleaning',
  'shopping',
  'key',
  'letter',
  'email',
  'pray',
  'learn',
  'school',
  'train',
  'taxi',
  'police',
  'ambulance',
  'emergency',
  'night',
  'morning',
  'lonely',
  'angry',
  'worried',
  'tired',
  'calm',
  'pain',
  'dentist',
  'glasses',
  'hearing-aid',
  'nurse',
  'social-worker',
  'goal',
  'plan',
  'meeting',
  'sun',
  'weather',
  'game',
  'art',
];

function* walk(elements: readonly PictureElement[]): Generator<PictureElement> {
  for (const element of elements) {
    yield element;
    if (element.children) yield* walk(element.children);
  }
}

describe('the built-in pictures', () => {
  it('draw every key the form definition and the plan use', () => {
    const missing = requiredKeys.filter((key) => getPicture(key) === undefined);
    expect(missing).toEqual([]);
    expect(pictureKeys).toEqual(expect.arrayContaining(requiredKeys));
  });

  it('number at least 80, one per key', () => {
    expect(pictureKeys.length).toBeGreaterThanOrEqual(80);
    expect(new Set(pictureKeys).size).toBe(pictureKeys.length);
    expect(listPictures().map((p) => p.key)).toEqual([...pictureKeys]);
  });

  it.each(pictureKeys)('%s has English and Welsh alt text, a licence and an author', (key) => {
    const picture = getPicture(key);
    expect(picture?.key).toBe(key);
    expect(picture?.alt.en.trim()).not.toBe('');
    expect(picture?.alt['cy']?.trim()).toBeTruthy();
    expect(picture?.source.license).toBe('MIT');
    expect(picture?.source.author.trim()).not.toBe('');
    expect(picture?.source.icon.trim()).not.toBe('');
  });

  it.each(pictureKeys)('%s is a drawing with solid paint and no unresolved url() references', (key) => {
    const picture = getPicture(key);
    expect(picture).toBeDefined();
    if (!picture) return;
    expect(picture.width).toBeGreaterThan(0);
    expect(picture.height).toBeGreaterThan(0);
    const elements = [...walk(picture.elements)];
    const drawn = elements.filter((e) => e.type !== 'g');
    expect(drawn.length).toBeGreaterThan(0);
    for (const element of elements) {
      for (const value of Object.values(element.attrs)) expect(value).not.toMatch(/url\(|currentColor/i);
    }
    for (const element of drawn) {
      const fills = element.attrs.fill !== undefined && element.attrs.fill !== 'none';
      const strokes = element.attrs.stroke !== undefined && element.attrs.stroke !== 'none';
      expect(fills || strokes).toBe(true);
    }
  });
});
