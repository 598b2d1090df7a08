import type { Translation } from '../Translation.js';
import type { pdf as en } from '../en/pdf.js';

/** Welsh strings for the `pdf.*` keys. Awaiting review by a fluent Welsh speaker. */
export const pdf: Translation<typeof en> = {
  subject: 'Cynllun cymorth hawdd ei ddarllen',
  coverTag: 'Hawdd ei ddarllen',
  scaleReading: '{{label}}: {{value}} allan o 10',
  reviewHeading: 'Gwirio fy nghynllun',
  ownWordsQuote: '“{{text}}”',
  summary: {
    cover: 'Dyma fersiwn byr o fy nghynllun. Mae mwy yn y cynllun llawn.',
    sectionMore: 'Mae mwy am hyn yn y cynllun llawn.',
  },
  warnings: {
    tooManyPages:
      'Mae’r cynllun yn {{count}} tudalen o hyd. Mae canllawiau hawdd eu darllen yn dweud dim mwy na {{max}} tudalen. Rhowch gynnig ar y fersiwn byr (crynodeb).',
  },
  cli: {
    usage:
      'Defnydd: wholepicture-pdf <cynllun.json> -o <allbwn.pdf> [--lang en|cy] [--paper a4|letter] [--summary]',
    help: 'Yn gwneud PDF hawdd ei ddarllen o gynllun cymorth Whole Picture.\n\nDewisiadau:\n  -o, --output <ffeil>  y ffeil PDF i’w hysgrifennu (angenrheidiol)\n  --lang <cod>          iaith y PDF: {{languages}} (diofyn: en)\n  --paper <maint>       a4 neu letter (diofyn: a4)\n  --summary             gwneud y fersiwn byr: pwyntiau cyntaf pob adran\n  -h, --help            dangos y cymorth hwn',
    missingInput:
      'Rhowch y ffeil cynllun i’w darllen, er enghraifft: wholepicture-pdf cynllun.json -o cynllun.pdf',
    missingOutput: 'Rhowch y ffeil PDF i’w hysgrifennu gyda -o, er enghraifft: -o cynllun.pdf',
    extraArgument: 'Rhowch un ffeil cynllun yn unig. Annisgwyl: {{argument}}',
    unknownOption: 'Dewis anhysbys {{option}}. Rhedwch wholepicture-pdf --help i weld y dewisiadau.',
    missingValue: 'Mae angen gwerth ar {{option}}.',
    badLanguage: 'Rhaid i --lang fod yn un o: {{languages}}.',
    badPaper: 'Rhaid i --paper fod yn a4 neu letter.',
    fileNotFound: 'Methu darllen {{file}}: nid oes ffeil o’r fath.',
    notAFile: 'Methu darllen {{file}}: nid ffeil yw hi.',
    fileUnreadable: 'Methu darllen {{file}} ({{code}}).',
    invalidPlan: 'Nid yw {{file}} yn gynllun cymorth dilys:',
    moreIssues: '…a {{count}} problem arall.',
    writeFailed: 'Methu ysgrifennu {{file}} ({{code}}).',
    renderFailed: 'Methu gwneud y PDF: {{reason}}',
    written: 'Wedi ysgrifennu {{file}} ({{pages}} tudalen).',
    warning: 'Rhybudd: {{message}}',
  },
};
