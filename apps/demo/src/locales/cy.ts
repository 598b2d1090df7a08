import type { Translation } from '@wholepicture/core';
import type { en } from './en.js';

/** Welsh strings of the demo app (`demo` namespace), key for key with English. */
export const cy: Translation<typeof en> = {
  layout: {
    serviceName: 'Y Darlun Cyfan',
    pageTitle: '{{page}} – {{service}}',
    errorTitlePrefix: 'Gwall: {{title}}',
    errorPrefix: 'Gwall:',
    skipLink: 'Neidio i’r prif gynnwys',
    navLabel: 'Prif',
    nav: {
      home: 'Cynlluniau',
      barriers: 'Adroddiad rhwystrau',
    },
    footer: {
      privacy:
        'Mae popeth rydych chi’n ei roi yn aros yn y porwr hwn ar y ddyfais hon. Does dim yn cael ei anfon i unman.',
      about:
        'Arddangosiad o’r Darlun Cyfan, llyfrgell ffurflenni hygyrch ar gyfer cynlluniau cymorth i’r person cyfan.',
    },
  },
  settings: {
    heading: 'Gosodiadau',
    easyRead: 'Hawdd ei ddeall',
    textSize: 'Maint y testun',
    textSizes: {
      standard: 'Arferol',
      large: 'Mawr',
      larger: 'Mwy',
    },
  },
  home: {
    title: 'Cynlluniau cymorth',
    heading: 'Cynlluniau cymorth i’r person cyfan',
    lead: 'Ysgrifennwch gynllun cymorth gyda’r person y mae ar ei gyfer: beth sydd ei angen arno, beth y gall ei wneud, beth mae eisiau ei gyflawni, a’r cymorth iawn.',
    privacy: 'Mae cynlluniau’n cael eu cadw wrth i chi deipio, yn y porwr hwn yn unig.',
    storageFailed:
      'Wnaeth y porwr hwn ddim gadael i ni gadw cynlluniau. Gwiriwch nad yw yn y modd preifat a bod lle ar y ddyfais, yna rhowch gynnig arall arni.',
    start: {
      heading: 'Dechrau cynllun newydd',
      body: 'Dechreuwch gyda chynllun gwag. Gallwch stopio unrhyw bryd a pharhau wedyn.',
      button: 'Dechrau cynllun newydd',
    },
    drafts: {
      heading: 'Parhau â chynllun',
      loading: 'Yn chwilio am gynlluniau sydd wedi’u cadw…',
      none: 'Does dim cynlluniau wedi’u cadw yn y porwr hwn eto.',
      listLabel: 'Cynlluniau sydd wedi’u cadw yn y porwr hwn',
      unnamed: 'cynllun heb enw eto',
      continue: 'Parhau â {{name}}',
      lastChanged: 'Newidiwyd ddiwethaf {{date}}',
    },
    samples: {
      heading: 'Rhoi cynnig ar gynllun enghreifftiol',
      body: 'Mae’r cynlluniau enghreifftiol wedi’u dychmygu. Mae llwytho un yn gwneud copi newydd y gallwch ei newid.',
      load: 'Llwytho’r cynllun enghreifftiol ar gyfer {{name}}',
      loaded: 'Mae’r cynllun enghreifftiol ar gyfer {{name}} wedi’i gopïo i gynllun newydd.',
    },
  },
  import: {
    heading: 'Agor ffeil cynllun',
    body: 'Dewiswch gynllun a gadwyd o’r Darlun Cyfan (ffeil .json). Mae’n agor fel cynllun newydd: does dim cynllun sydd eisoes yn y porwr hwn yn newid.',
    label: 'Ffeil y cynllun',
    hint: 'Mae’r ffeil yn aros ar y ddyfais hon.',
    button: 'Agor ffeil y cynllun',
    reading: 'Yn agor ffeil y cynllun…',
    noFile: 'Dewiswch ffeil cynllun i’w hagor.',
    errorTitle: 'Doedd dim modd agor ffeil y cynllun',
    errorBody: 'Does dim wedi newid. Cywirwch y ffeil neu dewiswch un arall.',
    moreIssues: 'Problemau sydd heb eu dangos yma: {{count}}.',
    successTitle: 'Mae ffeil y cynllun wedi agor fel cynllun newydd',
    migrated:
      'Cafodd ei wneud gyda fersiwn hŷn o’r Darlun Cyfan (fformat {{version}}) ac mae wedi’i ddiweddaru.',
    warningsTitle: 'Gwerth gwybod',
    openPlan: 'Mynd i’r cynllun ar gyfer {{name}}',
    unreadable:
      'Doedd dim modd darllen y ffeil hon. Gwiriwch ei bod ar y ddyfais hon a rhowch gynnig arall arni.',
  },
  plan: {
    unnamed: 'Person heb enw',
    title: '{{page}}: cynllun ar gyfer {{name}}',
    caption: 'Cynllun ar gyfer {{name}}',
    loading: 'Yn agor y cynllun…',
    pages: {
      tasks: 'Eich cynllun',
      section: '{{section}}',
      check: 'Gwirio eich atebion',
      easyRead: 'Cynllun hawdd ei ddeall',
    },
    missing: {
      heading: 'Dydy’r cynllun hwn ddim yn y porwr hwn',
      body: 'Mae cynlluniau’n cael eu cadw yn y porwr y cawson nhw eu hysgrifennu ynddo yn unig. Efallai ei fod wedi’i ysgrifennu ar ddyfais arall, neu wedi’i ddileu.',
    },
    actions: {
      heading: 'Pethau eraill y gallwch eu gwneud',
      easyRead: 'Darllen y cynllun hawdd ei ddeall',
      easyReadHint: 'Gyda lluniau, i’w ddarllen gyda’ch gilydd, ac i’w lawrlwytho fel PDF.',
      exportJson: 'Lawrlwytho’r cynllun fel ffeil (JSON)',
      exportJsonHint: 'I gadw copi, neu i’w agor mewn porwr arall.',
    },
  },
  easyRead: {
    heading: 'Cynllun hawdd ei ddeall',
    intro: 'Dyma’r cynllun mewn geiriau hawdd gyda lluniau, i’w ddarllen gyda’ch gilydd ac i’w gadw.',
    back: 'Yn ôl i’r cynllun',
    loading: 'Yn paratoi’r cynllun hawdd ei ddeall…',
    pdf: {
      heading: 'Lawrlwytho’r PDF hawdd ei ddeall',
      body: 'PDF i’w argraffu neu i’w gadw, gyda’r un geiriau a lluniau â’r dudalen hon.',
      screenReader:
        'Dydy’r PDF ddim yn gweithio’n dda gyda darllenwyr sgrin: does ganddo ddim tagiau na disgrifiadau o’r lluniau. Y dudalen hon yw fersiwn darllenydd sgrin y cynllun.',
      button: 'Lawrlwytho PDF hawdd ei ddeall',
      preparing: 'Yn gwneud y PDF. Gall hyn gymryd ychydig eiliadau…',
      ready: 'Mae’r PDF wedi’i wneud a’i lawrlwytho: {{fileName}}.',
      failed:
        'Doedd dim modd gwneud y PDF. Rhowch gynnig arall arni. Mae’r cynllun hawdd ei ddeall i gyd ar y dudalen hon o hyd.',
      warning: 'Gwerth gwybod: {{message}}',
    },
  },
  barriers: {
    title: 'Adroddiad rhwystrau',
    heading: 'Adroddiad rhwystrau',
    lead: 'Beth sy’n rhwystro canlyniadau pobl, y tu hwnt i reolaeth unrhyw un gwasanaeth, ar draws y cynlluniau sydd wedi’u cadw yn y porwr hwn. Dyma beth fyddai gweithiwr yn ei rannu â chomisiynwyr.',
    anonymised:
      'Mae’r adroddiad yn ddienw: mae enwau, rhifau ffôn, cyfeiriadau e-bost, codau post, dyddiadau a rhifau adnabod yn cael eu tynnu o’r enghreifftiau.',
    loading: 'Yn darllen y cynlluniau sydd wedi’u cadw yn y porwr hwn…',
    noPlans: 'Does dim cynlluniau wedi’u cadw yn y porwr hwn eto, felly does dim i’w adrodd.',
    noBarriers: 'Does dim un o’r cynlluniau yn y porwr hwn yn cofnodi rhwystr eto.',
    totals: {
      plans: 'Cynlluniau a edrychwyd arnynt',
      plansWithBarriers: 'Cynlluniau gydag o leiaf un rhwystr',
      barriers: 'Rhwystrau a gofnodwyd',
    },
    chart: {
      heading: 'Rhwystrau yn ôl thema',
      bar: 'Rhwystrau: {{barriers}}. Cynlluniau: {{plans}}.',
    },
    themeTable: {
      caption: 'Rhwystrau yn ôl thema, gydag enghreifftiau dienw o’u heffaith',
      theme: 'Thema',
      barriers: 'Rhwystrau',
      plans: 'Cynlluniau',
      examples: 'Enghreifftiau o’r effaith',
      noExamples: 'Dim wedi’u hysgrifennu',
    },
    serviceTable: {
      heading: 'Rhwystrau yn ôl gwasanaeth neu system',
      caption: 'Rhwystrau yn ôl gwasanaeth neu system',
      service: 'Gwasanaeth neu system',
    },
    download: {
      heading: 'Lawrlwytho’r adroddiad',
      body: 'Mae ffeil CSV yn agor mewn unrhyw raglen taenlen. Mae’n cynnwys yr un rhifau ac enghreifftiau dienw â’r dudalen hon.',
      button: 'Lawrlwytho’r adroddiad rhwystrau (CSV)',
    },
    fileName: 'adroddiad-rhwystrau.csv',
  },
  notFound: {
    title: 'Heb ddod o hyd i’r dudalen',
    heading: 'Heb ddod o hyd i’r dudalen',
    body: 'Os teipioch chi’r cyfeiriad, gwiriwch ei fod yn gywir.',
    home: 'Mynd i’r rhestr o gynlluniau',
  },
  fhir: {
    title: 'Mewnforio Holiadur FHIR',
    heading: 'Mewnforio Holiadur FHIR',
    lead: 'Agorwch holiadur a ysgrifennwyd mewn system arall ac a gadwyd fel Holiadur FHIR R4 (ffeil .json). Mae’n cael ei ddangos gyda’r un ffurflen hygyrch â’n cynlluniau, a gellir lawrlwytho’r atebion fel QuestionnaireResponse FHIR.',
    privacy:
      'Mae’r ffeil yn aros ar y ddyfais hon. Does dim byd yn cael ei nôl o’r rhyngrwyd: dydy’r cyfeiriadau yn yr Holiadur ddim yn cael eu dilyn.',
    home: {
      heading: 'Holiaduron o systemau eraill',
      body: 'Atebwch Holiadur FHIR a ysgrifennwyd yn rhywle arall gyda’r ffurflen hygyrch hon.',
      link: 'Mewnforio Holiadur FHIR',
    },
    import: {
      label: 'Ffeil yr Holiadur',
      hint: 'Holiadur FHIR R4 wedi’i gadw fel JSON, hyd at {{maxMegabytes}} MB.',
      button: 'Agor yr Holiadur',
      reading: 'Wrthi’n agor yr Holiadur…',
      noFile: 'Dewiswch ffeil Holiadur i’w hagor.',
      errorTitle: 'Doedd dim modd agor yr Holiadur',
      errorBody: 'Does dim byd wedi newid. Cywirwch y ffeil neu dewiswch un arall.',
      tooLarge:
        'Mae’r ffeil hon yn rhy fawr i’w hagor: y mwyaf y gallwn ei agor yw {{maxMegabytes}} MB. Gwiriwch mai chi ddewisodd y ffeil gywir.',
      empty: 'Mae’r ffeil hon yn wag. Dewiswch Holiadur FHIR wedi’i gadw fel JSON.',
      notJson:
        'Does dim modd darllen y ffeil hon fel JSON. Gwiriwch mai Holiadur FHIR wedi’i gadw fel JSON yw hi, ac nad yw wedi’i difrodi.',
      notJsonAt:
        'Does dim modd darllen y ffeil hon fel JSON: mae camgymeriad ar linell {{line}}, colofn {{column}}. Gwiriwch mai Holiadur FHIR wedi’i gadw fel JSON yw hi, ac nad yw wedi’i difrodi.',
      unreadable:
        'Doedd dim modd darllen y ffeil hon. Gwiriwch ei bod ar y ddyfais hon a rhowch gynnig arall arni.',
      successTitle: 'Mae’r Holiadur wedi agor fel ffurflen newydd',
      open: 'Ateb {{title}}',
      ignoredTitle: 'Rhannau o’r Holiadur nad yw’r ffurflen hon yn eu defnyddio',
      ignoredBody:
        'Maen nhw wedi’u rhestru yn ôl linkId pob eitem. Mae’r manylion yn Saesneg, fel geiriau’r Holiadur ei hun.',
      ignoredWhole: 'Yr Holiadur cyfan',
      moreIgnored: 'Heb eu dangos yma: {{count}} arall.',
    },
    drafts: {
      heading: 'Parhau gyda holiadur',
      loading: 'Wrthi’n chwilio am holiaduron sydd wedi’u cadw…',
      none: 'Does dim holiaduron wedi’u cadw yn y porwr hwn eto.',
      listLabel: 'Holiaduron sydd wedi’u cadw yn y porwr hwn',
      untitled: 'holiadur heb deitl',
      continue: 'Parhau gyda {{title}}',
    },
    draft: {
      title: 'Holiadur: {{title}}',
      loading: 'Wrthi’n agor yr holiadur…',
      missingHeading: 'Dydy’r holiadur hwn ddim yn y porwr hwn',
      missingBody:
        'Dim ond yn y porwr lle cawson nhw eu hagor y mae holiaduron yn cael eu cadw. Efallai iddo gael ei agor ar ddyfais arall, neu ei ddileu.',
      damaged: 'Does dim modd darllen yr Holiadur a gadwyd gyda’r atebion hyn bellach. Mewnforiwch ef eto.',
      ignored: 'Rhannau o’r Holiadur nad yw’r ffurflen hon yn eu defnyddio',
      submit: 'Cyflwyno’r atebion',
      submitted: 'Mae’ch atebion yn gyflawn.',
      submittedTitle: 'Mae’r atebion yn gyflawn',
      submittedBody:
        'Lawrlwythwch nhw fel QuestionnaireResponse FHIR i’w rhoi i’r system a ofynnodd y cwestiynau.',
      download: 'Lawrlwytho’r QuestionnaireResponse (JSON FHIR)',
      back: 'Yn ôl i’r holiaduron',
    },
    export: {
      questionnaire: 'Allforio fel FHIR: lawrlwytho’r Holiadur (JSON)',
      questionnaireHint: 'Cwestiynau’r ffurflen, ar gyfer systemau cofnodion gofal sy’n darllen FHIR R4.',
      response: 'Allforio fel FHIR: lawrlwytho’r QuestionnaireResponse (JSON)',
      responseHint: 'Atebion y cynllun hwn i’r Holiadur hwnnw.',
    },
  },
};
