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

  it('cuts a word wider than the column between the pieces breakLongWords gives, with a hyphen', () => {
    // A W is just under an em wide: at 18 points a line 200 points wide holds one piece of 6
    // W's and its hyphen, not two (the last piece, 4 W's, fits beside one); 300 points hold two.
    expect(lineCount('W'.repeat(100), 18, 200)).toBe(16);
    expect(lineCount(`Hi ${'W'.repeat(100)}`, 18, 200)).toBe(17);
    expect(lineCount('W'.repeat(100), 18, 300)).toBe(8);
  });

  it('counts characters from other scripts and the missing-glyph mark at their widest', () => {
    // Ш is wider than a Latin letter; � (what a character no font has becomes) is an em.
    expect(lineCount('Ш'.repeat(40), 18, 200)).toBeGreaterThan(lineCount('a'.repeat(40), 18, 200));
    // Pieces of 6, 6 and 4 and a hyphen are 16.37 em; a line 300 points wide holds 16.67 em at 18 points.
    expect(lineCount('\uFFFD'.repeat(16), 18, 300)).toBe(1);
    expect(lineCount('\uFFFD'.repeat(17), 18, 300)).toBe(2);
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
