import { en } from './locales/en.js';
import type { BarriersSummary } from './summariseBarriers.js';
import { createTranslator } from './translate.js';
import type { TranslateFn } from './translate.js';

/** Options for `barriersToCsv`. */
export interface BarriersToCsvOptions {
  /** Translator for the header row and labels. @default English */
  t?: TranslateFn;
}

/**
 * One CSV field per RFC 4180, made safe for spreadsheets: a value that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is prefixed with `'` so it is never run as a formula
 * (OWASP "CSV injection"); a value with a comma, quote or line break is quoted, quotes doubled.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The barriers report as CSV (RFC 4180: CRLF line ends, quoted where needed) with a translated
 * header row: one row per theme, then one per service or system, each with its barrier and plan
 * counts and, for themes, up to 3 anonymised example impacts.
 */
export function barriersToCsv(summary: BarriersSummary, options: BarriersToCsvOptions = {}): string {
  const t = options.t ?? createTranslator(en, 'en');
  const label = (key: string) => t(`easyRead.barriersReport.${key}`);
  const themeName = (theme: string) => {
    if (theme === '') return label('notGiven');
    const key = `plan.barrierThemes.${theme}.label`;
    const words = t(key);
    return words === key ? theme : words;
  };
  const rows: (string | number)[][] = [
    [
      label('group'),
      label('name'),
      label('barriers'),
      label('plans'),
      label('example1'),
      label('example2'),
      label('example3'),
    ],
  ];
  for (const theme of summary.byTheme) {
    const [a = '', b = '', c = ''] = theme.examples;
    rows.push([label('theme'), themeName(theme.theme), theme.barriers, theme.plans, a, b, c]);
  }
  for (const service of summary.byServiceOrSystem) {
    rows.push([
      label('serviceOrSystem'),
      service.serviceOrSystem === '' ? label('notGiven') : service.serviceOrSystem,
      service.barriers,
      service.plans,
      '',
      '',
      '',
    ]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
