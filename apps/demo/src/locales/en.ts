/** English strings of the demo app (`demo` namespace). Edited by hand; Welsh mirrors it. */
export const en = {
  layout: {
    serviceName: 'Whole Picture',
    pageTitle: '{{page}} – {{service}}',
    errorTitlePrefix: 'Error: {{title}}',
    errorPrefix: 'Error:',
    skipLink: 'Skip to main content',
    navLabel: 'Main',
    nav: {
      home: 'Plans',
      barriers: 'Barriers report',
    },
    footer: {
      privacy: 'Everything you enter stays in this browser on this device. Nothing is sent anywhere.',
      about: 'A demonstration of Whole Picture, an accessible form library for whole-person support plans.',
    },
  },
  settings: {
    heading: 'Settings',
    easyRead: 'Easy read',
    textSize: 'Text size',
    textSizes: {
      standard: 'Standard',
      large: 'Large',
      larger: 'Larger',
    },
  },
  home: {
    title: 'Support plans',
    heading: 'Whole-person support plans',
    lead: 'Write a support plan together with the person it is for: what they need, what they can do, what they want to achieve, and the right support.',
    privacy: 'Plans are saved as you type, in this browser only.',
    storageFailed:
      'This browser would not let us save plans. Check that it is not in private mode and that the device has free space, then try again.',
    start: {
      heading: 'Start a new plan',
      body: 'Begin with an empty plan. You can stop at any time and carry on later.',
      button: 'Start a new plan',
    },
    drafts: {
      heading: 'Carry on with a plan',
      loading: 'Looking for saved plans…',
      none: 'There are no plans saved in this browser yet.',
      listLabel: 'Plans saved in this browser',
      unnamed: 'a plan with no name yet',
      continue: 'Carry on with {{name}}',
      lastChanged: 'Last changed {{date}}',
    },
    samples: {
      heading: 'Try a sample plan',
      body: 'Sample plans are made up. Loading one makes a new copy you can change.',
      load: 'Load the sample plan for {{name}}',
      loaded: 'The sample plan for {{name}} has been copied into a new plan.',
    },
  },
  import: {
    heading: 'Open a plan file',
    body: 'Choose a plan saved from Whole Picture (a .json file). It opens as a new plan: no plan already in this browser is changed.',
    label: 'Plan file',
    hint: 'The file stays on this device.',
    button: 'Open the plan file',
    reading: 'Opening the plan file…',
    noFile: 'Choose a plan file to open.',
    errorTitle: 'The plan file could not be opened',
    errorBody: 'Nothing has been changed. Fix the file or choose another one.',
    moreIssues: 'Problems not shown here: {{count}}.',
    successTitle: 'The plan file has opened as a new plan',
    migrated:
      'It was made with an older version of Whole Picture (format {{version}}) and has been brought up to date.',
    warningsTitle: 'Worth knowing',
    openPlan: 'Go to the plan for {{name}}',
    unreadable: 'This file could not be read. Check it is on this device and try again.',
  },
  plan: {
    unnamed: 'Unnamed person',
    title: '{{page}}: plan for {{name}}',
    caption: 'Plan for {{name}}',
    loading: 'Opening the plan…',
    pages: {
      tasks: 'Your plan',
      section: '{{section}}',
      check: 'Check your answers',
      easyRead: 'Easy-read plan',
    },
    missing: {
      heading: 'This plan is not in this browser',
      body: 'Plans are saved only in the browser they were written in. It may have been written on another device, or deleted.',
    },
    actions: {
      heading: 'Other things you can do',
      easyRead: 'Read the easy-read plan',
      easyReadHint: 'With pictures, to read together, and to download as a PDF.',
      exportJson: 'Download the plan as a file (JSON)',
      exportJsonHint: 'To keep a copy, or to open it in another browser.',
    },
  },
  easyRead: {
    heading: 'Easy-read plan',
    intro: 'This is the plan in easy words with pictures, to read together and to keep.',
    back: 'Back to the plan',
    loading: 'Getting the easy-read plan ready…',
    pdf: {
      heading: 'Download the easy-read PDF',
      body: 'A PDF to print or keep, with the same words and pictures as this page.',
      screenReader:
        'The PDF does not work well with screen readers: it has no tags or picture descriptions. This page is the screen-reader version of the plan.',
      button: 'Download easy-read PDF',
      preparing: 'Making the PDF. This can take a few seconds…',
      ready: 'The PDF has been made and downloaded: {{fileName}}.',
      failed: 'The PDF could not be made. Try again. This page still has the whole easy-read plan.',
      warning: 'Worth knowing: {{message}}',
    },
  },
  barriers: {
    title: 'Barriers report',
    heading: 'Barriers report',
    lead: 'What stands in the way of people’s outcomes, outside any one service’s control, across the plans saved in this browser. This is what a worker would pass to commissioners.',
    anonymised:
      'The report is anonymised: names, phone numbers, email addresses, postcodes, dates and identifying numbers are taken out of the examples.',
    loading: 'Reading the plans saved in this browser…',
    noPlans: 'There are no plans saved in this browser yet, so there is nothing to report.',
    noBarriers: 'None of the plans saved in this browser records a barrier yet.',
    totals: {
      plans: 'Plans looked at',
      plansWithBarriers: 'Plans with at least one barrier',
      barriers: 'Barriers recorded',
    },
    chart: {
      heading: 'Barriers by theme',
      bar: 'Barriers: {{barriers}}. Plans: {{plans}}.',
    },
    themeTable: {
      caption: 'Barriers by theme, with anonymised examples of their impact',
      theme: 'Theme',
      barriers: 'Barriers',
      plans: 'Plans',
      examples: 'Examples of the impact',
      noExamples: 'None written',
    },
    serviceTable: {
      heading: 'Barriers by service or system',
      caption: 'Barriers by service or system',
      service: 'Service or system',
    },
    download: {
      heading: 'Download the report',
      body: 'A CSV file opens in any spreadsheet program. It holds the same anonymised numbers and examples as this page.',
      button: 'Download the barriers report (CSV)',
    },
    fileName: 'barriers-report.csv',
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    body: 'If you typed the address, check it is correct.',
    home: 'Go to the list of plans',
  },
  // Importing and exporting FHIR R4 (pages/FhirPage.tsx, FhirDraftPage.tsx, ExportFhir.tsx).
  fhir: {
    title: 'Import a FHIR Questionnaire',
    heading: 'Import a FHIR Questionnaire',
    lead: 'Open a questionnaire written in another system and saved as a FHIR R4 Questionnaire (a .json file). It is shown with the same accessible form as our plans, and the answers can be downloaded as a FHIR QuestionnaireResponse.',
    privacy:
      'The file stays on this device. Nothing is fetched from the internet: addresses inside the Questionnaire are not followed.',
    home: {
      heading: 'Questionnaires from other systems',
      body: 'Answer a FHIR Questionnaire written elsewhere with this accessible form.',
      link: 'Import a FHIR Questionnaire',
    },
    import: {
      label: 'Questionnaire file',
      hint: 'A FHIR R4 Questionnaire saved as JSON, up to {{maxMegabytes}} MB.',
      button: 'Open the Questionnaire',
      reading: 'Opening the Questionnaire…',
      noFile: 'Choose a Questionnaire file to open.',
      errorTitle: 'The Questionnaire could not be opened',
      errorBody: 'Nothing has been changed. Fix the file or choose another one.',
      tooLarge:
        'This file is too big to open: the most we can open is {{maxMegabytes}} MB. Check you chose the right file.',
      empty: 'This file is empty. Choose a FHIR Questionnaire saved as JSON.',
      notJson:
        'This file is not readable JSON. Check you chose a FHIR Questionnaire saved as JSON and that it is not damaged.',
      notJsonAt:
        'This file is not readable JSON: there is a mistake at line {{line}}, column {{column}}. Check it is a FHIR Questionnaire saved as JSON and that it is not damaged.',
      unreadable: 'This file could not be read. Check it is on this device and try again.',
      successTitle: 'The Questionnaire has opened as a new form',
      open: 'Answer {{title}}',
      ignoredTitle: 'Parts of the Questionnaire this form does not use',
      ignoredBody:
        'Listed by the linkId of each item. The details are in English, as the Questionnaire’s own words are.',
      ignoredWhole: 'The Questionnaire as a whole',
      moreIgnored: 'Not shown here: {{count}} more.',
    },
    drafts: {
      heading: 'Carry on with a questionnaire',
      loading: 'Looking for saved questionnaires…',
      none: 'There are no questionnaires saved in this browser yet.',
      listLabel: 'Questionnaires saved in this browser',
      untitled: 'a questionnaire with no title',
      continue: 'Carry on with {{title}}',
    },
    draft: {
      title: 'Questionnaire: {{title}}',
      loading: 'Opening the questionnaire…',
      missingHeading: 'This questionnaire is not in this browser',
      missingBody:
        'Questionnaires are saved only in the browser they were opened in. It may have been opened on another device, or deleted.',
      damaged: 'The Questionnaire saved with these answers can no longer be read. Import it again.',
      ignored: 'Parts of the Questionnaire this form does not use',
      submittedTitle: 'The answers are complete',
      submittedBody:
        'Download them as a FHIR QuestionnaireResponse to give to the system that asked the questions.',
      download: 'Download QuestionnaireResponse (FHIR JSON)',
      back: 'Back to the questionnaires',
    },
    export: {
      questionnaire: 'Export as FHIR: download the Questionnaire (JSON)',
      questionnaireHint: 'The form’s questions, for care record systems that read FHIR R4.',
      response: 'Export as FHIR: download the QuestionnaireResponse (JSON)',
      responseHint: 'This plan’s answers to that Questionnaire.',
    },
  },
} as const;
