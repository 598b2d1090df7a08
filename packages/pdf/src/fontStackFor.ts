import { inRanges } from './codePointRanges.js';
import { fontCoverageByFamily } from './fontCoverage.js';
import { FONT_FILES } from './fonts.js';
import { MISSING_GLYPH } from './toPdfText.js';

const NON_ASCII = /[^\u0000-\u007f]/;

// Code point → index in FONT_FILES of the first family that draws it (-1: none). Shared by
// every render: the fonts never change while the process runs.
const firstFamily = new Map<number, number>();

function familyIndexFor(codePoint: number): number {
  let index = firstFamily.get(codePoint);
  if (index === undefined) {
    index = FONT_FILES.findIndex((font) => inRanges(fontCoverageByFamily[font.family] ?? [], codePoint));
    firstFamily.set(codePoint, index);
  }
  return index;
}

/**
 * The font stack that draws `texts` exactly as the whole stack would: Atkinson Hyperlegible
 * Next (latin) always, and each fallback family only when one of its characters is there (the
 * first family with a glyph is the one react-pdf would pick). Characters no font has count as
 * {@link MISSING_GLYPH}, as `toPdfText` draws them. Fewer families to load and register, and
 * none of the Noto subsets for English or Welsh.
 */
export function fontStackFor(texts: Iterable<string>): string[] {
  const needed = new Set<number>([0]);
  for (const text of texts) {
    if (!NON_ASCII.test(text)) continue;
    // As toPdfText will draw it: composed, and a character no font has becomes MISSING_GLYPH.
    for (const char of text.normalize('NFC')) {
      const codePoint = char.codePointAt(0)!;
      if (codePoint < 0x80) continue;
      const index = familyIndexFor(codePoint);
      needed.add(index === -1 ? familyIndexFor(MISSING_GLYPH.codePointAt(0)!) : index);
    }
    if (needed.size === FONT_FILES.length) break;
  }
  return FONT_FILES.filter((_, index) => needed.has(index)).map((font) => font.family);
}
