/** English source strings for the `pdf.*` keys. Edited by hand; Welsh mirrors it. */
export const pdf = {
  /** PDF metadata: what the document is. */
  subject: 'Easy-read support plan',
  /** Small line above the title on the cover. */
  coverTag: 'Easy read',
  /** A scale reading drawn as a bar, e.g. "Where I am now: 4 out of 10". */
  scaleReading: '{{label}}: {{value}} out of 10',
  /** Heading above the review sentence. */
  reviewHeading: 'Checking my plan',
  /** Words shown in place of a person's words marked as their own, around the text. */
  ownWordsQuote: '“{{text}}”',
  summary: {
    /** On the cover of the short version. */
    cover: 'This is a short version of my plan. The full plan has more.',
    /** At the end of a section that was shortened. */
    sectionMore: 'The full plan has more about this.',
  },
  warnings: {
    tooManyPages:
      'The plan is {{count}} pages long. Easy-read guidance says no more than {{max}} pages. Try the short version (summary).',
  },
  cli: {
    usage: 'Usage: wholepicture-pdf <plan.json> -o <out.pdf> [--lang en|cy] [--paper a4|letter] [--summary]',
    help: 'Makes an easy-read PDF of a Whole Picture support plan.\n\nOptions:\n  -o, --output <file>   the PDF file to write (required)\n  --lang <code>         the language of the PDF: {{languages}} (default: en)\n  --paper <size>        a4 or letter (default: a4)\n  --summary             make the short version: the first points of each section\n  -h, --help            show this help',
    missingInput: 'Give the plan file to read, for example: wholepicture-pdf plan.json -o plan.pdf',
    missingOutput: 'Give the PDF file to write with -o, for example: -o plan.pdf',
    extraArgument: 'Give only one plan file. Unexpected: {{argument}}',
    unknownOption: 'Unknown option {{option}}. Run wholepicture-pdf --help to see the options.',
    missingValue: '{{option}} needs a value.',
    badLanguage: '--lang must be one of: {{languages}}.',
    badPaper: '--paper must be a4 or letter.',
    fileNotFound: 'Cannot read {{file}}: there is no such file.',
    notAFile: 'Cannot read {{file}}: it is not a file.',
    fileUnreadable: 'Cannot read {{file}} ({{code}}).',
    invalidPlan: '{{file}} is not a valid support plan:',
    moreIssues: '…and {{count}} more problems.',
    writeFailed: 'Cannot write {{file}} ({{code}}).',
    renderFailed: 'Could not make the PDF: {{reason}}',
    written: 'Wrote {{file}} ({{pages}} pages).',
    warning: 'Warning: {{message}}',
  },
} as const;
