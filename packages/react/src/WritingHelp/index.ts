export { WritingHelp } from './WritingHelp.js';
export type { WritingHelpProps } from './WritingHelp.js';
