import { describe, expect, it } from 'vitest';
import { breakLongWords } from './breakLongWords.js';

describe('breakLongWords', () => {
  it('never cuts a word that fits every line, however long by count (easy read does not hyphenate)', () => {
    for (const word of ['support', 'independently', 'responsibilities', 'Llanfairpwll', 'Gwasanaethau']) {
      expect(breakLongWords(word)).toEqual([word]);
    }
  });

  it('cuts a word too wide for a line into pieces of 6, so react-pdf can break it', () => {
    expect(breakLongWords('W'.repeat(20))).toEqual(['WWWWWW', 'WWWWWW', 'WWWWWW', 'WW']);
    expect(breakLongWords('Ш'.repeat(15))).toEqual(['ШШШШШШ', 'ШШШШШШ', 'ШШШ']);
    const address = 'https://www.example.org/our-support/adult-social-care';
    expect(breakLongWords(address).length).toBeGreaterThan(1);
    expect(breakLongWords(address).join('')).toBe(address);
  });

  it('never splits a letter from its accents', () => {
    const word = 'W\u0301'.repeat(20);
    for (const piece of breakLongWords(word)) expect(piece.startsWith('\u0301')).toBe(false);
    expect(breakLongWords(word).join('')).toBe(word);
  });
});
