export { ReadingsField, readingsDiffer } from './ReadingsField.js';
export type { ReadingView, ReadingsFieldProps } from './ReadingsField.js';
