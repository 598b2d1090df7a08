// Hosts may pass errors from their own classic zod schemas to `issuesFromZod`. Classic zod
// loads its English locale for every schema, so this lives apart from planIssue.test.ts, whose
// zod/mini schemas must be checked without any locale, as they run in a host's bundle.
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { issuesFromZod } from './planIssue.js';

describe('issuesFromZod with classic zod errors', () => {
  it('still spots a missing answer when the input is not given', () => {
    const result = z.object({ name: z.string() }).safeParse({});
    expect(result.success).toBe(false);
    if (!result.success) expect(issuesFromZod(result.error)[0]?.code).toBe('required');
  });

  it('tells an answer of the wrong kind apart from a missing one', () => {
    const result = z.object({ name: z.string() }).safeParse({ name: 4 });
    expect(result.success).toBe(false);
    if (!result.success) expect(issuesFromZod(result.error)[0]?.code).toBe('expected-text');
  });
});
