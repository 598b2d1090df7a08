export { DateField } from './DateField.js';
export type { DateFieldProps } from './DateField.js';
export { dateProblemKey, isoToDateParts, parseDateParts } from './dateParts.js';
export type { DatePart, DateParts, DatePartsProblem, DatePartsResult } from './dateParts.js';
