import { jargonTable } from './jargonTable.js';
import type { JargonTable } from './jargonTable.js';

const tables = new Map<string, JargonTable>([['en', jargonTable]]);

/**
 * Makes `checkEasyRead` use a language's word lists (hard words, acronyms that may stand,
 * plain alternatives) for texts in that base language, e.g. `cy`. Importing
 * `@wholepicture/core/locales/cy` registers Welsh; English is built in.
 */
export function registerJargonTable(language: string, table: JargonTable): void {
  tables.set(language.toLowerCase(), table);
}

/** The word lists registered for a base language, if any. */
export function jargonTableFor(language: string): JargonTable | undefined {
  return tables.get(language);
}
