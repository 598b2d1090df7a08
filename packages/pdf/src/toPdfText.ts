import { inRanges } from './codePointRanges.js';
import { fontCoverage } from './fontCoverage.js';

/** What the PDF draws in place of a run of characters no bundled font has (emoji, CJK, Arabic…). */
export const MISSING_GLYPH = '\uFFFD';

// Invisible formatting characters: bidi embeddings/overrides/isolates, zero-width joiners,
// variation selectors, the BOM and tag characters. They carry no visible meaning in a PDF
// and some (bidi overrides) could reorder the text a reader sees, so they are removed.
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
  [0xe0000, 0xe0fff],
];
// C0 and C1 control characters except tab, line feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Makes any text safe to draw with the bundled fonts: removes control and invisible
 * formatting characters, turns tabs and line/paragraph separators into spaces or line breaks,
 * keeps at most one blank line in a row, trims blank space from both ends, and replaces each run of characters no font can draw
 * with one {@link MISSING_GLYPH}, so the rest still renders, selectable and extractable.
 */
export function toPdfText(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '');
  let out = '';
  let inMissingRun = false;
  for (const char of cleaned) {
    const codePoint = char.codePointAt(0)!;
    if (inRanges(INVISIBLE, codePoint)) continue;
    if (codePoint === 0x0a || codePoint === 0x20 || inRanges(fontCoverage, codePoint)) {
      out += char;
      inMissingRun = false;
    } else if (!inMissingRun) {
      out += MISSING_GLYPH;
      inMissingRun = true;
    }
  }
  // Blank lines beyond one carry no meaning on paper, but thousands of them make thousands of
  // pages; and blank lines at the end of a text that runs onto a new page would be all that page
  // has on it.
  return trimBlank(out.replace(/\n[ \n]*\n/g, '\n\n'));
}

/** Removes spaces and line breaks from both ends, in linear time (a `[ \n]+$` regex is quadratic). */
function trimBlank(text: string): string {
  const blank = (index: number): boolean => text[index] === ' ' || text[index] === '\n';
  let start = 0;
  let end = text.length;
  while (start < end && blank(start)) start += 1;
  while (end > start && blank(end - 1)) end -= 1;
  return text.slice(start, end);
}
