/**
 * "14:32" in the reader's language, from an ISO date-time; '' when it is not a date. Always a
 * 24-hour clock: plain `en` would otherwise give the US "02:32 PM".
 */
export function formatSavedTime(value: string | Date | undefined, locale: string): string {
  if (value === undefined) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  try {
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      date,
    );
  } catch {
    // An unknown locale tag from a host: the time still matters more than its format.
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      date,
    );
  }
}
