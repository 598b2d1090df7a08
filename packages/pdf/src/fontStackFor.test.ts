import { describe, expect, it } from 'vitest';
import { fontCoverageByFamily } from './fontCoverage.js';
import { FONT_FILES, FONT_STACK } from './fonts.js';
import { fontStackFor } from './fontStackFor.js';

describe('fontStackFor', () => {
  it('uses Atkinson Hyperlegible Next alone for English', () => {
    expect(fontStackFor(['I like the sea – and “the hills”…', 'Café at 10:00'])).toEqual(['AtkinsonLatin']);
  });

  it('adds Atkinson’s latin-ext subset for Welsh, composed or not', () => {
    expect(fontStackFor(['Dw i’n hoffi’r môr. Ŵyn a ŷd.'])).toEqual(['AtkinsonLatin', 'AtkinsonLatinExt']);
    expect(fontStackFor(['w\u0302'])).toEqual(['AtkinsonLatin', 'AtkinsonLatinExt']);
  });

  it('adds the Noto subset of each script the text uses, in stack order', () => {
    expect(fontStackFor(['Привет', 'Ελλάδα'])).toEqual(['AtkinsonLatin', 'NotoGreek', 'NotoCyrillic']);
  });

  it('adds the family that draws the missing-glyph mark when no font has a character', () => {
    expect(fontStackFor(['Hello 😀 漢字'])).toEqual(['AtkinsonLatin', 'NotoLatin']);
  });

  it('picks, for every character the fonts draw, the family the whole stack would use', () => {
    for (const [index, font] of FONT_FILES.entries()) {
      for (const [first, last] of fontCoverageByFamily[font.family]!) {
        for (const codePoint of [first, last]) {
          const char = String.fromCodePoint(codePoint);
          // toPdfText draws the composed form, so a character NFC changes is drawn as another.
          if (codePoint < 0x80 || char.normalize('NFC') !== char) continue;
          const earlier = FONT_FILES.slice(0, index).some((other) =>
            fontCoverageByFamily[other.family]!.some(([a, b]) => a <= codePoint && codePoint <= b),
          );
          if (!earlier) expect(fontStackFor([char])).toContain(font.family);
        }
      }
    }
  });

  it('needs no more than the whole stack for any text', () => {
    const everything = FONT_FILES.flatMap((font) =>
      fontCoverageByFamily[font.family]!.map(([first]) => String.fromCodePoint(first)),
    );
    expect(fontStackFor([everything.join('')]).every((family) => FONT_STACK.includes(family))).toBe(true);
  });
});
