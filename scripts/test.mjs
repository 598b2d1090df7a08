#!/usr/bin/env node
// `pnpm test`: everything, in order — type-check, lint, build and package lint, unit tests,
// stories with axe in Chromium, end-to-end tests of the demo in Chromium — and a last line
// with the totals of every suite, exactly `N passed, N failed, N skipped`, which CI reads.
// Nothing here times anything: timings belong in `pnpm bench`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensurePoppler } from './system-deps.mjs';
import { playwrightFailures, vitestFailures } from './test-report.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
/** What failed, by name, repeated just above the totals: CI keeps only the end of the output. */
const failures = [];

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  return result.status === 0;
}

/** A step that is one check: it passes or fails as a whole. */
function check(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const ok = run(command, args);
  record(name, ok ? 1 : 0, ok ? 0 : 1, 0);
  return ok;
}

function record(name, passed, failed, skipped) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  rows.push({ name, passed, failed, skipped });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

const chromium = ensureChromium();
const poppler = ensurePoppler();
if (!chromium.ok) console.error(`\n${chromium.message}\n`);
if (!poppler.ok) console.error(`\n${poppler.message}\n`);

check('typecheck', 'pnpm', ['typecheck']);
check('lint', 'pnpm', ['lint']);
check('generated pictures up to date', 'pnpm', ['--filter', '@wholepicture/symbols', 'check:generated']);
const built = check('build packages', 'pnpm', ['-r', '--filter', './packages/*', 'build']);
if (built) check('package lint (publint, attw)', 'pnpm', ['lint:packages']);
else record('package lint (publint, attw)', 0, 1, 0);

// Vitest, one project at a time (running the node, jsdom and browser projects at once starves
// two cores): unit (node), unit-dom (jsdom), react18 (the components under React 18, which the
// peer range promises), storybook (every story in Chromium with axe).
for (const project of ['unit', 'unit-dom', 'react18', 'storybook']) {
  console.log(`\n=== vitest --project ${project}`);
  if (project === 'storybook' && !chromium.ok) {
    record('storybook stories (Chromium missing)', 0, 1, 0);
    continue;
  }
  const json = join(out, `vitest-${project}.json`);
  const ok = run('pnpm', [
    'exec',
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${json}`,
  ]);
  const report = readJson(json);
  if (!report) {
    record(`vitest ${project} (no report)`, 0, 1, 0);
    continue;
  }
  record(
    `vitest ${project}`,
    report.numPassedTests,
    report.numFailedTests,
    report.numPendingTests + report.numTodoTests,
  );
  // A test file that fails to load has no tests in the counts: count it as a failure.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  if (brokenFiles > 0) record(`vitest ${project} files that failed to load`, 0, brokenFiles, 0);
  failures.push(...vitestFailures(report, project, root));
  if (!ok && report.numFailedTests === 0 && brokenFiles === 0)
    record(`vitest ${project} (exited non-zero)`, 0, 1, 0);
}

// End-to-end: a production build of the demo, served on 127.0.0.1, driven in Chromium.
if (existsSync(join(root, 'tests/playwright.config.ts'))) {
  console.log('\n=== playwright: end-to-end tests of the demo app');
  if (!chromium.ok) {
    record('e2e (Chromium missing)', 0, 1, 0);
  } else {
    const json = join(out, 'playwright.json');
    run('pnpm', ['exec', 'playwright', 'test', '-c', 'tests/playwright.config.ts'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: json,
    });
    const report = readJson(json);
    if (report?.stats) {
      const { expected = 0, unexpected = 0, skipped = 0, flaky = 0 } = report.stats;
      record('e2e', expected + flaky, unexpected, skipped);
      if ((report.errors ?? []).length > 0) record('e2e setup errors', 0, report.errors.length, 0);
      failures.push(...playwrightFailures(report));
    } else {
      record('e2e', 0, 1, 0);
    }
  }
}

console.log('\n=== summary');
for (const r of rows) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`);
if (failures.length > 0) {
  console.log('\nfailed:');
  for (const failure of failures.slice(0, 30)) console.log(`  ${failure}`);
  if (failures.length > 30) console.log(`  … and ${failures.length - 30} more`);
  console.log('');
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;
