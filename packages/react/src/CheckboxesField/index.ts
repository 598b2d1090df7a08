export { CheckboxesField } from './CheckboxesField.js';
export type { CheckboxesFieldProps } from './CheckboxesField.js';
