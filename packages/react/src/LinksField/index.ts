export { LinksField } from './LinksField.js';
export type { LinkableItem, LinksFieldProps } from './LinksField.js';
