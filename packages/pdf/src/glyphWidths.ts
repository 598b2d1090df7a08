import { asciiWidths, blockWidths, WIDTH_BLOCK, WIDTH_UNITS } from './fontWidths.js';

let blocks: Map<number, number> | undefined;

/** The widest character of all, for a code point no table knows (the drawn text never has one). */
const WIDEST = Math.max(...asciiWidths, ...blockWidths.map(([, width]) => width));

/** How wide a character may be, in em: the widest it is in any bundled font, regular or bold. */
export function charWidth(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return asciiWidths[codePoint - 0x20]! / WIDTH_UNITS;
  blocks ??= new Map(blockWidths);
  return (blocks.get(codePoint - (codePoint % WIDTH_BLOCK)) ?? WIDEST) / WIDTH_UNITS;
}

/** How wide `text` may be, in em (see {@link charWidth}). */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}
