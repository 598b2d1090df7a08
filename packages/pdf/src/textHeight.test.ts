import { describe, expect, it } from 'vitest';
import { lineCount, textHeight } from './textHeight.js';

describe('lineCount', () => {
  it('counts one line for empty or short text and one more for each line break', () => {
    expect(lineCount('', 18, 400)).toBe(1);
    expect(lineCount('I like music.', 18, 400)).toBe(1);
    expect(lineCount('One\nTwo\n\nFour', 18, 400)).toBe(4);
  });

  it('wraps words at spaces when the next word does not fit', () => {
    // "iiii" is narrow and "WWWW" wide: the same number of letters takes more lines in capitals W.
    const narrow = lineCount(Array(40).fill('iiii').join(' '), 18, 200);
    const wide = lineCount(Array(40).fill('WWWW').join(' '), 18, 200);
    expect(narrow).toBeGreaterThan(1);
    expect(wide).toBeGreaterThan(narrow * 2);
  });

  it('cuts a word wider than the column over several lines, with room for a hyphen', () => {
    // A W is just under an em wide: 18-point W's, with a hyphen, fit 10 to a line 200 points wide.
    expect(lineCount('W'.repeat(100), 18, 200)).toBe(10);
    expect(lineCount(`Hi ${'W'.repeat(100)}`, 18, 200)).toBe(11);
  });

  it('counts characters from other scripts and the missing-glyph mark at their widest', () => {
    // Ш is wider than a Latin letter; � (what a character no font has becomes) is an em.
    expect(lineCount('Ш'.repeat(40), 18, 200)).toBeGreaterThan(lineCount('a'.repeat(40), 18, 200));
    expect(lineCount('\uFFFD'.repeat(20), 18, 200)).toBe(2);
    expect(lineCount('\uFFFD'.repeat(21), 18, 200)).toBe(3);
  });

  it('takes time in proportion to the text, so a million characters is quick', () => {
    expect(lineCount('word '.repeat(200_000), 18, 400)).toBeGreaterThan(10_000);
  });
});

describe('textHeight', () => {
  it('is the lines times the font size times the line height', () => {
    expect(textHeight('One\nTwo', { fontSize: 18, lineHeight: 1.5, width: 400 })).toBe(54);
  });
});
