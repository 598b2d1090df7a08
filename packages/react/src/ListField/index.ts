export { ListField } from './ListField.js';
export type { ListFieldItemContext, ListFieldProps } from './ListField.js';
