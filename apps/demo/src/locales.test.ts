import { describe, expect, it } from 'vitest';
import { cy } from './locales/cy.js';
import { en } from './locales/en.js';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

describe('the demo’s strings', () => {
  const english = leaves(en);
  const welsh = leaves(cy);

  it('has every English key in Welsh, and no Welsh key that English lacks', () => {
    expect([...welsh.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty string in either language', () => {
    for (const [key, value] of [...english, ...welsh]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in Welsh as in English', () => {
    for (const [key, value] of english) {
      expect(placeholders(welsh.get(key) ?? ''), key).toEqual(placeholders(value));
    }
  });
});
