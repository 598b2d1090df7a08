/**
 * The base of Whole Picture's own FHIR canonical urls. An identifier only: nothing is ever
 * fetched from it (canonical urls name things; they need not resolve).
 */
export const WHOLEPICTURE_FHIR_BASE = 'https://wholepicture.example/fhir';

const sd = `${WHOLEPICTURE_FHIR_BASE}/StructureDefinition`;

/**
 * Every FHIR url the exports use: HL7's standard extensions first, then our own documented
 * ones (see packages/core/README.md, "FHIR").
 */
export const fhirUrls = {
  /** Whose voice an answer is in: a Reference to a contained Patient, Practitioner or RelatedPerson. */
  author: 'http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author',
  /** A wording in another language, on `_text` / `_display` / `_valueString`. */
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  /** SDC: a question's picture. */
  itemMedia: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-itemMedia',
  /** SDC: an answer option's picture. */
  itemAnswerMedia: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-itemAnswerMedia',
  /** How an item is shown (`help`, `drop-down`, `check-box`, …). */
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  itemControlSystem: 'http://hl7.org/fhir/questionnaire-item-control',
  /** An item left out of the form. */
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
  /** XHTML wording; we read it as plain text only. */
  renderingXhtml: 'http://hl7.org/fhir/StructureDefinition/rendering-xhtml',

  /** Ours: valueBoolean, true when the answer is in the person's own words (About Me). */
  ownWords: `${sd}/own-words`,
  /** Ours: valueString, the plan's id of the list item a repeating group answers. */
  itemId: `${sd}/item-id`,
  /** Ours: valueCode, the plan list whose item ids a `string` item's answers are. */
  linksTo: `${sd}/links-to`,
  /** Ours: valueCode, a choice item whose other answers (valueString) are ids from this plan list. */
  optionsFrom: `${sd}/options-from`,
  /** Ours: valueString, the easy-read wording of a question (translations on `_valueString`). */
  easyRead: `${sd}/easy-read`,
  /** Ours: valueCode `past` or `future`, a date that must be in the past or future. */
  dateMustBe: `${sd}/date-must-be`,
  /** Ours: valueBoolean, the answer goes into the person's easy-read PDF. */
  reachesPdf: `${sd}/reaches-pdf`,
  /** Ours: valueString, the plan's path a question writes (for mapping without the definition). */
  planPath: `${sd}/plan-path`,
  /** Ours: valueString, when the plan was first made (its exact `createdAt`). */
  createdAt: `${sd}/created-at`,

  /** Identifier system of plan ids. */
  planIdSystem: `${WHOLEPICTURE_FHIR_BASE}/identifier/plan-id`,
  /** Identifier system of contributor ids (on contained resources). */
  contributorIdSystem: `${WHOLEPICTURE_FHIR_BASE}/identifier/contributor-id`,
  /** Code systems of our choice lists and options: `${codeSystemBase}/<name>`. */
  codeSystemBase: `${WHOLEPICTURE_FHIR_BASE}/CodeSystem`,
  /** Questionnaires made from a definition: `${questionnaireBase}/<definition id>`. */
  questionnaireBase: `${WHOLEPICTURE_FHIR_BASE}/Questionnaire`,
  /** Picture urls: `urn:wholepicture:picture:<key>`, a name, never fetched. */
  picturePrefix: 'urn:wholepicture:picture:',
} as const;
