import { beforeAll, describe, expect, it } from 'vitest';
import type { Picture } from './Picture.js';
import { getPicture } from './getPicture.js';
import { loadPictures } from './loadPictures.js';
import { pictureToSvgString } from './pictureToSvgString.js';

// The drawings load on demand; these tests read them.
beforeAll(() => loadPictures());

const hostile = '"><script>alert(1)</script><x a=\'';

describe('pictureToSvgString', () => {
  it('writes a standalone SVG with a view box, title and accessible name', () => {
    const home = getPicture('home');
    expect(home).toBeDefined();
    if (!home) return;
    const svg = pictureToSvgString(home, { title: 'Home', size: 48 });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32" width="48" height="48"/,
    );
    expect(svg).toContain('role="img" aria-label="Home"><title>Home</title><path');
    expect(svg).toContain('fill-rule="evenodd"');
    expect(svg).not.toContain('fillRule');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('marks a picture without a title as decorative', () => {
    const svg = pictureToSvgString(getPicture('star') as Picture);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).not.toContain('<title>');
  });

  it('escapes hostile title and attribute text and drops unknown elements and attributes', () => {
    const picture = {
      key: 'evil',
      width: 10,
      height: 10,
      alt: { en: 'Evil' },
      source: { set: 'x', icon: 'x', license: 'MIT', author: 'x' },
      elements: [
        {
          type: 'path',
          attrs: {
            d: hostile,
            fill: `red${hostile}`,
            onload: 'alert(1)',
            style: 'x',
            href: 'javascript:alert(1)',
          },
        },
        { type: 'script', attrs: {}, children: [] },
        { type: 'g', attrs: { transform: hostile }, children: [{ type: 'foreignObject', attrs: {} }] },
      ],
    } as unknown as Picture;
    const svg = pictureToSvgString(picture, { title: `${hostile}\u0000\u202E&` });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<x ');
    expect(svg).not.toMatch(/onload|style=|href|foreignObject/);
    expect(svg).toContain('d="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x a=&apos;"');
    expect(svg).toContain(
      '<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x a=&apos;\u202E&amp;</title>',
    );
    expect(svg).not.toContain('\u0000');
    // Every tag that remains is one we allow.
    const tags = [...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['svg', 'title', 'path', 'g']));
  });

  it('survives a huge title and a malformed picture', () => {
    const svg = pictureToSvgString(
      { key: 'x', width: Number.NaN, height: -3, elements: null } as unknown as Picture,
      { title: 'a'.repeat(100_000) },
    );
    expect(svg).toContain('viewBox="0 0 0 0"');
    expect(svg.length).toBeGreaterThan(200_000);
  });
});
