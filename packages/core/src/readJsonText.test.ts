import { describe, expect, it } from 'vitest';
import { readJsonText } from './readJsonText.js';

describe('readJsonText', () => {
  it('reads JSON after a byte order mark', () => {
    expect(readJsonText('\uFEFF{"a":1}', 100)).toEqual({ ok: true, value: { a: 1 } });
  });

  it('refuses text over the limit in UTF-8 bytes, and empty text', () => {
    expect(readJsonText(`"${'é'.repeat(60)}"`, 100)).toEqual({
      ok: false,
      problem: { kind: 'too-large', maxMegabytes: 100 / 1024 / 1024 },
    });
    expect(readJsonText(' \n ', 100)).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('says on which line and column broken JSON breaks', () => {
    expect(readJsonText('{\n  "a": 1,\n  oops\n}', 100)).toEqual({
      ok: false,
      problem: { kind: 'not-json', line: 3, column: 3 },
    });
  });
});
