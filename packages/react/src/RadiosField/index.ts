export { RadiosField } from './RadiosField.js';
export type { RadiosFieldProps } from './RadiosField.js';
