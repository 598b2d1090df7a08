export { CheckAnswers } from './CheckAnswers.js';
export type { CheckAnswersProps, CheckAnswersRow, CheckAnswersSection } from './CheckAnswers.js';
