import { describe, expect, it } from 'vitest';
import { cy } from './cy.js';
import { en } from './en.js';
import type { ResourceTree } from './Translation.js';

// Every shipped language has every key of the English source, with words in it, and the same
// named placeholders: a missing or empty string would show a raw key or a blank to a person.
const shipped: Record<string, ResourceTree> = { cy: cy as unknown as ResourceTree };

function leaves(tree: ResourceTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();

const english = leaves(en as unknown as ResourceTree);

describe('the shipped languages', () => {
  it('has English words for every key', () => {
    expect(english.size).toBeGreaterThan(500);
    expect([...english].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  for (const [locale, resources] of Object.entries(shipped)) {
    const translated = leaves(resources);

    it(`has every English key in ${locale}, and no key English lacks`, () => {
      expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
      expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
    });

    it(`has no empty string in ${locale}`, () => {
      expect([...translated].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    });

    it(`keeps the same named placeholders in ${locale}`, () => {
      const mismatched = [...english]
        .filter(([key]) => translated.has(key))
        .filter(([key, text]) => placeholders(text).join() !== placeholders(translated.get(key)!).join())
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });
  }
});
