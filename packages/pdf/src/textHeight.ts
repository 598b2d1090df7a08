import { breakLongWords } from './breakLongWords.js';
import { charWidth, textWidth } from './glyphWidths.js';

/** How a text is set: its font size and line height in points, and the width of its column. */
export interface TextSetting {
  fontSize: number;
  /** Line height as a multiple of the font size, as in the style sheet. */
  lineHeight: number;
  width: number;
}

const SPACE = charWidth(0x20);
const HYPHEN = charWidth(0x2d);

/**
 * How many lines `text` takes at most, set at `fontSize` in a column `width` points wide:
 * line breaks start new lines, words wrap at spaces, and a word wider than the column is cut
 * with a hyphen, as react-pdf does. Every character counts as wide as it is in the widest of
 * the bundled fonts and weights, and lines are filled first-fit, which never takes fewer lines
 * than the widths allow; react-pdf's own line breaking may still take a line or two more, which
 * is why callers leave room (see `EasyReadPlan`).
 */
export function lineCount(text: string, fontSize: number, width: number): number {
  const columns = width / fontSize;
  let lines = 0;
  for (const hardLine of text.split('\n')) {
    lines += 1;
    let x = 0;
    for (const word of hardLine.split(' ')) {
      const wordWidth = textWidth(word);
      if (x > 0 && x + SPACE + wordWidth <= columns) {
        x += SPACE + wordWidth;
        continue;
      }
      if (x > 0) {
        lines += 1;
        x = 0;
      }
      if (wordWidth <= columns) {
        x = wordWidth;
        continue;
      }
      // Cut where breakLongWords lets react-pdf cut it (between pieces, with a hyphen), or
      // anywhere within a piece wider than the line.
      for (const piece of breakLongWords(word)) {
        const pieceWidth = textWidth(piece);
        if (x > 0 && x + pieceWidth + HYPHEN > columns) {
          lines += 1;
          x = 0;
        }
        if (pieceWidth + HYPHEN <= columns) {
          x += pieceWidth;
          continue;
        }
        for (const char of piece) {
          const advance = charWidth(char.codePointAt(0)!);
          if (x > 0 && x + advance + HYPHEN > columns) {
            lines += 1;
            x = 0;
          }
          x += advance;
        }
      }
    }
  }
  return lines;
}

/** The height in points `text` takes at most when set as `setting` (see {@link lineCount}). */
export function textHeight(text: string, setting: TextSetting): number {
  return lineCount(text, setting.fontSize, setting.width) * setting.fontSize * setting.lineHeight;
}
