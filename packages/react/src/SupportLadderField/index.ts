export { SupportLadderField } from './SupportLadderField.js';
export type { LadderItem, LadderRung, SupportLadderFieldProps } from './SupportLadderField.js';
