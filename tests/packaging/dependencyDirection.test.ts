import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN.md §5: core and symbols depend on nothing of ours and on no React or DOM; react and
// pdf depend on core and symbols, never on each other; nobody deep-imports another package.
const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) && !/\.test(-d)?\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = new Set<string>();
  for (const match of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    specifiers.add((match[1] ?? match[2])!);
  }
  return [...specifiers];
}

function dependenciesOf(pkg: string): string[] {
  const json = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8')) as Record<
    string,
    Record<string, string> | undefined
  >;
  return Object.keys({ ...json['dependencies'], ...json['peerDependencies'] });
}

const forbidden: Record<string, RegExp> = {
  core: /^(react|react-dom|@tanstack\/|react-i18next|@react-pdf\/|@wholepicture\/)/,
  symbols: /^(react|react-dom|@tanstack\/|react-i18next|@react-pdf\/|@wholepicture\/)/,
  react: /^(@wholepicture\/pdf|@react-pdf\/|@wholepicture\/[^/]+\/src)/,
  pdf: /^(@wholepicture\/react|react-dom|@tanstack\/|@wholepicture\/[^/]+\/src)/,
};

/** Source text with comments and string literals blanked, so prose ("another window.") is not code. */
function withoutCommentsAndStrings(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

const domGlobals =
  /\b(window|document|navigator|localStorage|sessionStorage|indexedDB|fetch|XMLHttpRequest|WebSocket)\s*[.(]/;

describe('the direction of dependencies between packages', () => {
  for (const [pkg, pattern] of Object.entries(forbidden)) {
    it(`keeps ${pkg} from importing what it must not`, () => {
      const offences = sourceFiles(join(root, 'packages', pkg, 'src')).flatMap((file) =>
        importsOf(file)
          .filter((spec) => pattern.test(spec) || /^\.\.\/\.\.\/\.\.\//.test(spec))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
      expect(offences).toEqual([]);
    });

    it(`lists no forbidden dependency in ${pkg}'s package.json`, () => {
      expect(dependenciesOf(pkg).filter((dep) => pattern.test(dep))).toEqual([]);
    });
  }

  for (const pkg of ['core', 'symbols']) {
    it(`keeps ${pkg} free of DOM and network APIs`, () => {
      const offences = sourceFiles(join(root, 'packages', pkg, 'src')).filter((file) =>
        domGlobals.test(withoutCommentsAndStrings(readFileSync(file, 'utf8'))),
      );
      expect(offences.map((f) => relative(root, f))).toEqual([]);
    });
  }

  it('detects a forbidden import when one is present', () => {
    expect(forbidden['core']!.test('react')).toBe(true);
    expect(forbidden['react']!.test('@wholepicture/pdf')).toBe(true);
    expect(forbidden['pdf']!.test('@wholepicture/react')).toBe(true);
    expect(forbidden['pdf']!.test('@wholepicture/core')).toBe(false);
  });

  it('detects DOM use in code but not in prose or comments', () => {
    expect(domGlobals.test(withoutCommentsAndStrings('const here = window.location;'))).toBe(true);
    expect(domGlobals.test(withoutCommentsAndStrings('await fetch(url);'))).toBe(true);
    expect(domGlobals.test(withoutCommentsAndStrings("const s = 'changed in another window.';"))).toBe(false);
    expect(domGlobals.test(withoutCommentsAndStrings('// document.title is set by the host'))).toBe(false);
  });
});
