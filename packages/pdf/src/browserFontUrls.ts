/**
 * URLs of the bundled font files for the browser. Each is a static `new URL(…, import.meta.url)`
 * so Vite (and other bundlers that follow the pattern) copy the file into the build and give its
 * URL: the fonts are served with the app, never fetched from a font service.
 */
export function browserFontUrls(): Record<string, string> {
  return {
    'atkinson-hyperlegible-next-latin-400': new URL(
      '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff',
      import.meta.url,
    ).href,
    'atkinson-hyperlegible-next-latin-700': new URL(
      '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-700-normal.woff',
      import.meta.url,
    ).href,
    'atkinson-hyperlegible-next-latin-ext-400': new URL(
      '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-ext-400-normal.woff',
      import.meta.url,
    ).href,
    'atkinson-hyperlegible-next-latin-ext-700': new URL(
      '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-ext-700-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-latin-400': new URL(
      '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-latin-700': new URL(
      '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-latin-ext-400': new URL(
      '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-latin-ext-700': new URL(
      '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-greek-400': new URL(
      '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-greek-700': new URL(
      '@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-greek-ext-400': new URL(
      '@fontsource/noto-sans/files/noto-sans-greek-ext-400-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-greek-ext-700': new URL(
      '@fontsource/noto-sans/files/noto-sans-greek-ext-700-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-cyrillic-400': new URL(
      '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-cyrillic-700': new URL(
      '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-cyrillic-ext-400': new URL(
      '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-cyrillic-ext-700': new URL(
      '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-vietnamese-400': new URL(
      '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff',
      import.meta.url,
    ).href,
    'noto-sans-vietnamese-700': new URL(
      '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff',
      import.meta.url,
    ).href,
  };
}
