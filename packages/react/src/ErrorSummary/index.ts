export { ErrorSummary } from './ErrorSummary.js';
export type { ErrorSummaryItem, ErrorSummaryProps } from './ErrorSummary.js';
export { focusTarget } from './focusTarget.js';
