/**
 * The PDF's colours. Text is near-black on white (contrast about 19:1); the accent, used for
 * rules and filled scale boxes, is a dark blue that keeps 8:1 against white.
 */
export const pdfColours = {
  ink: '#111111',
  paper: '#ffffff',
  accent: '#1d4f91',
  soft: '#eef3fa',
  rule: '#9aa7b8',
} as const;
