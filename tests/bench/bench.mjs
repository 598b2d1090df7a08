#!/usr/bin/env node
// `pnpm bench`: bundles the bench's own TypeScript (src/main.ts) with esbuild, then runs it.
// Node 20 cannot run TypeScript, and the bench imports our packages from source (the
// `source` export condition), so it is built first. Output lives under node_modules/.cache,
// out of git, lint and formatting.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolvedExternals } from './src/resolvedExternals.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const outDir = `${benchDir}node_modules/.cache/wholepicture-bench`;
mkdirSync(outDir, { recursive: true });
const outfile = `${outDir}/main.mjs`;
await build({
  entryPoints: [`${benchDir}src/main.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  jsx: 'automatic',
  plugins: [resolvedExternals()],
  logLevel: 'warning',
  sourcemap: 'inline',
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2));
