import { describe, expect, it } from 'vitest';
import { formatPlanDate } from './formatPlanDate.js';

describe('formatPlanDate', () => {
  it('writes English dates the UK way, day first', () => {
    expect(formatPlanDate('2026-03-27', 'en')).toBe('27 March 2026');
  });

  it('writes Welsh dates in Welsh', () => {
    expect(formatPlanDate('2026-03-27', 'cy')).toBe('27 Mawrth 2026');
  });

  it('keeps a host language with its own region', () => {
    expect(formatPlanDate('2026-03-27', 'en-US')).toBe('March 27, 2026');
  });

  it('falls back to English for a language tag Intl cannot read', () => {
    expect(formatPlanDate('2026-03-27', 'not a tag')).toBe('27 March 2026');
  });
});
