export { EasyReadView } from './EasyReadView.js';
export type { EasyReadViewProps } from './EasyReadView.js';
