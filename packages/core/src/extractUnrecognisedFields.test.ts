import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { extractUnrecognisedFields } from './extractUnrecognisedFields.js';

const schema = z.object({
  name: z._default(z.string(), ''),
  items: z._default(z.array(z.object({ id: z.string() })), []),
  inner: z.optional(z.lazy(() => z.object({ x: z.optional(z.number()) }))),
  free: z._default(z.record(z.string(), z.unknown()), {}),
});

describe('extractUnrecognisedFields', () => {
  it('finds and removes unknown keys at every depth, through defaults, arrays and lazy schemas', () => {
    const value = {
      name: 'A',
      extra: 1,
      items: [{ id: 'i', colour: 'red' }],
      inner: { x: 1, y: 2 },
      free: { anything: true },
    };
    const found = extractUnrecognisedFields(schema, value);
    expect(found).toEqual([
      { path: ['extra'], value: 1 },
      { path: ['items', 0, 'colour'], value: 'red' },
      { path: ['inner', 'y'], value: 2 },
    ]);
    expect(value).toEqual({ name: 'A', items: [{ id: 'i' }], inner: { x: 1 }, free: { anything: true } });
  });

  it('treats keys of Object.prototype as unknown', () => {
    const value = JSON.parse('{"constructor": 1, "toString": 2, "__proto__": 3}') as object;
    expect(extractUnrecognisedFields(schema, value).map((field) => field.path[0])).toEqual([
      'constructor',
      'toString',
      '__proto__',
    ]);
  });

  it('leaves values of the wrong kind for validation to report', () => {
    expect(extractUnrecognisedFields(schema, { items: 'not a list', inner: 5 })).toEqual([]);
  });
});
