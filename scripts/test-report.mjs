// Names the failed tests in Vitest's and Playwright's JSON reports, one line each, so the end
// of a `pnpm test` run (all that CI keeps) says what failed and why, not only how many.
import { relative } from 'node:path';

/**
 * The first non-blank line of a failure message, without colour codes, at most 240 characters;
 * for a failed fast-check property, with the seed and path that replay it.
 */
export function firstLine(message) {
  const plain = String(message ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const line = (plain.split('\n').find((text) => text.trim() !== '') ?? '').trim();
  const replay = /\{ seed: -?\d+, path: "[^"]*"/.exec(plain)?.[0];
  return (replay && !line.includes(replay) ? `${line} ${replay} }` : line).slice(0, 240);
}

/** `project: file > test name: first line of the error`, for each failed test or file that failed to load. */
export function vitestFailures(report, project, root) {
  const failures = [];
  for (const file of report?.testResults ?? []) {
    const where = relative(root, file.name ?? '');
    const tests = file.assertionResults ?? [];
    if (file.status === 'failed' && tests.length === 0) {
      failures.push(`${project}: ${where}: ${firstLine(file.message)}`);
    }
    for (const test of tests) {
      if (test.status !== 'failed') continue;
      failures.push(`${project}: ${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
  return failures;
}

/** `e2e: file:line > title: first line of the error`, for each unexpected result and setup error. */
export function playwrightFailures(report) {
  const failures = (report?.errors ?? []).map((error) => `e2e setup: ${firstLine(error.message)}`);
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = (test.results ?? []).map((result) => result.error?.message).find(Boolean);
        failures.push(`e2e: ${spec.file}:${spec.line} > ${spec.title}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report?.suites ?? []) visit(suite);
  return failures;
}
