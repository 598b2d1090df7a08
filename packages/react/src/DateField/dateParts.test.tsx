import { describe, expect, it } from 'vitest';
import { dateProblemKey, isoToDateParts, parseDateParts } from './dateParts.js';

describe('parseDateParts', () => {
  it('treats three empty boxes as no answer', () => {
    expect(parseDateParts({ day: '', month: '', year: '' })).toEqual({ ok: true, value: undefined });
  });

  it('names exactly the missing boxes', () => {
    const result = parseDateParts({ day: '3', month: '', year: '' });
    expect(result).toEqual({ ok: false, problem: { code: 'missing', parts: ['month', 'year'] } });
    if (!result.ok) expect(dateProblemKey(result.problem)).toBe('ui.date.missingMonthYear');
  });

  it('asks for a four-digit year', () => {
    expect(parseDateParts({ day: '3', month: '4', year: '90' })).toEqual({
      ok: false,
      problem: { code: 'yearFourDigits', parts: ['year'] },
    });
  });

  it('rejects impossible dates and highlights only the wrong box', () => {
    expect(parseDateParts({ day: '29', month: '2', year: '2023' })).toEqual({
      ok: false,
      problem: { code: 'impossible', parts: ['day'] },
    });
    expect(parseDateParts({ day: '1', month: '13', year: '2023' })).toEqual({
      ok: false,
      problem: { code: 'impossible', parts: ['month'] },
    });
  });

  it('accepts a leap day and writes YYYY-MM-DD', () => {
    expect(parseDateParts({ day: '29', month: '2', year: '2024' })).toEqual({
      ok: true,
      value: '2024-02-29',
    });
  });

  it('checks past and future against today', () => {
    expect(
      parseDateParts({ day: '1', month: '1', year: '2030' }, { mustBe: 'past', today: '2026-03-01' }),
    ).toMatchObject({
      ok: false,
      problem: { code: 'notPast' },
    });
  });

  it('splits an ISO date back into boxes', () => {
    expect(isoToDateParts('2007-03-27')).toEqual({ day: '27', month: '3', year: '2007' });
    expect(isoToDateParts('nonsense')).toEqual({ day: '', month: '', year: '' });
  });
});
