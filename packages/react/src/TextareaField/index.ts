export { TextareaField } from './TextareaField.js';
export type { TextareaFieldProps } from './TextareaField.js';
