export { YesNoField } from './YesNoField.js';
export type { YesNoFieldProps } from './YesNoField.js';
