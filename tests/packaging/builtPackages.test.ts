import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Imports each built package by name in plain Node, as a consumer would: without the
// `source` condition, so it resolves `dist/` through the exports map. `pnpm test` builds the
// packages before this runs.
const root = join(import.meta.dirname, '../..');
const packages = ['core', 'symbols', 'react', 'pdf'] as const;

function exportsOf(name: string): string[] {
  const script = `const m = await import('@wholepicture/${name}'); console.log(JSON.stringify(Object.keys(m).sort()));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(root, 'tests'),
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return JSON.parse(output) as string[];
}

describe('the built packages', () => {
  for (const name of packages) {
    it(`imports @wholepicture/${name} by name in plain Node and finds every export named in its index`, () => {
      const dist = join(root, 'packages', name, 'dist', 'index.js');
      expect(existsSync(dist), `packages/${name} is not built: run pnpm -r --filter ./packages/* build`).toBe(
        true,
      );
      const index = readFileSync(join(root, 'packages', name, 'src', 'index.ts'), 'utf8');
      // Value exports named in src/index.ts (type-only exports vanish at run time).
      const named = [...index.matchAll(/^export \{([^}]*)\} from/gm)]
        .flatMap((m) => m[1]!.split(','))
        .map((s) =>
          s
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        )
        .filter((s) => s && !s.startsWith('type '));
      const actual = exportsOf(name);
      expect(actual.length).toBeGreaterThan(0);
      expect(named.filter((n) => !actual.includes(n))).toEqual([]);
    });
  }

  it('serves each language of @wholepicture/core as its own subpath, with the same areas', () => {
    const script = `const { en } = await import('@wholepicture/core/locales/en'); const { cy } = await import('@wholepicture/core/locales/cy'); console.log(JSON.stringify([Object.keys(en).sort(), Object.keys(cy).sort()]));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: join(root, 'tests'),
      encoding: 'utf8',
    });
    const [en, cy] = JSON.parse(output) as [string[], string[]];
    expect(en).toContain('plan');
    expect(cy).toEqual(en);
  });
});
