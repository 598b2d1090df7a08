import { fileURLToPath } from 'node:url';

/** The bench's own folder (tests/bench/), found from the bench source or its bundle. */
export const benchDir = findBenchDir();

/** The monorepo root. */
export const repoRoot = `${benchDir}/../..`;

/** Where the bench writes its builds: out of git, lint and formatting. */
export const outDir = `${benchDir}/node_modules/.cache/wholepicture-bench`;

function findBenchDir(): string {
  // The bundle runs from tests/bench/node_modules/.cache/wholepicture-bench/; the source from tests/bench/src/.
  const here = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
  const marker = '/tests/bench/';
  const at = `${here}/`.lastIndexOf(marker);
  if (at === -1) throw new Error(`The bench must run from inside tests/bench (found ${here}).`);
  return `${here.slice(0, at)}/tests/bench`;
}
