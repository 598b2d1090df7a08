// @wholepicture/core — the public API. Every export is named here (no `export *`).
// Helpers editing this file: add your exports in your own block, keep others' blocks intact.

// --- plan model (planSchema.ts) ---
export {
  CURRENT_SCHEMA_VERSION,
  MAX_TEXT_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  MAX_PHOTO_LENGTH,
  accessibleFormatKinds,
  contributorRoles,
  decisionMethods,
  isIsoDate,
  planSchema,
  supportStatuses,
  voicedTextSchema,
} from './planSchema.js';
export type {
  AboutMe,
  AccessibleFormat,
  AccessibleFormatKind,
  Barrier,
  Communication,
  Contact,
  Contributor,
  ContributorRole,
  Decision,
  DecisionMethod,
  HouseholdMember,
  Identifier,
  JsonValue,
  Need,
  Outcome,
  OutcomeReading,
  Person,
  Plan,
  PlanInput,
  Review,
  SafetyItem,
  Sharing,
  Strength,
  Support,
  SupportStatus,
  Voice,
  VoicedText,
} from './planSchema.js';

// --- easy-read document (easyReadDocumentTypes.ts) ---
export type {
  EasyReadContact,
  EasyReadDocument,
  EasyReadGlossaryEntry,
  EasyReadLabels,
  EasyReadRow,
  EasyReadSection,
} from './easyReadDocumentTypes.js';

// --- translation without i18next (translate.ts) ---
export { createTranslator } from './translate.js';
export type { TranslateFn } from './translate.js';
export type { ResourceTree, Translation } from './locales/Translation.js';

// --- plan parsing, issues, migrations, ids, references, samples (plan-parsing helper) ---
export { createPlanIssue, issuesFromZod, pathToString } from './planIssue.js';
export type { CreatePlanIssueOptions, PlanIssue, PlanIssueSeverity } from './planIssue.js';
export { formatIssue } from './formatIssue.js';
export { createId } from './createId.js';
export { createPlan } from './createPlan.js';
export type { CreatePlanOptions } from './createPlan.js';
export { isoDateSchema, itemIdSchema } from './planSchema.js';
export { MAX_PLAN_BYTES, MAX_PLAN_DEPTH, UNRECOGNISED_KEY, parsePlan, parsePlanJson } from './parsePlan.js';
export { readJsonText } from './readJsonText.js';
export type { JsonTextProblem, ReadJsonTextResult } from './readJsonText.js';
export type { ParsePlanResult } from './parsePlan.js';
export { migratePlan, migrations, migrateV0ToV1 } from './migrations.js';
export type { MigratePlanResult, PlanData, PlanMigration } from './migrations.js';
export {
  collectReferences,
  findBrokenReferences,
  findDanglingReferences,
  planListKeys,
  removeItem,
  repairReferences,
} from './references.js';
export type { PlanListKey, PlanReference } from './references.js';
export { formatNhsNumber, isValidNhsNumber, validateIdentifier } from './nhsNumber.js';
export { planJsonSchema } from './planJsonSchema.js';
export type { PlanJsonSchemaOptions } from './planJsonSchema.js';
export { samplePlans } from './samplePlans/samplePlans.js';
export type { SamplePlanName } from './samplePlans/samplePlans.js';
export { samplePlanV0 } from './samplePlans/samplePlanV0.js';
// --- end plan-parsing block ---

