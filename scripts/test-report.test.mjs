import { describe, expect, it } from 'vitest';
import { firstLine, playwrightFailures, vitestFailures } from './test-report.mjs';

describe('firstLine', () => {
  it('keeps the first non-blank line, without colour codes, cut to 240 characters', () => {
    expect(firstLine('\n\n\u001b[31mAssertionError\u001b[39m: expected 3 to be 2\n  at x')).toBe(
      'AssertionError: expected 3 to be 2',
    );
    expect(firstLine('x'.repeat(500))).toHaveLength(240);
    expect(firstLine(undefined)).toBe('');
  });

  it('adds the seed and path of a failed fast-check property, so the case can be replayed', () => {
    const message =
      'Error: Property failed after 6 tests\n{ seed: 843158, path: "5", endOnFailure: true }\nCounterexample: [{"a":1}]';
    expect(firstLine(message)).toBe('Error: Property failed after 6 tests { seed: 843158, path: "5" }');
  });
});

describe('vitestFailures', () => {
  it('names each failed test and each file that failed to load, and nothing that passed', () => {
    const report = {
      testResults: [
        {
          name: '/repo/packages/pdf/src/a.test.ts',
          status: 'failed',
          assertionResults: [
            { status: 'passed', fullName: 'fine' },
            {
              status: 'failed',
              fullName: 'given text > renders',
              failureMessages: ['Error: Unexpected console output:\nconsole.warn: …'],
            },
          ],
        },
        {
          name: '/repo/packages/pdf/src/b.test.ts',
          status: 'failed',
          message: 'SyntaxError: nope',
          assertionResults: [],
        },
        {
          name: '/repo/packages/pdf/src/c.test.ts',
          status: 'passed',
          assertionResults: [{ status: 'passed', fullName: 'ok' }],
        },
      ],
    };
    expect(vitestFailures(report, 'unit', '/repo')).toEqual([
      'unit: packages/pdf/src/a.test.ts > given text > renders: Error: Unexpected console output:',
      'unit: packages/pdf/src/b.test.ts: SyntaxError: nope',
    ]);
    expect(vitestFailures(undefined, 'unit', '/repo')).toEqual([]);
  });
});

describe('playwrightFailures', () => {
  it('names unexpected results in nested suites and setup errors, not flaky or passed ones', () => {
    const report = {
      errors: [{ message: 'Error: port 4173 is already used' }],
      suites: [
        {
          specs: [
            { file: 'a.spec.ts', line: 3, title: 'passes', tests: [{ status: 'expected', results: [] }] },
          ],
          suites: [
            {
              specs: [
                { file: 'b.spec.ts', line: 9, title: 'flakes', tests: [{ status: 'flaky', results: [] }] },
                {
                  file: 'b.spec.ts',
                  line: 20,
                  title: 'fails',
                  tests: [
                    { status: 'unexpected', results: [{}, { error: { message: 'Timed out 5000ms' } }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(playwrightFailures(report)).toEqual([
      'e2e setup: Error: port 4173 is already used',
      'e2e: b.spec.ts:20 > fails: Timed out 5000ms',
    ]);
  });
});
