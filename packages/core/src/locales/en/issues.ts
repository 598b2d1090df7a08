/** English source strings for the `issues.*` keys. Edited by hand; Welsh mirrors it. */
export const issues = {
  // Answers that do not fit the plan format (from zod).
  required: 'Add an answer here: it is missing.',
  expectedText: 'Enter words here, not a number, list or true/false value.',
  expectedNumber: 'Enter a number here, for example 3 or 12.5.',
  expectedWholeNumber: 'Enter a whole number here, for example 3.',
  expectedBoolean: 'Choose yes or no here.',
  expectedList: 'Give a list here, even if it has only one item.',
  expectedGroup: 'Give a group of answers here.',
  expectedNothing: 'Remove this: there should be no answer here.',
  tooLong: 'This text is too long: at most {{max}} characters. Shorten it.',
  tooShort: 'Enter at least {{min}} characters here.',
  empty: 'This cannot be empty. Add some text.',
  tooMany: 'There are too many items here: at most {{max}}. Remove some.',
  tooFew: 'Add at least {{min}} items here.',
  numberTooBig: 'Enter a number of {{max}} or less.',
  numberTooSmall: 'Enter a number of {{min}} or more.',
  numberNotMultiple: 'Enter a multiple of {{divisor}}.',
  badDate: 'Enter a real date as year-month-day, for example 2026-03-27.',
  badDateTime: 'Enter a date and time with a time zone, for example 2026-03-27T14:30:00Z.',
  badPhoto: 'Use a PNG, JPEG or WebP picture saved inside the plan.',
  badSnomedCode: 'Enter a SNOMED CT code of 6 to 18 digits, or leave it empty.',
  badLocale: 'Enter a language code such as en or cy.',
  badFormat: 'Change this answer so it matches the expected format.',
  notAllowedValue: 'Choose one of these: {{allowed}}.',
  noMatchingKind: 'Replace this answer with text, a number or a choice that fits here.',
  badKey: 'Rename this entry: its name cannot be used here.',
  checkAnswer: 'Check this answer and change it.',

  // Opening a plan file or object.
  emptyFile: 'This file is empty. Choose a plan file saved from Whole Picture.',
  notJson:
    'This file is not a readable plan. Check you chose a plan saved from Whole Picture and that it is not damaged.',
  notJsonAt:
    'This file is not a readable plan: there is a mistake at line {{line}}, column {{column}}. Check you chose a plan saved from Whole Picture and that it is not damaged.',
  tooLarge:
    'This plan is too big to open: the most we can open is {{maxMegabytes}} MB. Check you chose the right file.',
  tooDeep:
    'This plan has answers nested more than {{max}} levels deep. Save it again from Whole Picture and try once more.',
  cycle:
    'Part of this plan refers back to itself, so it cannot be saved as a file. Remove the loop and try again.',
  notJsonValue:
    'This answer cannot be kept in a plan ({{kind}}). Use text, a number, yes or no, a list or a group of answers.',
  unreadable: 'This answer could not be read. Give it as plain text, numbers, lists or groups.',
  notAnObject: 'This does not contain a plan. Choose a plan file saved from Whole Picture.',
  missingSchemaVersion:
    'This file does not say which version of the plan format it uses, so it cannot be opened. Choose a plan saved from Whole Picture.',
  badSchemaVersion:
    'The plan format version must be a whole number, such as 1. Choose a plan saved from Whole Picture.',
  futureSchemaVersion:
    'This plan was made by a newer version of Whole Picture (version {{version}}). Update Whole Picture to open it.',
  migrationFailed:
    'This plan uses an older format (version {{version}}) that could not be brought up to date. Ask your system administrator for help: nothing in the file has been changed.',
  internal:
    'Something went wrong while opening this plan. Nothing in the file has been changed. Try again, or ask your system administrator for help.',

  // Warnings: the plan opened, and this is worth knowing.
  unrecognisedField:
    'This plan has an answer Whole Picture does not recognise ({{path}}). It has been kept with the plan, not lost.',
  controlCharacters: 'Hidden control characters were removed from this text.',
  brokenReference:
    'This links to something that is no longer in the plan ({{id}}). Remove the link or add the missing item.',
  brokenReferenceRemoved:
    'This linked to something that is no longer in the plan ({{id}}), so the link has been removed.',
  readingWithoutVoiceRemoved:
    'A score given by someone who is no longer in the plan ({{id}}) has been removed.',
  badNhsNumber:
    'Enter a real NHS number: 10 digits, like 943 476 5919. Check each digit against the NHS card or letter.',

  // FHIR import (fhir/fromQuestionnaire.ts, fhir/fromQuestionnaireResponse.ts).
  fhirNotAQuestionnaire: 'This is not a FHIR Questionnaire. Choose a Questionnaire saved as JSON.',
  fhirBadQuestionnaire: 'This Questionnaire could not be read. Check it is a complete FHIR R4 Questionnaire.',
  fhirEmptyQuestionnaire: 'This Questionnaire has no questions we can ask.',
  fhirNotAResponse: 'This is not a FHIR QuestionnaireResponse. Choose a QuestionnaireResponse saved as JSON.',
  fhirBadResponse:
    'This QuestionnaireResponse could not be read. Check it is a complete FHIR R4 QuestionnaireResponse.',
  fhirAnswerIgnored: 'The answer to "{{linkId}}" is not the kind this question takes, so it was left out.',
  fhirAuthorUnknown:
    'The author of the answer to "{{linkId}}" is not one of the plan\'s voices, so it was left out.',
  fhirRepeatedItem: '"{{linkId}}" was answered more than once; the first answer was kept.',
  fhirUnmatchedItem:
    '"{{linkId}}" matches no question of this form; its answers are kept with the plan\'s extensions.',
} as const;
