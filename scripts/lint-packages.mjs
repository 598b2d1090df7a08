#!/usr/bin/env node
// `pnpm lint:packages`: publint and Are The Types Wrong on every published package, as
// consumers will install it. Needs the packages built (`pnpm -r --filter ./packages/* build`).
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packages = readdirSync(join(root, 'packages')).filter((name) =>
  existsSync(join(root, 'packages', name, 'package.json')),
);
let failed = 0;
for (const name of packages) {
  const cwd = join(root, 'packages', name);
  if (!existsSync(join(cwd, 'dist'))) {
    console.error(`packages/${name}: not built. Run \`pnpm -r --filter ./packages/* build\` first.`);
    failed++;
    continue;
  }
  // Stylesheets have no types to resolve: Are The Types Wrong checks the code entry points only.
  const exportsMap = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')).exports ?? {};
  const stylesheets = Object.keys(exportsMap).filter((entry) => entry.endsWith('.css'));
  const exclude = stylesheets.length > 0 ? ['--exclude-entrypoints', ...stylesheets] : [];
  for (const [command, args] of [
    ['publint', ['--strict']],
    // Our packages are ESM only: CommonJS `require` resolution is out of scope by design.
    ['attw', ['--pack', '.', '--profile', 'esm-only', '--no-emoji', ...exclude]],
  ]) {
    console.log(`\n--- packages/${name}: ${command} ${args.join(' ')}`);
    const result = spawnSync(join(root, 'node_modules/.bin', command), args, { cwd, stdio: 'inherit' });
    if (result.status !== 0) failed++;
  }
}
if (failed > 0) {
  console.error(`\n${failed} package check(s) failed.`);
  process.exit(1);
}
