import { afterEach, beforeEach, vi } from 'vitest';

// Unexpected console output fails a test (house style): a warning from React or i18next is a
// bug to fix, not noise. A test that expects output spies on console itself.
const methods = ['error', 'warn', 'log', 'info', 'debug'] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`.slice(0, 500));
    });
  }
});

afterEach(() => {
  const seen = calls;
  vi.restoreAllMocks();
  if (seen.length > 0) throw new Error(`Unexpected console output:\n${seen.join('\n')}`);
});
