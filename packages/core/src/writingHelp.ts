/**
 * The writing-help checks: `@wholepicture/core/writing-help`. Not on the package root, so a
 * form can load them on demand: they hold English and Welsh word lists and patterns that a
 * form does not need until someone types.
 */
export { checkEasyRead } from './checkEasyRead.js';
export type { CheckEasyReadOptions, EasyReadFinding, EasyReadFindingKind } from './checkEasyRead.js';
export { checkOutcome } from './checkOutcome.js';
export type { CheckOutcomeOptions, OutcomeFinding, OutcomeFindingKind } from './checkOutcome.js';
export { jargonTable } from './jargonTable.js';
export type { GlossaryKey, JargonTable, JargonTerm } from './jargonTable.js';
export { registerJargonTable } from './registerJargonTable.js';
