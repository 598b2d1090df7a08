import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// @wholepicture/symbols is kept free of Node types, so this check of its sources lives here.
const src = join(import.meta.dirname, '../../packages/symbols/src');

/** Files reached from `entry` by static imports and re-exports (not `import()`), transitively. */
function staticallyReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [join(src, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    // `import … from './x.js'`, `export … from './x.js'` and bare `import './x.js'`; type-only
    // imports are erased, so they pull nothing in.
    for (const match of text.matchAll(
      /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?'(\.[^']+)'/gm,
    )) {
      if (match[2]) continue;
      stack.push(join(dirname(file), match[3]!.replace(/\.js$/, '.ts')));
    }
  }
  return new Set([...seen].map((file) => relative(src, file)));
}

// Bundlers put every file a host's entry reaches by static imports into its start-up chunks,
// whether or not tree-shaking then drops the code. The catalogue and the drawings are most of
// the package's bytes, so only the on-demand `pictures` module may reach them.
describe('what the @wholepicture/symbols root pulls into a host’s start-up bundle', () => {
  it('reaches neither the catalogue nor the drawings', () => {
    const reached = staticallyReached('index.ts');
    expect(reached).toContain('pictureRegistry.ts');
    expect(reached).toContain('loadPictures.ts');
    expect(reached).not.toContain('pictures.ts');
    expect(reached).not.toContain('pictureCatalogue.generated.ts');
    expect(reached).not.toContain('pictureDrawings.generated.ts');
  });

  it('leaves both to the pictures subpath, which loadPictures imports on demand', () => {
    const reached = staticallyReached('pictures.ts');
    expect(reached).toContain('pictureCatalogue.generated.ts');
    expect(reached).toContain('pictureDrawings.generated.ts');
    expect(readFileSync(join(src, 'loadPictures.ts'), 'utf8')).toContain("import('./pictures.js')");
  });
});
