import { describe, expect, it } from 'vitest';
import { sanitiseInput, utf8Length } from './sanitiseInput.js';

const options = { maxBytes: 1000, maxDepth: 5 };

describe('utf8Length', () => {
  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('£')).toBe(2);
    expect(utf8Length('ŵ')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('\uD800')).toBe(3);
  });
});

describe('sanitiseInput', () => {
  it('makes a fresh copy of plain JSON data', () => {
    const input = { a: [1, 'two', null, true, { b: 'c' }] };
    const { value, errors, warnings } = sanitiseInput(input, options);
    expect(value).toEqual(input);
    expect(value).not.toBe(input);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('keeps a __proto__ key as an own property, not a prototype', () => {
    const { value } = sanitiseInput(JSON.parse('{"__proto__": {"x": 1}}'), options);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value as object, '__proto__')).toBe(true);
  });

  it('drops undefined properties, as JSON does, but refuses undefined in a list', () => {
    expect(sanitiseInput({ a: undefined, b: 1 }, options).value).toEqual({ b: 1 });
    expect(sanitiseInput([undefined], options).errors[0]?.code).toBe('not-json-value');
  });

  it('accepts objects with a null prototype', () => {
    const input = Object.assign(Object.create(null) as object, { a: 1 });
    expect(sanitiseInput(input, options).value).toEqual({ a: 1 });
  });

  it('strips control characters only where asked', () => {
    const result = sanitiseInput(
      { keep: 'a\u0001b', strip: 'a\u0001b' },
      { ...options, stripControlCharactersAt: (path) => path[0] === 'strip' },
    );
    expect(result.value).toEqual({ keep: 'a\u0001b', strip: 'ab' });
    expect(result.warnings.map((issue) => issue.pathString)).toEqual(['strip']);
  });

  it('stops at the depth and size limits', () => {
    expect(sanitiseInput([[[[[[1]]]]]], options).errors[0]?.code).toBe('too-deep');
    expect(sanitiseInput({ a: 'x'.repeat(1001) }, options).errors[0]?.code).toBe('too-large');
  });
});
