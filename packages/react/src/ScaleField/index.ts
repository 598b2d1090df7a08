export { ScaleField } from './ScaleField.js';
export type { ScaleFieldProps } from './ScaleField.js';
