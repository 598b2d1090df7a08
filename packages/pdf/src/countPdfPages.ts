/**
 * The number of pages in a PDF written by react-pdf (pdfkit), read from its page tree. pdfkit
 * writes the tree's `/Count` uncompressed, so there is no need for a PDF parser.
 */
export function countPdfPages(bytes: Uint8Array): number {
  // latin1 keeps one character per byte, so binary streams cannot shift the match.
  const text = new TextDecoder('latin1').decode(bytes);
  let count = 0;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)) {
    count = Math.max(count, Number(match[1]));
  }
  return count;
}
