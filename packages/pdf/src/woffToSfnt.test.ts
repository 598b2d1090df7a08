import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_FILES, FONT_WEIGHTS } from './fonts.js';
import { woffToSfnt } from './woffToSfnt.js';

const require = createRequire(import.meta.url);
const inflate = (data: Uint8Array): Uint8Array => inflateSync(data);

// The parts of fontkit (the font reader react-pdf uses; it ships no types) this test reads.
interface Glyph {
  advanceWidth: number;
  path: { toSVG: () => string };
}
interface Font {
  type: string;
  characterSet: number[];
  glyphForCodePoint: (codePoint: number) => Glyph;
  layout: (text: string) => { positions: unknown[] };
}
let create: (buffer: Buffer) => Font;
beforeAll(async () => {
  const specifier: string = 'fontkit';
  ({ create } = (await import(/* @vite-ignore */ specifier)) as { create: typeof create });
});

function open(bytes: Uint8Array): Font {
  return create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

describe('woffToSfnt', () => {
  it.each(FONT_FILES.flatMap((font) => FONT_WEIGHTS.map((weight) => [font.file, weight] as const)))(
    'unpacks %s %i into a TrueType font with the same glyphs, widths and shaping',
    (file, weight) => {
      const font = FONT_FILES.find((candidate) => candidate.file === file)!;
      const woff = readFileSync(require.resolve(`${font.pkg}/files/${file}-${weight}-normal.woff`));
      const packed = open(woff);
      const unpacked = open(woffToSfnt(woff, inflate));
      expect(unpacked.type).toBe('TTF');
      expect(unpacked.characterSet).toEqual(packed.characterSet);
      // A spread of glyphs: reading every glyph of the WOFF is slow (the reason this exists).
      const step = Math.ceil(packed.characterSet.length / 40);
      for (const codePoint of packed.characterSet.filter((_, index) => index % step === 0)) {
        const before = packed.glyphForCodePoint(codePoint);
        const after = unpacked.glyphForCodePoint(codePoint);
        expect(after.advanceWidth).toBe(before.advanceWidth);
        expect(after.path.toSVG()).toBe(before.path.toSVG());
      }
      const text = String.fromCodePoint(...packed.characterSet.filter((c) => c > 0x20).slice(0, 60));
      expect(unpacked.layout(text).positions).toEqual(packed.layout(text).positions);
    },
  );

  it('rejects a file that is not a WOFF font', () => {
    expect(() => woffToSfnt(new TextEncoder().encode('not a font at all, just words'), inflate)).toThrow(
      'not a WOFF 1.0 font',
    );
  });

  it('rejects a WOFF font cut short', () => {
    const font = FONT_FILES[0]!;
    const woff = readFileSync(require.resolve(`${font.pkg}/files/${font.file}-400-normal.woff`));
    expect(() => woffToSfnt(woff.subarray(0, woff.byteLength - 100), inflate)).toThrow('past the end');
  });
});
