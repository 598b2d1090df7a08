/** The three boxes of a GOV.UK date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** One of the three boxes. */
export type DatePart = keyof DateParts;

/** What is wrong with typed date parts, and which boxes to highlight. */
export type DatePartsProblem =
  | { code: 'missing'; parts: DatePart[] }
  | { code: 'missingAll'; parts: DatePart[] }
  | { code: 'yearFourDigits'; parts: DatePart[] }
  | { code: 'impossible'; parts: DatePart[] }
  | { code: 'notPast' | 'notFuture'; parts: DatePart[] };

/** The result of reading typed date parts. */
export type DatePartsResult =
  { ok: true; value: string | undefined } | { ok: false; problem: DatePartsProblem };

const emptyParts: DateParts = { day: '', month: '', year: '' };

/** Splits an ISO `YYYY-MM-DD` date into the three boxes; empty boxes for anything else. */
export function isoToDateParts(value: string | undefined): DateParts {
  if (!value) return emptyParts;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return emptyParts;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

/**
 * Reads the three boxes by GOV.UK's date rules: all empty is "no answer"; some empty names the
 * missing boxes; a year must have 4 digits; the date must exist (no 31 February). `mustBe`
 * checks past or future against `today` (`YYYY-MM-DD`).
 */
export function parseDateParts(
  parts: DateParts,
  options: { mustBe?: 'past' | 'future' | undefined; today?: string } = {},
): DatePartsResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return { ok: true, value: undefined };
  const missing = (['day', 'month', 'year'] as const).filter((part) => ({ day, month, year })[part] === '');
  if (missing.length > 0) return { ok: false, problem: { code: 'missing', parts: [...missing] } };
  const numeric = /^\d+$/;
  const wrong: DatePart[] = [];
  if (!numeric.test(day)) wrong.push('day');
  if (!numeric.test(month)) wrong.push('month');
  if (!numeric.test(year)) wrong.push('year');
  if (wrong.length > 0) return { ok: false, problem: { code: 'impossible', parts: wrong } };
  if (year.length !== 4) return { ok: false, problem: { code: 'yearFourDigits', parts: ['year'] } };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (m < 1 || m > 12) {
    return {
      ok: false,
      problem: { code: 'impossible', parts: d < 1 || d > 31 ? ['day', 'month'] : ['month'] },
    };
  }
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) return { ok: false, problem: { code: 'impossible', parts: ['day'] } };
  const value = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (options.mustBe === 'past' && value >= today) {
    return { ok: false, problem: { code: 'notPast', parts: ['day', 'month', 'year'] } };
  }
  if (options.mustBe === 'future' && value <= today) {
    return { ok: false, problem: { code: 'notFuture', parts: ['day', 'month', 'year'] } };
  }
  return { ok: true, value };
}

/** The `ui.date.*` key of a problem's message. */
export function dateProblemKey(problem: DatePartsProblem): string {
  if (problem.code !== 'missing') return `ui.date.${problem.code}`;
  const names = problem.parts.map((part) => part[0]!.toUpperCase() + part.slice(1)).join('');
  return problem.parts.length === 3 ? 'ui.date.missingAll' : `ui.date.missing${names}`;
}
