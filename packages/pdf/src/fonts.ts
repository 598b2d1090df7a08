import type * as NodeFs from 'node:fs';
import type * as NodeModule from 'node:module';
import type * as NodeZlib from 'node:zlib';
import { Font } from '@react-pdf/renderer';

/** One bundled font subset: a react-pdf family name and the @fontsource file it comes from. */
export interface FontFile {
  /** The react-pdf family this subset is registered as. */
  family: string;
  /** The @fontsource package that ships it. */
  pkg: '@fontsource/atkinson-hyperlegible-next' | '@fontsource/noto-sans';
  /** The file name without `-<weight>-normal.woff`. */
  file: string;
}

/** The weights the PDF uses: body text and headings. */
export const FONT_WEIGHTS = [400, 700] as const;

const atkinson = '@fontsource/atkinson-hyperlegible-next';
const noto = '@fontsource/noto-sans';

/**
 * The font stack, in fallback order. Atkinson Hyperlegible Next (latin, latin-ext) draws
 * English and Welsh; Noto Sans fills in Greek, Cyrillic, Vietnamese and the symbols Atkinson
 * lacks. @fontsource splits each font by Unicode range, so each subset is its own family and
 * react-pdf picks the first family with a glyph, per character.
 */
export const FONT_FILES: readonly FontFile[] = [
  { family: 'AtkinsonLatin', pkg: atkinson, file: 'atkinson-hyperlegible-next-latin' },
  { family: 'AtkinsonLatinExt', pkg: atkinson, file: 'atkinson-hyperlegible-next-latin-ext' },
  { family: 'NotoLatin', pkg: noto, file: 'noto-sans-latin' },
  { family: 'NotoLatinExt', pkg: noto, file: 'noto-sans-latin-ext' },
  { family: 'NotoGreek', pkg: noto, file: 'noto-sans-greek' },
  { family: 'NotoGreekExt', pkg: noto, file: 'noto-sans-greek-ext' },
  { family: 'NotoCyrillic', pkg: noto, file: 'noto-sans-cyrillic' },
  { family: 'NotoCyrillicExt', pkg: noto, file: 'noto-sans-cyrillic-ext' },
  { family: 'NotoVietnamese', pkg: noto, file: 'noto-sans-vietnamese' },
];

/** Every family, in fallback order: a document uses the part of it its text needs (`documentFontStack`). */
export const FONT_STACK: string[] = FONT_FILES.map((font) => font.family);

/** Where a font file is: a file path (Node) or a URL the browser can load (same origin, bundled). */
export type FontLocator = (font: FontFile, weight: (typeof FONT_WEIGHTS)[number]) => string;

/** Options for {@link registerFonts}. */
export interface RegisterFontsOptions {
  /**
   * Where the font files come from: `'node'` reads them from node_modules (unpacked from WOFF
   * in memory, which makes rendering much faster), `'browser'` uses
   * the URLs a Vite-compatible bundler emits for them, or a function of your own (e.g. to
   * serve the files from your own path). Never a remote server: nothing is fetched from the network.
   * @default 'node' in Node, 'browser' elsewhere
   */
  source?: 'node' | 'browser' | FontLocator;
  /**
   * The families to register (a document's stack, from `documentFontStack`); the others are
   * registered when a later call asks for them.
   * @default every family of {@link FONT_STACK}
   */
  families?: readonly string[];
}

let locating: Promise<FontLocator> | undefined;
const registered = new Set<string>();

function isNode(): boolean {
  return (
    typeof globalThis.process === 'object' &&
    typeof globalThis.process.versions?.node === 'string' &&
    typeof (globalThis as { window?: unknown }).window === 'undefined'
  );
}

async function nodeLocator(): Promise<FontLocator> {
  // Hidden from bundlers: this branch runs only in Node, and the browser build must not pull in node:*.
  const moduleSpecifier = 'node:module';
  const fsSpecifier = 'node:fs';
  const zlibSpecifier = 'node:zlib';
  const [{ createRequire }, { readFileSync }, { inflateSync }, { woffToSfnt }] = await Promise.all([
    import(/* @vite-ignore */ moduleSpecifier) as Promise<typeof NodeModule>,
    import(/* @vite-ignore */ fsSpecifier) as Promise<typeof NodeFs>,
    import(/* @vite-ignore */ zlibSpecifier) as Promise<typeof NodeZlib>,
    import('./woffToSfnt.js'),
  ]);
  const require = createRequire(import.meta.url);
  // fontkit inflates WOFF tables with a pure-JS inflate, again for every glyph the subsetter
  // copies (most of a render's font time), so Node hands react-pdf the unpacked font instead.
  return (font, weight) => {
    const woff = readFileSync(require.resolve(`${font.pkg}/files/${font.file}-${weight}-normal.woff`));
    const sfnt = woffToSfnt(woff, (data) => inflateSync(data));
    return `data:font/ttf;base64,${Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength).toString('base64')}`;
  };
}

async function browserLocator(): Promise<FontLocator> {
  const { browserFontUrls } = await import('./browserFontUrls.js');
  const urls = browserFontUrls();
  return (font, weight) => {
    const url = urls[`${font.file}-${weight}`];
    if (url === undefined) throw new Error(`registerFonts: no bundled URL for ${font.file} ${weight}.`);
    return url;
  };
}

function hyphenate(word: string): string[] {
  // Easy-read text is not hyphenated (and English patterns would break Welsh words wrongly),
  // but a word longer than a line (a pasted link, a run of letters) must still break, not overflow.
  const chars = Array.from(word);
  if (chars.length <= 24) return [word];
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += 16) parts.push(chars.slice(i, i + 16).join(''));
  return parts;
}

/**
 * Registers the bundled fonts with react-pdf (each family once; later calls reuse the first
 * source and add only families not yet registered). `renderEasyReadPdf` calls it for you; call it
 * yourself before rendering `<EasyReadPlan>` with react-pdf's own `pdf()` or `<PDFViewer>`.
 */
export async function registerFonts(options: RegisterFontsOptions = {}): Promise<void> {
  locating ??= (async () => {
    const source = options.source ?? (isNode() ? 'node' : 'browser');
    const locate =
      source === 'node' ? await nodeLocator() : source === 'browser' ? await browserLocator() : source;
    Font.registerHyphenationCallback(hyphenate);
    return locate;
  })();
  locating.catch(() => {
    locating = undefined;
  });
  const locate = await locating;
  const wanted = options.families ?? FONT_STACK;
  for (const font of FONT_FILES) {
    if (registered.has(font.family) || !wanted.includes(font.family)) continue;
    // Locate both weights before registering, so a failure leaves the family unregistered.
    const fonts = FONT_WEIGHTS.map((fontWeight) => ({ src: locate(font, fontWeight), fontWeight }));
    Font.register({ family: font.family, fonts });
    registered.add(font.family);
  }
}
