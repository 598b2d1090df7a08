import type { Translation } from '../Translation.js';
import type { glossary as en } from '../en/glossary.js';

/** Welsh strings for the `glossary.*` keys. Awaiting review by a fluent Welsh speaker. */
export const glossary: Translation<typeof en> = {
  packageOfCare: {
    word: 'pecyn gofal',
    plain: "y cymorth rydych chi'n ei gael",
    meaning: "Yr holl gymorth rydych chi'n ei gael, a phwy sy'n ei roi.",
  },
  domiciliaryCare: {
    word: 'gofal cartref',
    plain: 'gofal yn eich cartref',
    meaning: "Gweithwyr gofal yn dod i'ch cartref i'ch helpu chi.",
  },
  respite: {
    word: 'gofal seibiant',
    plain: 'seibiant byr',
    meaning: "Seibiant byr i chi neu i'r bobl sy'n gofalu amdanoch chi.",
  },
  safeguarding: {
    word: 'diogelu',
    plain: 'cadw pobl yn ddiogel',
    meaning: 'Cadw pobl yn ddiogel rhag niwed, camdriniaeth ac esgeulustod.',
  },
  commissioner: {
    word: 'comisiynydd',
    plain: "y bobl sy'n talu am wasanaethau",
    meaning: "Pobl sy'n dewis pa wasanaethau i dalu amdanyn nhw yn eich ardal chi.",
  },
  multiDisciplinary: {
    word: 'amlddisgyblaethol',
    plain: "gweithwyr gwahanol gyda'i gilydd",
    meaning:
      "Tîm o weithwyr gwahanol, fel nyrsys, meddygon a gweithwyr cymdeithasol, sy'n gweithio gyda'i gilydd.",
  },
  capacityAssessment: {
    word: 'asesiad galluedd',
    plain: 'gwiriad i weld a allwch chi wneud y penderfyniad hwn',
    meaning:
      'Gwiriad i weld a allwch chi wneud penderfyniad penodol eich hun, ar yr adeg mae angen ei wneud.',
  },
  bestInterests: {
    word: 'lles pennaf',
    plain: 'beth sydd orau i chi',
    meaning:
      "Os na allwch chi wneud penderfyniad, mae pobl yn penderfynu beth sydd orau i chi. Rhaid iddyn nhw feddwl am beth rydych chi eisiau a sut rydych chi'n teimlo.",
  },
  advocate: {
    word: 'eiriolwr',
    plain: 'rhywun i siarad drosoch chi',
    meaning:
      "Rhywun sy'n eich helpu i ddweud beth rydych chi eisiau ac yn gwneud yn siŵr bod pobl yn gwrando.",
  },
  tenancy: {
    word: 'tenantiaeth',
    plain: 'eich cytundeb i rentu eich cartref',
    meaning: "Y cytundeb sy'n gadael i chi rentu a byw yn eich cartref.",
  },
  eligibility: {
    word: 'cymhwysedd',
    plain: 'a allwch chi ei gael',
    meaning: "Y rheolau am bwy sy'n gallu cael help neu arian.",
  },
  facilitate: {
    word: 'hwyluso',
    plain: 'helpu',
    meaning: 'Helpu rhywbeth i ddigwydd, neu ei wneud yn haws.',
  },
  utilise: {
    word: 'defnyddio',
    plain: 'defnyddio',
    meaning: 'Defnyddio rhywbeth.',
  },
  intervention: {
    word: 'ymyrraeth',
    plain: 'help',
    meaning: "Rhywbeth mae gweithwyr yn ei wneud i'ch helpu chi.",
  },
  signpost: {
    word: 'cyfeirio',
    plain: 'dweud wrthych chi ble i gael help',
    meaning: "Dweud wrthych chi am wasanaeth arall sy'n gallu eich helpu chi.",
  },
  careCoordinator: {
    word: 'cydgysylltydd gofal',
    plain: "y gweithiwr sy'n cynllunio eich gofal",
    meaning:
      "Y gweithiwr sy'n gwneud yn siŵr bod eich holl ofal wedi'i gynllunio ac yn gweithio gyda'i gilydd.",
  },
  directPayments: {
    word: 'taliadau uniongyrchol',
    plain: 'arian i brynu eich cymorth eich hun',
    meaning: 'Arian gan y cyngor fel y gallwch chi ddewis a thalu am eich cymorth eich hun.',
  },
  personalBudget: {
    word: 'cyllideb bersonol',
    plain: 'yr arian ar gyfer eich cymorth',
    meaning: "Faint o arian mae'r cyngor yn dweud y bydd eich cymorth yn ei gostio.",
  },
  reablement: {
    word: 'ailalluogi',
    plain: 'help am gyfnod byr i wneud pethau eto',
    meaning:
      'Help am gyfnod byr i ddysgu gwneud pethau bob dydd eto, fel coginio, ar ôl salwch neu gyfnod yn yr ysbyty.',
  },
  section117: {
    word: 'adran 117',
    plain: 'ôl-ofal am ddim',
    meaning:
      'Help a chymorth am ddim ar ôl i chi adael yr ysbyty, os cawsoch chi eich cadw yno o dan y Ddeddf Iechyd Meddwl.',
  },
  chc: {
    word: 'gofal iechyd parhaus',
    plain: "gofal sy'n cael ei dalu gan y GIG",
    meaning:
      "Gofal Iechyd Parhaus y GIG. Mae'r GIG yn talu am eich holl ofal am fod eich anghenion iechyd yn uchel.",
  },
  assessment: {
    word: 'asesiad',
    plain: 'cyfarfod i weld pa help sydd ei angen arnoch chi',
    meaning: 'Cyfarfod neu wiriad i weld beth sydd ei angen arnoch chi a pha help y gallwch chi ei gael.',
  },
  outcome: {
    word: 'canlyniad',
    plain: 'beth rydych chi eisiau ei gyflawni',
    meaning: 'Beth rydych chi eisiau iddo fod yn wahanol yn eich bywyd.',
  },
  holistic: {
    word: 'cyfannol',
    plain: 'am eich bywyd cyfan',
    meaning: 'Edrych ar eich bywyd i gyd, nid un rhan yn unig.',
  },
  personCentred: {
    word: 'person-ganolog',
    plain: "wedi'i gynllunio o'ch cwmpas chi",
    meaning: "Wedi'i gynllunio o'ch cwmpas chi: beth sy'n bwysig i chi a beth rydych chi eisiau.",
  },
  coProduction: {
    word: 'cydgynhyrchu',
    plain: "gweithio gyda'n gilydd yn gyfartal",
    meaning: "Rydych chi a'r gweithwyr yn cynllunio ac yn penderfynu pethau gyda'ch gilydd, yn gyfartal.",
  },
  statutory: {
    word: 'statudol',
    plain: 'yn ôl y gyfraith',
    meaning: "Rhywbeth mae'r gyfraith yn dweud sy'n rhaid iddo ddigwydd.",
  },
  mentalCapacity: {
    word: 'galluedd meddyliol',
    plain: 'gallu gwneud penderfyniad',
    meaning: 'Gallu deall gwybodaeth a gwneud penderfyniad penodol eich hun.',
  },
  deprivationOfLiberty: {
    word: 'amddifadu o ryddid',
    plain: 'cyfyngu ar eich rhyddid',
    meaning:
      "Pan fydd eich rhyddid yn cael ei gyfyngu i'ch cadw chi'n ddiogel. Mae'r gyfraith yn dweud bod rhaid gwirio hyn.",
  },
  carersAssessment: {
    word: 'asesiad gofalwr',
    plain: 'gwiriad o ba help sydd ei angen ar eich gofalwr',
    meaning: 'Cyfarfod i weld pa help sydd ei angen ar eich gofalwr iddo fe neu hi ei hun.',
  },
  supportedLiving: {
    word: 'byw â chymorth',
    plain: 'eich cartref eich hun gyda chymorth',
    meaning: "Rydych chi'n byw yn eich cartref eich hun ac yn cael y cymorth sydd ei angen arnoch chi yno.",
  },
  residentialCare: {
    word: 'gofal preswyl',
    plain: 'byw mewn cartref gofal',
    meaning: 'Byw mewn cartref gofal lle mae staff yn eich helpu chi ddydd a nos.',
  },
  placement: {
    word: 'lleoliad',
    plain: 'lle i fyw neu aros',
    meaning: "Lle rydych chi'n byw neu'n aros ynddo, wedi'i drefnu gan rywun arall.",
  },
  outOfArea: {
    word: "y tu allan i'r ardal",
    plain: "yn bell o'ch ardal chi",
    meaning: "Gwasanaeth yn bell o'r lle rydych chi neu eich teulu yn byw.",
  },
  continence: {
    word: 'ymataliaeth',
    plain: "defnyddio'r toiled",
    meaning: "Gallu rheoli pryd rydych chi'n mynd i'r toiled.",
  },
  mobility: {
    word: 'symudedd',
    plain: 'symud o gwmpas',
    meaning: "Pa mor dda rydych chi'n gallu symud o gwmpas a mynd o le i le.",
  },
  cognitive: {
    word: 'gwybyddol',
    plain: 'meddwl a chofio',
    meaning: 'Am feddwl, dysgu a chofio.',
  },
  deteriorate: {
    word: 'dirywio',
    plain: 'gwaethygu',
    meaning: 'Mynd yn waeth.',
  },
  escalate: {
    word: 'uwchgyfeirio',
    plain: "dweud wrth rywun sy'n gyfrifol",
    meaning: 'Dweud wrth rywun uwch, fel y gallan nhw ddatrys problem.',
  },
  liaise: {
    word: 'cysylltu â',
    plain: 'siarad â',
    meaning: 'Siarad a rhannu gwybodaeth gyda rhywun.',
  },
  referral: {
    word: 'atgyfeiriad',
    plain: 'gofyn i wasanaeth arall helpu',
    meaning: 'Pan fydd gweithiwr yn gofyn i wasanaeth arall eich helpu chi.',
  },
  provision: {
    word: 'darpariaeth',
    plain: "beth sy'n cael ei roi",
    meaning: "Y cymorth neu'r gwasanaethau sy'n cael eu rhoi.",
  },
  discharge: {
    word: 'rhyddhau',
    plain: 'gadael yr ysbyty',
    meaning: "Pan fyddwch chi'n gadael yr ysbyty neu wasanaeth.",
  },
  occupationalTherapist: {
    word: 'therapydd galwedigaethol',
    plain: "gweithiwr sy'n helpu gyda phethau bob dydd",
    meaning:
      "Gweithiwr sy'n eich helpu i wneud pethau bob dydd, weithiau gydag offer neu newidiadau i'ch cartref.",
  },
  cpn: {
    word: 'CPN',
    plain: 'nyrs iechyd meddwl',
    meaning: "Nyrs seiciatrig gymunedol: nyrs iechyd meddwl sy'n ymweld â chi.",
  },
  camhs: {
    word: 'CAMHS',
    plain: 'help iechyd meddwl i bobl ifanc',
    meaning:
      "Gwasanaethau Iechyd Meddwl Plant a Phobl Ifanc: help i blant a phobl ifanc gyda'u hiechyd meddwl.",
  },
  sectioned: {
    word: 'cadw o dan y Ddeddf',
    plain: 'cael eich cadw yn yr ysbyty yn ôl y gyfraith',
    meaning:
      "Pan fyddwch chi'n cael eich cadw yn yr ysbyty o dan y Ddeddf Iechyd Meddwl, hyd yn oed os nad ydych chi eisiau bod yno.",
  },
  appointee: {
    word: 'penodai',
    plain: "rhywun sy'n rheoli eich budd-daliadau",
    meaning: "Rhywun sy'n cael rheoli eich budd-daliadau ar eich rhan chi.",
  },
  powerOfAttorney: {
    word: 'atwrneiaeth',
    plain: "rhywun rydych chi'n ei ddewis i benderfynu drosoch chi",
    meaning:
      "Papur cyfreithiol sy'n gadael i rywun rydych chi'n ymddiried ynddo wneud penderfyniadau drosoch chi.",
  },
  courtOfProtection: {
    word: 'Llys Gwarchod',
    plain: "llys i bobl sy'n methu penderfynu",
    meaning: "Llys sy'n gwneud penderfyniadau dros bobl sy'n methu eu gwneud nhw eu hunain.",
  },
  proportionate: {
    word: 'cymesur',
    plain: 'teg a dim gormod',
    meaning: 'Dim mwy nag sydd ei angen.',
  },
  mitigate: {
    word: 'lliniaru',
    plain: 'gwneud yn llai drwg',
    meaning: 'Gwneud problem neu risg yn llai.',
  },
  riskAssessment: {
    word: 'asesiad risg',
    plain: "gwiriad o beth allai fynd o'i le",
    meaning: "Meddwl am beth allai fynd o'i le a sut i'w atal.",
  },
  contingency: {
    word: 'cynllun wrth gefn',
    plain: 'cynllun arall rhag ofn',
    meaning: "Cynllun ar gyfer beth i'w wneud os bydd rhywbeth yn mynd o'i le.",
  },
  implement: {
    word: 'gweithredu',
    plain: 'gwneud',
    meaning: 'Rhoi cynllun ar waith.',
  },
  objective: {
    word: 'amcan',
    plain: 'nod',
    meaning: 'Rhywbeth rydych chi eisiau ei wneud neu ei gyflawni.',
  },
  ascertain: {
    word: 'canfod',
    plain: 'cael gwybod',
    meaning: 'Cael gwybod.',
  },
  commence: {
    word: 'cychwyn',
    plain: 'dechrau',
    meaning: 'Dechrau.',
  },
  priorTo: {
    word: 'cyn',
    plain: 'cyn',
    meaning: 'Cyn.',
  },
  inReceiptOf: {
    word: 'yn derbyn',
    plain: 'yn cael',
    meaning: 'Cael rhywbeth, fel arian neu wasanaeth.',
  },
  adaptations: {
    word: 'addasiadau',
    plain: "newidiadau i'ch cartref",
    meaning: "Newidiadau i'ch cartref i'w wneud yn haws ac yn fwy diogel, fel rheiliau neu ramp.",
  },
  personalCare: {
    word: 'gofal personol',
    plain: 'help i ymolchi a gwisgo',
    meaning: "Help i ymolchi, gwisgo, bwyta a defnyddio'r toiled.",
  },
  keyWorker: {
    word: 'gweithiwr allweddol',
    plain: 'eich prif weithiwr',
    meaning: "Y gweithiwr sy'n brif gyswllt i chi.",
  },
  socialPrescribing: {
    word: 'rhagnodi cymdeithasol',
    plain: 'cael eich cysylltu â grwpiau lleol',
    meaning:
      "Mae gweithiwr yn eich helpu i ddod o hyd i grwpiau a gweithgareddau lleol, fel eich bod chi'n teimlo'n well.",
  },
  floatingSupport: {
    word: 'cymorth symudol',
    plain: "cymorth sy'n ymweld â chi gartref",
    meaning: "Gweithwyr cymorth yn ymweld â chi gartref i'ch helpu i gadw eich cartref.",
  },
  informalCarer: {
    word: 'gofalwr di-dâl',
    plain: "aelod o'r teulu neu ffrind sy'n gofalu amdanoch chi",
    meaning: "Aelod o'r teulu neu ffrind sy'n eich helpu ac yn gofalu amdanoch chi heb gael ei dalu.",
  },
  selfNeglect: {
    word: 'hunanesgeulustod',
    plain: 'peidio ag edrych ar ôl eich hun',
    meaning: 'Pan nad yw rhywun yn edrych ar ôl ei iechyd, ei gartref neu ei ddiogelwch ei hun.',
  },
  challengingBehaviour: {
    word: 'ymddygiad heriol',
    plain: "ymddygiad sy'n dangos bod rhywbeth o'i le",
    meaning:
      "Pethau mae person yn eu gwneud sy'n gallu bod yn anodd i eraill. Yn aml mae'n dangos bod y person wedi cynhyrfu neu angen rhywbeth.",
  },
  positiveBehaviourSupport: {
    word: 'cymorth ymddygiad cadarnhaol',
    plain: "cynllun i'ch helpu i deimlo'n dawel",
    meaning: "Cynllun i ddeall beth sydd ei angen arnoch chi, fel eich bod chi'n teimlo'n dawel ac yn hapus.",
  },
  transition: {
    word: 'pontio',
    plain: 'newid mawr',
    meaning: 'Newid mawr, fel symud o wasanaethau plant i wasanaethau oedolion.',
  },
  engagement: {
    word: 'ymgysylltu',
    plain: 'cymryd rhan',
    meaning: 'Cymryd rhan a chadw mewn cysylltiad.',
  },
  gp: {
    word: 'GP',
    plain: 'meddyg teulu',
    meaning: 'Meddyg teulu: eich meddyg lleol.',
  },
  pip: {
    word: 'PIP',
    plain: 'budd-dal anabledd',
    meaning: 'Taliad Annibyniaeth Personol: arian i helpu gyda chostau ychwanegol anabledd neu salwch.',
  },
  esa: {
    word: 'ESA',
    plain: "budd-dal os ydych chi'n sâl neu'n anabl",
    meaning:
      "Lwfans Cyflogaeth a Chymorth: arian os na allwch chi weithio am eich bod chi'n sâl neu'n anabl.",
  },
  prn: {
    word: 'PRN',
    plain: 'meddyginiaeth pan fo angen',
    meaning: "Meddyginiaeth rydych chi'n ei chymryd dim ond pan fydd ei hangen arnoch chi, nid bob dydd.",
  },
};