// --- form definition, paths, section status (form-definition helper) ---
export {
  choiceKey,
  choiceKeys,
  choiceKinds,
  choiceLists,
  choiceSchema,
  definitionSchema,
  fieldKinds,
  itemKinds,
  joinPath,
  keyPath,
  linkTargets,
  localTextSchema,
  optionKey,
  optionSources,
  questionKeys,
  questionSchema,
  questionTextSchema,
  requiredKey,
  resolveOptionalText,
  resolveText,
  sectionKeys,
  sectionSchema,
} from './definitionSchema.js';
export type {
  Choice,
  ChoiceList,
  FieldKind,
  FormDefinition,
  LinkTarget,
  LocalText,
  Option,
  OptionSource,
  Question,
  QuestionText,
  Section,
  SectionText,
  TextKeys,
} from './definitionSchema.js';
export {
  defaultBarrierThemes,
  defaultDefinition,
  defaultLadderRungs,
  defaultLifeAreas,
  pictureKeys,
} from './defaultDefinition.js';
export type { PictureKey } from './defaultDefinition.js';
export { PlanPathError, getAtPath, isForbiddenKey, parsePath, setAtPath } from './planPath.js';
export type { PathParts } from './planPath.js';
export { planFieldType } from './planFieldType.js';
export type { PlanFieldType } from './planFieldType.js';
export { DefinitionError } from './DefinitionError.js';
export type { DefinitionIssue } from './DefinitionError.js';
export { parseDefinition } from './parseDefinition.js';
export type { ParseDefinitionResult } from './parseDefinition.js';
export { defineForm } from './defineForm.js';
export type { DefineFormOverrides, QuestionOverride, SectionOverride } from './defineForm.js';
export { readCheckedValues, writeCheckedValues } from './checkedValues.js';
export { isAnswered, validatePlan, validateSection, visibleQuestions } from './validatePlan.js';
export type { ValidatePlanOptions, VisibilityScope } from './validatePlan.js';
export { sectionStatus } from './sectionStatus.js';
export type { SectionStatus } from './sectionStatus.js';
export {
  resolveChoiceWording,
  resolveQuestionOptions,
  resolveQuestionWording,
  resolveSectionWording,
} from './resolveWording.js';
export type { ResolvedOption, Wording } from './resolveWording.js';
// --- end form-definition block ---

// --- writing help, summaries, barriers report, easy-read document (checkEasyRead.ts, …) ---
// checkEasyRead and checkOutcome are on the `@wholepicture/core/writing-help` subpath, and
// buildEasyReadDocument on `@wholepicture/core/easy-read`, not here: any import path from this
// entry puts their word lists in a host's start-up bundle, even unused (bundlers split code by
// file), and a form needs them only once someone writes or reads the easy-read version. The
// jargon tables (jargonTable, registerJargonTable) are on `writing-help` too.
export type { CheckEasyReadOptions, EasyReadFinding, EasyReadFindingKind } from './checkEasyRead.js';
export type { GlossaryKey, JargonTable, JargonTerm } from './jargonTable.js';
export type { CheckOutcomeOptions, OutcomeFinding, OutcomeFindingKind } from './checkOutcome.js';
export { rightSizeSummary } from './rightSizeSummary.js';
export type {
  RightSizeSummary,
  RightSizeSummaryOptions,
  RungSummary,
  SupportTotals,
} from './rightSizeSummary.js';
export { anonymiseText, summariseBarriers } from './summariseBarriers.js';
export type { BarrierServiceCount, BarrierThemeCount, BarriersSummary } from './summariseBarriers.js';
// barriersToCsv is on `@wholepicture/core/reports`: its English default words are the easy-read
// document's, which a form loads on demand.
export type { BarriersToCsvOptions } from './barriersToCsv.js';
export type { BuildEasyReadDocumentOptions } from './buildEasyReadDocument.js';
// --- end writing-help block ---

// --- FHIR R4 export and import (fhir helper) ---
export { WHOLEPICTURE_FHIR_BASE, fhirUrls } from './fhir/fhirUrls.js';
export { toQuestionnaire } from './fhir/toQuestionnaire.js';
export type { ToQuestionnaireOptions } from './fhir/toQuestionnaire.js';
export { toQuestionnaireResponse } from './fhir/toQuestionnaireResponse.js';
export { UNMATCHED_FHIR_KEY, fromQuestionnaireResponse } from './fhir/fromQuestionnaireResponse.js';
export type { FromQuestionnaireResponseResult } from './fhir/fromQuestionnaireResponse.js';
export { fromQuestionnaire } from './fhir/fromQuestionnaire.js';
export type { FromQuestionnaireResult, IgnoredFhir } from './fhir/fromQuestionnaire.js';
export { plainTextFromXhtml } from './fhir/plainTextFromXhtml.js';
export { enableWhenOperators } from './definitionSchema.js';
export type { EnableWhen, InitialValue, QuestionFhir } from './definitionSchema.js';
export { isQuestionEnabled } from './isQuestionEnabled.js';
export { applyInitialValues } from './applyInitialValues.js';
export type {
  FhirExtension,
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
  FhirResponseAnswer,
  FhirResponseItem,
} from './fhir/fhirTypes.js';
// --- end FHIR block ---
