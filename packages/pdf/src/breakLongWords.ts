import { textWidth } from './glyphWidths.js';

/**
 * A word wider than this, in em, may not fit a line: the narrowest column for its font size is
 * the cover's name, 491 points at 44 points, about 11 em. Narrower words are never cut.
 */
const WIDEST_UNCUT = 11;
/** How many characters are in each piece such a word is cut into: narrow enough for any line. */
const PIECE = 6;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

/** The characters of `text` as the reader sees them: a letter with its accents stays whole. */
function graphemes(text: string): string[] {
  return segmenter ? Array.from(segmenter.segment(text), (part) => part.segment) : Array.from(text);
}

/**
 * react-pdf's `hyphenationCallback` for every text in the PDF. Easy read never splits a word
 * across lines, so words are not hyphenated, except a word too wide for a line (a web address,
 * a run of capitals, a long Cyrillic word): react-pdf drew that past the margin, and the
 * letters beyond the page's edge were lost. Such a word is cut into pieces of 6 characters,
 * which react-pdf may break between, with a hyphen, where the line ends.
 */
export function breakLongWords(word: string): string[] {
  if (textWidth(word) <= WIDEST_UNCUT) return [word];
  const characters = graphemes(word);
  const pieces: string[] = [];
  for (let index = 0; index < characters.length; index += PIECE) {
    pieces.push(characters.slice(index, index + PIECE).join(''));
  }
  return pieces;
}
