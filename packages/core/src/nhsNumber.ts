import { createPlanIssue } from './planIssue.js';
import type { PlanIssue } from './planIssue.js';
import type { Identifier } from './planSchema.js';

const separators = /[\s-]/g;

function digitsOf(value: string): string | undefined {
  const digits = value.replace(separators, '');
  return /^\d{10}$/.test(digits) ? digits : undefined;
}

/**
 * True when `value` is a well-formed NHS number: 10 digits (spaces and hyphens allowed, as on
 * an NHS card: 943 476 5919) whose last digit is the modulus 11 check digit of the first nine.
 * A remainder giving check digit 10 means no number was ever issued, so it is refused.
 * Numbers of one repeated digit (0000000000, 1111111111…) pass the arithmetic by accident,
 * are never issued and are the usual placeholders typed to get past a form, so they are
 * refused too, as NHS England's own validators do. Test numbers (starting 999) are accepted.
 */
export function isValidNhsNumber(value: string): boolean {
  if (typeof value !== 'string' || value.length > 40) return false;
  const digits = digitsOf(value.trim());
  if (!digits) return false;
  if (/^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** Writes an NHS number as 3-3-4 digits (`943 476 5919`); anything not 10 digits is returned as given. */
export function formatNhsNumber(value: string): string {
  const digits = digitsOf(value.trim());
  if (!digits) return value;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/**
 * Checks one of the person's identifiers; for an NHS number, the check digit. Returns the
 * issue to show (at `path`, e.g. `['person', 'identifiers', 0, 'value']`) or `undefined`.
 */
export function validateIdentifier(
  identifier: Identifier,
  path: readonly (string | number)[] = ['value'],
): PlanIssue | undefined {
  if (identifier.system !== 'nhs-number') return undefined;
  if (isValidNhsNumber(identifier.value)) return undefined;
  return createPlanIssue('bad-nhs-number', { path });
}
