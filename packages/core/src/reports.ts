/**
 * The barriers report as CSV: `@wholepicture/core/reports`. Off the package root because its
 * English default words are the easy-read document's, which a form loads only on demand.
 */
export { barriersToCsv, csvField } from './barriersToCsv.js';
export type { BarriersToCsvOptions } from './barriersToCsv.js';
