/**
 * The small part of FHIR R4 (4.0.1) that Whole Picture reads and writes: Questionnaire,
 * QuestionnaireResponse and the data types they use. Hand-written so core needs no FHIR
 * dependency; field names and cardinalities follow the R4 specification.
 */

/** A FHIR extension: a canonical `url` and one `value[x]`. */
export interface FhirExtension {
  url: string;
  valueString?: string;
  _valueString?: FhirElement;
  valueBoolean?: boolean;
  valueCode?: string;
  valueDateTime?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueUri?: string;
  valueCanonical?: string;
  valueReference?: FhirReference;
  valueAttachment?: FhirAttachment;
  valueCodeableConcept?: FhirCodeableConcept;
  valueCoding?: FhirCoding;
  extension?: FhirExtension[];
}

/** The extensions of a primitive value (`_text`, `_display`). */
export interface FhirElement {
  extension?: FhirExtension[];
}

/** A code from a code system. */
export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
  _display?: FhirElement;
}

/** Codes with an optional text. */
export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

/** A reference to another resource, here always to a contained one (`#c1`). */
export interface FhirReference {
  reference?: string;
  display?: string;
}

/** Content referred to by url (never fetched: our urls are `urn:` identifiers). */
export interface FhirAttachment {
  contentType?: string;
  url?: string;
  title?: string;
}

/** An identifier in a named system. */
export interface FhirIdentifier {
  system?: string;
  value?: string;
}

/** A human name. */
export interface FhirHumanName {
  text?: string;
}

/** A resource contained in a QuestionnaireResponse: who an answer's voice is. */
export interface FhirContainedPerson {
  resourceType: 'Patient' | 'Practitioner' | 'RelatedPerson';
  id: string;
  identifier?: FhirIdentifier[];
  name?: FhirHumanName[];
  patient?: FhirReference;
  relationship?: FhirCodeableConcept[];
}

/** One answer option of a choice item. */
export interface FhirAnswerOption {
  valueCoding?: FhirCoding;
  valueString?: string;
  valueInteger?: number;
  valueDate?: string;
  valueTime?: string;
  valueReference?: FhirReference;
  initialSelected?: boolean;
  extension?: FhirExtension[];
}

/** A condition for asking an item. */
export interface FhirEnableWhen {
  question: string;
  operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
  answerBoolean?: boolean;
  answerDecimal?: number;
  answerInteger?: number;
  answerDate?: string;
  answerDateTime?: string;
  answerTime?: string;
  answerString?: string;
  answerCoding?: FhirCoding;
  answerQuantity?: unknown;
  answerReference?: FhirReference;
}

/** The value[x] an answer or initial value may carry. */
export interface FhirValue {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueDate?: string;
  valueDateTime?: string;
  valueTime?: string;
  valueString?: string;
  valueUri?: string;
  valueAttachment?: FhirAttachment;
  valueCoding?: FhirCoding;
  valueQuantity?: unknown;
  valueReference?: FhirReference;
}

/** The R4 item types. */
export type FhirItemType =
  | 'group'
  | 'display'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'string'
  | 'text'
  | 'url'
  | 'choice'
  | 'open-choice'
  | 'attachment'
  | 'reference'
  | 'quantity'
  | 'question';

/** A Questionnaire item: a group, a display text or a question. */
export interface FhirQuestionnaireItem {
  linkId: string;
  type: FhirItemType;
  text?: string;
  _text?: FhirElement;
  prefix?: string;
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  enableWhen?: FhirEnableWhen[];
  enableBehavior?: 'all' | 'any';
  answerOption?: FhirAnswerOption[];
  answerValueSet?: string;
  initial?: FhirValue[];
  item?: FhirQuestionnaireItem[];
  extension?: FhirExtension[];
  code?: FhirCoding[];
  definition?: string;
}

/** A FHIR R4 Questionnaire. */
export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  url?: string;
  version?: string;
  name?: string;
  title?: string;
  _title?: FhirElement;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  language?: string;
  description?: string;
  contained?: unknown[];
  extension?: FhirExtension[];
  item?: FhirQuestionnaireItem[];
}

/** One answer in a QuestionnaireResponse; items nested under an answer are not used here. */
export interface FhirResponseAnswer extends FhirValue {
  extension?: FhirExtension[];
  item?: FhirResponseItem[];
}

/** A QuestionnaireResponse item: a group of items or a question's answers. */
export interface FhirResponseItem {
  linkId: string;
  text?: string;
  extension?: FhirExtension[];
  answer?: FhirResponseAnswer[];
  item?: FhirResponseItem[];
}

/** A FHIR R4 QuestionnaireResponse. */
export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  identifier?: FhirIdentifier;
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  authored?: string;
  language?: string;
  subject?: FhirReference;
  contained?: FhirContainedPerson[];
  extension?: FhirExtension[];
  item?: FhirResponseItem[];
}
