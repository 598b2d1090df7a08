export { VoicePicker } from './VoicePicker.js';
export type { VoicePickerProps } from './VoicePicker.js';
export type { VoiceContributor } from './VoicePicker.js';
