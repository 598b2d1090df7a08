import type { Translation } from '../Translation.js';
import type { issues as en } from '../en/issues.js';

/** Welsh strings for the `issues.*` keys. Awaiting review by a fluent Welsh speaker. */
export const issues: Translation<typeof en> = {
  required: 'Rhowch ateb yma: mae ar goll.',
  expectedText: 'Rhowch eiriau yma, nid rhif, rhestr na gwerth ie/na.',
  expectedNumber: 'Rhowch rif yma, er enghraifft 3 neu 12.5.',
  expectedWholeNumber: 'Rhowch rif cyfan yma, er enghraifft 3.',
  expectedBoolean: 'Dewiswch ie neu na yma.',
  expectedList: 'Rhowch restr yma, hyd yn oed os oes dim ond un eitem ynddi.',
  expectedGroup: 'Rhowch grŵp o atebion yma.',
  expectedNothing: 'Tynnwch hwn: ni ddylai fod ateb yma.',
  tooLong: "Mae'r testun hwn yn rhy hir: {{max}} nod ar y mwyaf. Byrhewch ef.",
  tooShort: 'Rhowch o leiaf {{min}} nod yma.',
  empty: 'Ni all hwn fod yn wag. Ychwanegwch destun.',
  tooMany: 'Mae gormod o eitemau yma: {{max}} ar y mwyaf. Tynnwch rai.',
  tooFew: 'Ychwanegwch o leiaf {{min}} eitem yma.',
  numberTooBig: 'Rhowch rif sy’n {{max}} neu lai.',
  numberTooSmall: 'Rhowch rif sy’n {{min}} neu fwy.',
  numberNotMultiple: 'Rhowch luosrif o {{divisor}}.',
  badDate: 'Rhowch ddyddiad go iawn ar ffurf blwyddyn-mis-diwrnod, er enghraifft 2026-03-27.',
  badDateTime: 'Rhowch ddyddiad ac amser gyda chylchfa amser, er enghraifft 2026-03-27T14:30:00Z.',
  badPhoto: "Defnyddiwch lun PNG, JPEG neu WebP sydd wedi'i gadw yn y cynllun.",
  badSnomedCode: 'Rhowch god SNOMED CT o 6 i 18 digid, neu gadewch ef yn wag.',
  badLocale: 'Rhowch god iaith fel en neu cy.',
  badFormat: "Newidiwch yr ateb hwn fel ei fod yn cyd-fynd â'r fformat disgwyliedig.",
  notAllowedValue: "Dewiswch un o'r rhain: {{allowed}}.",
  noMatchingKind: "Rhowch destun, rhif neu ddewis sy'n addas yma yn lle'r ateb hwn.",
  badKey: "Ailenwch y cofnod hwn: ni ellir defnyddio'r enw hwn yma.",
  checkAnswer: "Gwiriwch yr ateb hwn a'i newid.",

  emptyFile: "Mae'r ffeil hon yn wag. Dewiswch ffeil cynllun a gadwyd o Whole Picture.",
  notJson:
    "Nid yw'r ffeil hon yn gynllun y gellir ei ddarllen. Gwiriwch eich bod wedi dewis cynllun a gadwyd o Whole Picture ac nad yw wedi'i ddifrodi.",
  notJsonAt:
    "Nid yw'r ffeil hon yn gynllun y gellir ei ddarllen: mae camgymeriad yn llinell {{line}}, colofn {{column}}. Gwiriwch eich bod wedi dewis cynllun a gadwyd o Whole Picture ac nad yw wedi'i ddifrodi.",
  tooLarge:
    "Mae'r cynllun hwn yn rhy fawr i'w agor: {{maxMegabytes}} MB yw'r mwyaf y gallwn ei agor. Gwiriwch eich bod wedi dewis y ffeil gywir.",
  tooDeep:
    "Mae atebion yn y cynllun hwn wedi'u nythu fwy na {{max}} lefel o ddyfnder. Cadwch ef eto o Whole Picture a rhowch gynnig arall arni.",
  cycle:
    "Mae rhan o'r cynllun hwn yn cyfeirio'n ôl ati'i hun, felly ni ellir ei gadw fel ffeil. Tynnwch y ddolen a rhowch gynnig arall arni.",
  notJsonValue:
    'Ni ellir cadw’r ateb hwn mewn cynllun ({{kind}}). Defnyddiwch destun, rhif, ie neu na, rhestr neu grŵp o atebion.',
  unreadable: 'Nid oedd modd darllen yr ateb hwn. Rhowch ef fel testun plaen, rhifau, rhestrau neu grwpiau.',
  notAnObject: 'Nid oes cynllun yn hwn. Dewiswch ffeil cynllun a gadwyd o Whole Picture.',
  missingSchemaVersion:
    "Nid yw'r ffeil hon yn dweud pa fersiwn o fformat y cynllun y mae'n ei defnyddio, felly ni ellir ei hagor. Dewiswch gynllun a gadwyd o Whole Picture.",
  badSchemaVersion:
    'Rhaid i fersiwn fformat y cynllun fod yn rhif cyfan, fel 1. Dewiswch gynllun a gadwyd o Whole Picture.',
  futureSchemaVersion:
    "Cafodd y cynllun hwn ei wneud gan fersiwn mwy newydd o Whole Picture (fersiwn {{version}}). Diweddarwch Whole Picture i'w agor.",
  migrationFailed:
    "Mae'r cynllun hwn yn defnyddio fformat hŷn (fersiwn {{version}}) nad oedd modd ei ddiweddaru. Gofynnwch i weinyddwr eich system am help: nid oes dim yn y ffeil wedi newid.",
  internal:
    "Aeth rhywbeth o'i le wrth agor y cynllun hwn. Nid oes dim yn y ffeil wedi newid. Rhowch gynnig arall arni, neu gofynnwch i weinyddwr eich system am help.",

  unrecognisedField:
    "Mae gan y cynllun hwn ateb nad yw Whole Picture yn ei adnabod ({{path}}). Mae wedi'i gadw gyda'r cynllun, nid wedi'i golli.",
  controlCharacters: "Cafodd nodau rheoli cudd eu tynnu o'r testun hwn.",
  brokenReference:
    'Mae hwn yn cysylltu â rhywbeth nad yw yn y cynllun mwyach ({{id}}). Tynnwch y cysylltiad neu ychwanegwch yr eitem sydd ar goll.',
  brokenReferenceRemoved:
    "Roedd hwn yn cysylltu â rhywbeth nad yw yn y cynllun mwyach ({{id}}), felly mae'r cysylltiad wedi'i dynnu.",
  readingWithoutVoiceRemoved:
    "Mae sgôr a roddwyd gan rywun nad yw yn y cynllun mwyach ({{id}}) wedi'i thynnu.",
  badNhsNumber:
    "Rhowch rif GIG go iawn: 10 digid, fel 943 476 5919. Gwiriwch bob digid yn erbyn y cerdyn neu'r llythyr GIG.",

  // Mewnforio FHIR.
  fhirNotAQuestionnaire: "Nid Holiadur FHIR yw hwn. Dewiswch Holiadur wedi'i gadw fel JSON.",
  fhirBadQuestionnaire: 'Nid oedd modd darllen yr Holiadur hwn. Gwiriwch ei fod yn Holiadur FHIR R4 cyflawn.',
  fhirEmptyQuestionnaire: 'Does gan yr Holiadur hwn ddim cwestiynau y gallwn eu gofyn.',
  fhirNotAResponse: "Nid Ymateb i Holiadur FHIR yw hwn. Dewiswch QuestionnaireResponse wedi'i gadw fel JSON.",
  fhirBadResponse:
    'Nid oedd modd darllen yr ymateb hwn. Gwiriwch ei fod yn QuestionnaireResponse FHIR R4 cyflawn.',
  fhirAnswerIgnored:
    "Nid yw'r ateb i \"{{linkId}}\" o'r math y mae'r cwestiwn hwn yn ei gymryd, felly cafodd ei adael allan.",
  fhirAuthorUnknown:
    'Nid yw awdur yr ateb i "{{linkId}}" yn un o leisiau\'r cynllun, felly cafodd ei adael allan.',
  fhirRepeatedItem: 'Cafodd "{{linkId}}" ei ateb fwy nag unwaith; cadwyd yr ateb cyntaf.',
  fhirUnmatchedItem:
    'Nid yw "{{linkId}}" yn cyfateb i unrhyw gwestiwn yn y ffurflen hon; mae ei atebion wedi\'u cadw gydag estyniadau\'r cynllun.',
};
