/**
 * The writing-help checks on their own: `@wholepicture/core/writing-help`. They are also
 * exported from the package root; this subpath lets a form load them on demand (they hold
 * English and Welsh word lists and patterns that a form does not need until someone types).
 */
export { checkEasyRead } from './checkEasyRead.js';
export type { CheckEasyReadOptions, EasyReadFinding, EasyReadFindingKind } from './checkEasyRead.js';
export { checkOutcome } from './checkOutcome.js';
export type { CheckOutcomeOptions, OutcomeFinding, OutcomeFindingKind } from './checkOutcome.js';
