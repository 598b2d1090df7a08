import { afterEach, describe, expect, it, vi } from 'vitest';
import { createId } from './createId.js';
import { itemIdSchema } from './planSchema.js';

describe('createId', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('makes ids of 16 lower-case letters and digits after the prefix', () => {
    expect(createId('need')).toMatch(/^need-[0-9a-z]{16}$/);
    expect(createId()).toMatch(/^[0-9a-z]{16}$/);
  });

  it('makes ids the plan accepts', () => {
    expect(itemIdSchema.safeParse(createId('outcome')).success).toBe(true);
  });

  it('does not repeat itself over many ids', () => {
    const ids = new Set(Array.from({ length: 20_000 }, () => createId()));
    expect(ids.size).toBe(20_000);
  });

  it('still works where there is no crypto (falls back to Math.random)', () => {
    vi.stubGlobal('crypto', undefined);
    const ids = new Set(Array.from({ length: 2_000 }, () => createId('x')));
    expect(ids.size).toBe(2_000);
    for (const id of ids) expect(id).toMatch(/^x-[0-9a-z]{16}$/);
  });
});
