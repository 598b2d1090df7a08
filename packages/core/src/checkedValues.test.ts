import { describe, expect, it } from 'vitest';
import { readCheckedValues, writeCheckedValues } from './checkedValues.js';

describe('checked values', () => {
  it('reads plain values and items with a kind alike', () => {
    expect(readCheckedValues(['a', 'b'])).toEqual(['a', 'b']);
    expect(readCheckedValues([{ kind: 'easy-read' }, { kind: 'bsl', detail: 'x' }])).toEqual([
      'easy-read',
      'bsl',
    ]);
    expect(readCheckedValues(undefined)).toEqual([]);
    expect(readCheckedValues([null, 3, { kind: 4 }])).toEqual([]);
  });

  it('writes plain values without duplicates', () => {
    expect(writeCheckedValues(['a'], ['a', 'b', 'b'])).toEqual(['a', 'b']);
  });

  it('keeps the other fields of items that stay checked and adds new ones by kind', () => {
    const stored = [{ kind: 'bsl', snomedCode: '1234567' }, { kind: 'audio' }];
    expect(writeCheckedValues(stored, ['bsl', 'easy-read'])).toEqual([
      { kind: 'bsl', snomedCode: '1234567' },
      { kind: 'easy-read' },
    ]);
    expect(writeCheckedValues([], ['braille'], true)).toEqual([{ kind: 'braille' }]);
  });
});
