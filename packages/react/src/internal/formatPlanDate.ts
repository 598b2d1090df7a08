/**
 * Formats a plan date (`YYYY-MM-DD`) as words, "27 March 2026", in the form's language.
 * A bare language tag is given the UK region first: the plan is written for UK health and
 * social care, and plain `en` formats as "March 27, 2026" in every browser.
 */
export function formatPlanDate(isoDate: string, lang: string): string {
  const locale = /^(en|cy)$/i.test(lang) ? `${lang}-GB` : lang;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  } catch {
    format = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
