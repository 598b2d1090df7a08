import { describe, expect, it } from 'vitest';
import { plainTextFromXhtml } from './plainTextFromXhtml.js';

describe('plainTextFromXhtml', () => {
  it('keeps the words and drops the markup', () => {
    expect(
      plainTextFromXhtml(
        '<div xmlns="http://www.w3.org/1999/xhtml"><p>How <b>often</b>?</p><p>Tick one</p></div>',
      ),
    ).toBe('How often?\nTick one');
  });

  it('removes scripts, styles and event handlers entirely', () => {
    const text = plainTextFromXhtml(
      '<img src=x onerror="alert(1)"><script>alert(2)</script><style>p{}</style>Safe',
    );
    expect(text).toBe('Safe');
  });

  it('decodes entities once, so encoded markup stays as inert text', () => {
    expect(plainTextFromXhtml('&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#233;&#x263A;')).toBe(
      '<script>alert(1)</script> &amp; é☺',
    );
  });

  it('drops control and bidirectional override characters', () => {
    expect(plainTextFromXhtml('a\u0007b\u202Ec')).toBe('abc');
  });

  it('copes with unclosed tags and very long input', () => {
    expect(plainTextFromXhtml('<p>Hello <b')).toBe('Hello');
    expect(plainTextFromXhtml('x'.repeat(300_000)).length).toBe(200_000);
  });
});
