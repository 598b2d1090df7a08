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
