import { describe, expect, it } from 'vitest';
import { MISSING_GLYPH, toPdfText } from './toPdfText.js';

describe('toPdfText', () => {
  it('keeps Welsh, Greek, Cyrillic and Vietnamese text exactly', () => {
    const text = 'Gwenllïan Ŵyn â ê î ô û ŵ ŷ ï Ελλάδα Привет Tiếng Việt';
    expect(toPdfText(text)).toBe(text);
  });

  it('replaces each run of characters no font has with one visible mark', () => {
    expect(toPdfText('Hi 😀👍🏽 there 漢字 مرحبا')).toBe(
      `Hi ${MISSING_GLYPH} there ${MISSING_GLYPH} ${MISSING_GLYPH}`,
    );
  });

  it('removes control and bidirectional formatting characters', () => {
    expect(toPdfText('a\u0000b\u0007c\u202Ed\u2066e\u200Bf\uFEFFg')).toBe('abcdefg');
  });

  it('keeps line breaks and turns tabs and other line separators into spaces or breaks', () => {
    expect(toPdfText('one\r\ntwo\rthree\u2028four\tfive')).toBe('one\ntwo\nthree\nfour five');
  });

  it('keeps at most one blank line in a row', () => {
    expect(toPdfText('one\n\n\n\n \n\ntwo\nthree')).toBe('one\n\ntwo\nthree');
  });

  it('trims blank lines and spaces from both ends, so a page break never leaves only them', () => {
    expect(toPdfText('\n \n one\n\ntwo \n\n\n')).toBe('one\n\ntwo');
    expect(toPdfText(' \n\t\u0000 ')).toBe('');
    expect(toPdfText(`${' '.repeat(200_000)}a${' '.repeat(200_000)}`)).toBe('a');
  });

  it('composes combining marks where a composed letter exists', () => {
    expect(toPdfText('w\u0302')).toBe('ŵ');
  });

  it('replaces a lone surrogate instead of throwing', () => {
    expect(toPdfText('a\uD800b')).toBe(`a${MISSING_GLYPH}b`);
  });

  it('handles a 100 000-character string', () => {
    const long = 'ab😀'.repeat(25_000);
    expect(toPdfText(long)).toBe(`ab${MISSING_GLYPH}`.repeat(25_000));
  });
});
