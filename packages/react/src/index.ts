// @wholepicture/react — the public API. Every export is named here (no `export *`).
// Engineers editing this file: add your exports in your own block, keep others' blocks intact.

// --- form: provider, fields and pages (PlanForm engineer) ---
export {
  WholePictureProvider,
  createWholePictureI18n,
  loadWholePictureDocumentStrings,
  loadWholePictureLocale,
  shippedLocales,
  useWholePicture,
  useWholePictureDocumentStrings,
  wholePictureNamespace,
} from './WholePictureProvider/index.js';
export type {
  CreateWholePictureI18nOptions,
  WholePictureProviderProps,
  WholePictureText,
} from './WholePictureProvider/index.js';
export { TextField } from './TextField/index.js';
export type { TextFieldProps } from './TextField/index.js';
export { TextareaField } from './TextareaField/index.js';
export type { TextareaFieldProps } from './TextareaField/index.js';
export { RadiosField } from './RadiosField/index.js';
export type { RadiosFieldProps } from './RadiosField/index.js';
export { CheckboxesField } from './CheckboxesField/index.js';
export type { CheckboxesFieldProps } from './CheckboxesField/index.js';
export { SelectField } from './SelectField/index.js';
export type { SelectFieldProps } from './SelectField/index.js';
export { DateField, dateProblemKey, isoToDateParts, parseDateParts } from './DateField/index.js';
export type {
  DateFieldProps,
  DatePart,
  DateParts,
  DatePartsProblem,
  DatePartsResult,
} from './DateField/index.js';
export { YesNoField } from './YesNoField/index.js';
export type { YesNoFieldProps } from './YesNoField/index.js';
export { ScaleField } from './ScaleField/index.js';
export type { ScaleFieldProps } from './ScaleField/index.js';
export { VoicePicker } from './VoicePicker/index.js';
export type { VoiceContributor, VoicePickerProps } from './VoicePicker/index.js';
export type { ChoiceOption } from './internal/ChoiceOption.js';
export { ErrorSummary, focusTarget } from './ErrorSummary/index.js';
export type { ErrorSummaryItem, ErrorSummaryProps } from './ErrorSummary/index.js';
export { TaskList } from './TaskList/index.js';
export type { TaskListItem, TaskListProps, TaskStatus } from './TaskList/index.js';
export { SectionPage } from './SectionPage/index.js';
export type { SectionPageProps } from './SectionPage/index.js';
export { CheckAnswers } from './CheckAnswers/index.js';
export type { CheckAnswersProps, CheckAnswersRow, CheckAnswersSection } from './CheckAnswers/index.js';
export { ListField } from './ListField/index.js';
export type { ListFieldItemContext, ListFieldProps } from './ListField/index.js';
export { LinksField } from './LinksField/index.js';
export type { LinkableItem, LinksFieldProps } from './LinksField/index.js';
export { SupportLadderField } from './SupportLadderField/index.js';
export type { LadderItem, LadderRung, SupportLadderFieldProps } from './SupportLadderField/index.js';
export { ReadingsField, readingsDiffer } from './ReadingsField/index.js';
export type { ReadingView, ReadingsFieldProps } from './ReadingsField/index.js';
export { WritingHelp } from './WritingHelp/index.js';
export type { WritingHelpProps } from './WritingHelp/index.js';
export { PlanForm, QuestionField } from './PlanForm/index.js';
export type { PlanFormProps, PlanFormView, QuestionFieldProps } from './PlanForm/index.js';
// --- end form block ---

// --- pictures, drafts and the easy-read view (drafts/view engineer) ---
export { Picture } from './Picture/index.js';
export type { PictureProps } from './Picture/index.js';
export {
  DraftConflictDialog,
  DraftStatus,
  DraftStorageError,
  createIndexedDbAdapter,
  createLocalStorageAdapter,
  createMemoryAdapter,
  useDraft,
} from './Drafts/index.js';
export type {
  DraftConflict,
  DraftConflictChoice,
  DraftConflictDialogProps,
  DraftJournal,
  DraftRecord,
  DraftSaveStatus,
  DraftStatusProps,
  DraftStorageErrorCode,
  DraftSummary,
  IndexedDbAdapterOptions,
  LocalStorageAdapterOptions,
  StorageAdapter,
  UseDraftOptions,
  UseDraftResult,
} from './Drafts/index.js';
export { EasyReadView } from './EasyReadView/index.js';
export type { EasyReadViewProps } from './EasyReadView/index.js';
// --- end pictures, drafts and easy-read view block ---
