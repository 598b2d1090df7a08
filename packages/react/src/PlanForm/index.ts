export { PlanForm } from './PlanForm.js';
export type { PlanFormProps, PlanFormView } from './PlanForm.js';
export { QuestionField } from './QuestionField.js';
export type { QuestionFieldProps } from './QuestionField.js';
