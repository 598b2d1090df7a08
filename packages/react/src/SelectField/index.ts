export { SelectField } from './SelectField.js';
export type { SelectFieldProps } from './SelectField.js';
