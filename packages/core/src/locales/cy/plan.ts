import type { Translation } from '../Translation.js';
import type { plan as enPlan } from '../en/plan.js';
import type { planEasyRead } from '../en/planEasyRead.js';

type en = typeof enPlan & typeof planEasyRead;

/** Welsh strings for the `plan.*` keys. Awaiting review by a fluent Welsh speaker. */
export const plan: Translation<en> = {
  sections: {
    aboutYou: {
      title: 'Am y person',
      easyRead: 'Amdana i',
      hint: 'Yr enw maen nhw’n hoffi cael eu galw, ac ychydig o fanylion.',
    },
    household: {
      title: 'Yr aelwyd a’r bobl sy’n bwysig',
      easyRead: 'Y bobl rydw i’n byw gyda nhw a’r bobl sy’n bwysig i mi',
      hint: 'Teulu, gofalwyr a ffrindiau: beth maen nhw’n ei wneud, a beth sydd ei angen arnyn nhw eu hunain.',
    },
    contributors: {
      title: 'Lleisiau yn y cynllun hwn',
      easyRead: 'Pwy helpodd i wneud fy nghynllun',
      hint: 'Pawb y mae eu geiriau yn y cynllun hwn, gan gynnwys y person.',
    },
    communication: {
      title: 'Cyfathrebu',
      easyRead: 'Sut rydw i’n cyfathrebu',
      hint: 'Sut i siarad gyda’r person, a’r fformatau gwybodaeth sydd eu hangen arnyn nhw.',
    },
    aboutMe: {
      title: 'Amdana i',
      easyRead: 'Beth sydd angen i chi ei wybod amdana i',
      hint: 'Yng ngeiriau’r person ei hun lle bo modd.',
    },
    needs: {
      title: 'Anghenion',
      easyRead: 'Pethau sy’n anodd i mi',
      hint: 'Beth sy’n anodd neu sydd ar goll, ym mhob rhan o fywyd.',
    },
    strengths: {
      title: 'Cryfderau a gallu',
      easyRead: 'Beth alla i ei wneud',
      hint: 'Beth all y person, ei aelwyd a’i gymuned ei wneud nawr, a beth y gellid ei ddatblygu.',
    },
    outcomes: {
      title: 'Canlyniadau',
      easyRead: 'Beth rydw i eisiau ei gyflawni',
      hint: 'Beth mae’r person eisiau ei gyflawni, yn ei eiriau ei hun.',
    },
    support: {
      title: 'Cymorth',
      easyRead: 'Pwy sy’n fy helpu a phryd',
      hint: 'Y cymorth nawr a’r cymorth o’r maint cywir, gris wrth ris ar yr ysgol gymorth.',
    },
    decisions: {
      title: 'Penderfyniadau',
      easyRead: 'Fy mhenderfyniadau',
      hint: 'Penderfyniadau pwysig a sut y cawson nhw eu gwneud.',
    },
    barriers: {
      title: 'Rhwystrau',
      easyRead: 'Pethau sy’n mynd yn y ffordd',
      hint: 'Problemau y tu hwnt i reolaeth y gwasanaeth sy’n rhwystro canlyniad.',
    },
    stayingSafe: {
      title: 'Cadw’n ddiogel',
      easyRead: 'Cadw’n ddiogel a phwy i’w ffonio',
      hint: 'Beth allai fynd o’i le, beth i’w wneud, a phwy i’w ffonio.',
    },
    sharing: {
      title: 'Rhannu’r cynllun hwn',
      easyRead: 'Pwy all weld fy nghynllun',
      hint: 'Gyda phwy y gellir rhannu’r cynllun hwn, a phwy gytunodd.',
    },
    review: {
      title: 'Adolygu',
      easyRead: 'Pryd byddwn ni’n edrych ar fy nghynllun eto',
      hint: 'Pryd y bydd y cynllun yn cael ei adolygu, a sut y byddwch chi’n gwybod ei fod yn gweithio.',
    },
  },

  lifeAreas: {
    home: {
      label: 'Cartref',
      hint: 'Ble mae’r person yn byw a sut mae’n teimlo am hynny.',
      easyRead: 'Fy nghartref',
    },
    health: {
      label: 'Iechyd a llesiant',
      hint: 'Y corff, y meddwl a theimlo’n dda.',
      easyRead: 'Fy iechyd a sut rydw i’n teimlo',
    },
    relationships: {
      label: 'Perthnasoedd a theulu',
      hint: 'Teulu, ffrindiau, partneriaid a’r bobl sy’n bwysig.',
      easyRead: 'Fy nheulu a fy ffrindiau',
    },
    community: {
      label: 'Cymuned a pherthyn',
      hint: 'Bod yn rhan o’r gymuned leol, grwpiau a ffydd.',
      easyRead: 'Bod yn rhan o fy nghymuned',
    },
    'work-learning': {
      label: 'Gwaith, dysgu a phethau rydw i’n eu gwneud',
      hint: 'Swyddi, gwirfoddoli, coleg, diddordebau a sut mae’r dyddiau’n cael eu treulio.',
      easyRead: 'Gwaith, dysgu a phethau rydw i’n eu gwneud',
    },
    money: {
      label: 'Arian a budd-daliadau',
      hint: 'Incwm, budd-daliadau, biliau a dyledion.',
      easyRead: 'Fy arian',
    },
    'daily-living': {
      label: 'Bywyd bob dydd',
      hint: 'Bwyd, ymolchi, cysgu, mynd o le i le a thasgau bob dydd.',
      easyRead: 'Pethau bob dydd',
    },
    safety: {
      label: 'Diogelwch',
      hint: 'Teimlo a bod yn ddiogel, gartref ac allan.',
      easyRead: 'Bod yn ddiogel',
    },
  },

  ladderRungs: {
    me: {
      label: 'Fi',
      hint: 'Beth mae’r person yn ei wneud drosto’i hun.',
      easyRead: 'Pethau rydw i’n eu gwneud fy hun',
    },
    'family-friends': {
      label: 'Teulu a ffrindiau',
      hint: 'Help gan deulu, ffrindiau a chymdogion.',
      easyRead: 'Help gan fy nheulu a fy ffrindiau',
    },
    community: {
      label: 'Cymuned',
      hint: 'Grwpiau lleol, clybiau, grwpiau ffydd a gwirfoddolwyr.',
      easyRead: 'Help gan grwpiau yn agos ata i',
    },
    universal: {
      label: 'Gwasanaethau cyffredinol',
      hint: 'Gwasanaethau sydd ar agor i bawb, fel meddyg teulu, llyfrgell neu ganolfan hamdden.',
      easyRead: 'Gwasanaethau y gall pawb eu defnyddio',
    },
    targeted: {
      label: 'Gwasanaethau wedi’u targedu',
      hint: 'Gwasanaethau i bobl ag anghenion penodol, fel gwasanaethau dydd neu gymorth symudol.',
      easyRead: 'Gwasanaethau i bobl fel fi',
    },
    specialist: {
      label: 'Gwasanaethau arbenigol',
      hint: 'Gofal iechyd neu ofal cymdeithasol arbenigol, fel tîm iechyd meddwl.',
      easyRead: 'Help arbennig gan arbenigwyr',
    },
    residential: {
      label: 'Gofal preswyl neu y tu allan i’r ardal',
      hint: 'Byw mewn cartref gofal, ysbyty neu leoliad i ffwrdd o gartref.',
      easyRead: 'Byw yn rhywle lle rydw i’n cael gofal',
    },
  },

  barrierThemes: {
    'funding-health-social-care': {
      label: 'Cyllid rhwng iechyd a gofal cymdeithasol',
      hint: 'Anghydfod neu oedi ynghylch pwy sy’n talu.',
      easyRead: 'Dydy gwasanaethau ddim yn gallu cytuno pwy sy’n talu',
    },
    housing: {
      label: 'Tai',
      hint: 'Dim cartref addas, neu aros yn hir am un.',
      easyRead: 'Does dim cartref addas i mi',
    },
    'information-sharing': {
      label: 'Rhannu gwybodaeth',
      hint: 'Gwasanaethau ddim yn rhannu’r hyn maen nhw’n ei wybod, felly mae’r person yn ailadrodd ei stori.',
      easyRead: 'Dydy gwasanaethau ddim yn rhannu beth maen nhw’n ei wybod',
    },
    'waiting-lists': {
      label: 'Rhestrau aros',
      hint: 'Aros yn hir am asesiad, triniaeth neu gymorth.',
      easyRead: 'Rhaid i mi aros yn hir',
    },
    eligibility: {
      label: 'Cymhwysedd',
      hint: 'Dydy’r person ddim yn bodloni meini prawf gwasanaeth, neu mae’n syrthio rhwng gwasanaethau.',
      easyRead: 'Mae gwasanaeth yn dweud na alla i gael help',
    },
    benefits: {
      label: 'Budd-daliadau',
      hint: 'Oedi, sancsiynau neu fylchau mewn budd-daliadau.',
      easyRead: 'Problemau gyda fy mudd-daliadau',
    },
    workforce: {
      label: 'Gweithlu',
      hint: 'Dim digon o staff, neu staff heb y sgiliau cywir.',
      easyRead: 'Does dim digon o weithwyr',
    },
    'legal-process': {
      label: 'Proses gyfreithiol',
      hint: 'Oedi yn y llys, y tribiwnlys neu broses gyfreithiol arall.',
      easyRead: 'Aros am lys neu’r gyfraith',
    },
    transport: {
      label: 'Trafnidiaeth',
      hint: 'Dim ffordd o gyrraedd lleoedd sy’n bwysig.',
      easyRead: 'Alla i ddim cyrraedd lleoedd',
    },
    other: {
      label: 'Arall',
      hint: 'Rhywbeth arall y tu hwnt i reolaeth y gwasanaeth.',
      easyRead: 'Rhywbeth arall',
    },
  },

  validation: {
    required: 'Rhowch {{field}}',
    requiredChoice: 'Dewiswch {{field}}',
    requiredList: 'Ychwanegwch o leiaf un {{field}}',
    tooLong: 'Rhaid i {{field}} fod yn {{max}} nod neu lai',
    dateReal: 'Rhaid i {{field}} fod yn ddyddiad go iawn',
    datePast: 'Rhaid i {{field}} fod yn y gorffennol',
    dateFuture: 'Rhaid i {{field}} fod yn y dyfodol',
    numberRange: 'Rhaid i {{field}} fod rhwng {{min}} a {{max}}',
    notAnOption: 'Dewiswch {{field}} o’r rhestr',
  },

  person: {
    preferredName: {
      label: 'Enw dewisol',
      hint: 'Yr enw maen nhw’n hoffi cael eu galw. Mae’n mynd ar flaen eu cynllun.',
      easyRead: 'Yr enw rydw i’n hoffi cael fy ngalw',
      required: 'Rhowch enw dewisol y person',
    },
    fullName: {
      label: 'Enw llawn',
      hint: 'Dim ond os yw’n wahanol i’w henw dewisol.',
      easyRead: 'Fy enw llawn',
    },
    pronouns: {
      label: 'Rhagenwau',
      hint: 'Er enghraifft, hi, fe neu nhw.',
      easyRead: 'Sut i siarad amdana i: hi, fe neu nhw',
    },
    dateOfBirth: {
      label: 'Dyddiad geni',
      hint: 'Er enghraifft, 27 3 1990',
      easyRead: 'Fy mhen-blwydd',
    },
  },

  household: {
    label: 'Pobl yn yr aelwyd a phobl sy’n bwysig',
    hint: 'Ychwanegwch y bobl y mae’r person yn byw gyda nhw, a’r teulu, gofalwyr neu ffrindiau sydd bwysicaf.',
    easyRead: 'Y bobl rydw i’n byw gyda nhw a’r bobl sy’n bwysig i mi',
    item: 'person',
    name: {
      label: 'Enw',
      easyRead: 'Eu henw',
      required: 'Rhowch enw’r person hwn',
    },
    relationship: {
      label: 'Perthynas â’r person',
      hint: 'Er enghraifft, mam, partner, ffrind neu gymydog.',
      easyRead: 'Pwy ydyn nhw i mi',
    },
    livesWithPerson: {
      label: 'Ydyn nhw’n byw gyda’r person?',
      easyRead: 'Ydyn ni’n byw gyda’n gilydd?',
    },
    isCarer: {
      label: 'Ydyn nhw’n ofalwr?',
      hint: 'Rhywun sy’n rhoi help a gofal heb dâl.',
      easyRead: 'Ydyn nhw’n gofalu amdana i?',
    },
    ownNeeds: {
      label: 'Beth sydd ei angen arnyn nhw eu hunain?',
      hint: 'Straen, iechyd a dymuniadau’r gofalwr ei hun. Mae gan ofalwyr hawl i’w hasesiad eu hunain.',
      easyRead: 'Beth sydd ei angen arnyn nhw i ddal ati',
    },
    whatTheyDo: {
      label: 'Beth maen nhw’n ei wneud dros y person neu gyda’r person?',
      easyRead: 'Beth maen nhw’n ei wneud gyda fi',
    },
    wantsToBeToldAbout: {
      label: 'Am beth maen nhw eisiau cael gwybod, a sut?',
      easyRead: 'Beth maen nhw eisiau ei wybod a sut i ddweud wrthyn nhw',
    },
  },

  contributors: {
    label: 'Lleisiau yn y cynllun hwn',
    hint: 'Ychwanegwch y person yn gyntaf, yna pawb arall y mae eu geiriau yn y cynllun hwn.',
    easyRead: 'Y bobl a helpodd i wneud fy nghynllun',
    item: 'llais',
    name: {
      label: 'Enw',
      easyRead: 'Eu henw',
      required: 'Rhowch enw’r cyfrannwr hwn',
    },
    role: {
      label: 'Rôl',
      easyRead: 'Pwy ydyn nhw',
      required: 'Dewiswch rôl y cyfrannwr hwn',
      options: {
        person: 'Y person y mae’r cynllun ar ei gyfer',
        family: 'Aelod o’r teulu',
        carer: 'Gofalwr',
        advocate: 'Eiriolwr',
        worker: 'Gweithiwr cymorth neu weithiwr cymdeithasol',
        professional: 'Gweithiwr proffesiynol arall',
        other: 'Rhywun arall',
      },
    },
    relationship: {
      label: 'Perthynas â’r person',
      hint: 'Er enghraifft, chwaer neu weithiwr allweddol.',
      easyRead: 'Pwy ydyn nhw i mi',
    },
    organisation: {
      label: 'Sefydliad',
      hint: 'Gadewch hwn yn wag ar gyfer teulu a ffrindiau.',
      easyRead: 'Ble maen nhw’n gweithio',
    },
  },

  supportedByIds: {
    label: 'Pwy gefnogodd y person i wneud y cynllun hwn?',
    hint: 'Dewiswch bawb a helpodd nhw i ddweud beth roedden nhw eisiau.',
    easyRead: 'Pwy helpodd fi i ddweud beth rydw i eisiau',
  },

  communication: {
    howICommunicate: {
      label: 'Sut mae’r person yn cyfathrebu, a sut dylai eraill gyfathrebu gyda nhw?',
      hint: 'Er enghraifft, geiriau, arwyddion, lluniau, synau neu ddyfais.',
      easyRead: 'Sut rydw i’n siarad a sut i siarad gyda fi',
    },
    accessibleFormats: {
      label: 'Pa fformatau gwybodaeth sydd eu hangen ar y person?',
      hint: 'Dewiswch bob un sy’n berthnasol. Mae hawdd ei ddeall yn troi modd hawdd ei ddeall y ffurflen ymlaen.',
      easyRead: 'Sut rydw i’n hoffi cael gwybodaeth',
      options: {
        'easy-read': 'Hawdd ei ddeall',
        'large-print': 'Print bras',
        braille: 'Braille',
        audio: 'Sain',
        bsl: 'Iaith Arwyddion Prydain (BSL)',
        makaton: 'Makaton',
        other: 'Fformat arall',
      },
    },
    interpreterNeeded: {
      label: 'Oes angen cyfieithydd neu ddehonglydd ar y person?',
      easyRead: 'Oes angen rhywun i gyfieithu i mi?',
    },
    interpreterLanguage: {
      label: 'Pa iaith?',
      hint: 'Er enghraifft, Pwyleg neu Iaith Arwyddion Prydain.',
      easyRead: 'Yr iaith sydd ei hangen arna i',
    },
    whatHelps: {
      label: 'Beth sy’n helpu cyfathrebu?',
      hint: 'Er enghraifft, ystafell dawel, brawddegau byr neu amser i ateb.',
      easyRead: 'Pethau sy’n fy helpu i ddeall',
    },
    signsIAmUpset: {
      label: 'Sut gall pobl ddweud bod y person wedi cynhyrfu?',
      easyRead: 'Sut gallwch chi ddweud fy mod i wedi cynhyrfu',
    },
  },

  aboutMe: {
    mostImportant: {
      label: 'Beth sydd bwysicaf i chi?',
      easyRead: 'Beth sydd bwysicaf i mi',
    },
    importantPeople: {
      label: 'Pwy yw’r bobl sy’n bwysig i chi?',
      easyRead: 'Y bobl sy’n bwysig i mi',
    },
    wellness: {
      label: 'Beth sy’n eich cadw’n iach?',
      hint: 'Iechyd, meddyginiaethau, arferion a beth sy’n helpu pan fyddwch chi’n sâl.',
      easyRead: 'Beth sy’n fy nghadw’n iach',
    },
    pleaseDo: {
      label: 'Beth ddylai pobl ei wneud, os gwelwch yn dda?',
      easyRead: 'Gwnewch hyn, os gwelwch yn dda',
    },
    pleaseDont: {
      label: 'Beth na ddylai pobl ei wneud, os gwelwch yn dda?',
      easyRead: 'Peidiwch â gwneud hyn, os gwelwch yn dda',
    },
    howAndWhenToSupport: {
      label: 'Sut a phryd dylai pobl eich cefnogi chi?',
      easyRead: 'Sut a phryd i fy helpu',
    },
    alsoWorthKnowing: {
      label: 'Beth arall sy’n werth ei wybod amdanoch chi?',
      easyRead: 'Pethau eraill i’w gwybod amdana i',
    },
    likeAndAdmire: {
      label: 'Beth mae pobl yn ei hoffi a’i edmygu amdanoch chi?',
      easyRead: 'Beth mae pobl yn ei hoffi amdana i',
    },
    goodDay: {
      label: 'Beth yw diwrnod da i chi?',
      hint: 'Beth sy’n digwydd, pwy sydd yno, beth rydych chi’n ei wneud.',
      easyRead: 'Diwrnod da i mi yw…',
    },
    badDay: {
      label: 'Beth yw diwrnod gwael i chi?',
      hint: 'Beth sy’n mynd o’i le, a beth sy’n helpu.',
      easyRead: 'Diwrnod gwael i mi yw…',
    },
  },

  needs: {
    label: 'Anghenion',
    hint: 'Ychwanegwch un angen ar y tro: rhywbeth sy’n anodd neu sydd ar goll.',
    easyRead: 'Pethau sy’n anodd i mi',
    item: 'angen',
    lifeArea: {
      label: 'Rhan o fywyd',
      easyRead: 'Pa ran o fy mywyd',
      required: 'Dewiswch y rhan o fywyd y mae’r angen hwn yn ymwneud â hi',
    },
    description: {
      label: 'Beth sy’n anodd neu sydd ar goll?',
      hint: 'Disgrifiwch yr angen, nid y gwasanaeth. Er enghraifft, “Rydw i’n mynd yn bryderus iawn ar fysiau”.',
      easyRead: 'Mae hyn yn anodd i mi',
      required: 'Rhowch beth sy’n anodd neu sydd ar goll',
    },
  },

  strengths: {
    label: 'Cryfderau a gallu',
    hint: 'Ychwanegwch un cryfder ar y tro.',
    easyRead: 'Beth alla i ei wneud',
    item: 'cryfder',
    lifeArea: {
      label: 'Rhan o fywyd',
      easyRead: 'Pa ran o fy mywyd',
      required: 'Dewiswch y rhan o fywyd y mae’r cryfder hwn yn ymwneud â hi',
    },
    whose: {
      label: 'Cryfder pwy yw e?',
      easyRead: 'Pwy all wneud hyn',
      options: {
        me: 'Cryfder y person ei hun',
        household: 'Cryfder yr aelwyd',
        community: 'Cryfder y gymuned',
      },
    },
    kind: {
      label: 'Ydy e’n rhywbeth y gellir ei wneud nawr, neu y gellid ei ddatblygu?',
      easyRead: 'Nawr neu’n nes ymlaen',
      options: {
        now: 'Gellir ei wneud nawr',
        'could-build': 'Gellid ei ddatblygu',
      },
    },
    description: {
      label: 'Beth yw’r cryfder?',
      hint: 'Er enghraifft, “Rydw i’n gwybod y ffordd i’r siopau” neu “Mae fy mrawd yn ymweld bob dydd Sul”.',
      easyRead: 'Rydw i’n dda am wneud hyn',
      required: 'Rhowch y cryfder',
    },
    howToBuild: {
      label: 'Sut gellid ei ddatblygu?',
      hint: 'Dim ond ar gyfer cryfder y gellid ei ddatblygu.',
      easyRead: 'Sut gallwn i wella ar hyn',
    },
  },

  outcomes: {
    label: 'Canlyniadau',
    hint: 'Ychwanegwch un canlyniad ar y tro, yng ngeiriau’r person ei hun.',
    easyRead: 'Beth rydw i eisiau ei gyflawni',
    item: 'canlyniad',
    statement: {
      label: 'Beth rydych chi eisiau ei gyflawni?',
      hint: 'Dechreuwch gyda “Rydw i”. Er enghraifft, “Rydw i’n cyrraedd fy nghwrs coleg ar fy mhen fy hun”.',
      easyRead: 'Rydw i eisiau…',
      required: 'Rhowch beth mae’r person eisiau ei gyflawni',
    },
    lifeArea: {
      label: 'Rhan o fywyd',
      easyRead: 'Pa ran o fy mywyd',
      required: 'Dewiswch y rhan o fywyd y mae’r canlyniad hwn yn ymwneud â hi',
    },
    needIds: {
      label: 'Pa anghenion mae’n eu hateb?',
      easyRead: 'Y pethau anodd mae’n helpu gyda nhw',
    },
    strengthIds: {
      label: 'Ar ba gryfderau mae’n adeiladu?',
      easyRead: 'Beth alla i ei wneud sy’n helpu',
    },
    readings: {
      label: 'Ble rydych chi nawr, a ble rydych chi eisiau bod?',
      hint: 'O 1 i 10. Ychwanegwch sgôr ar gyfer pob llais pan fydd pobl yn ei weld yn wahanol: mae’r ddau yn cael eu cadw.',
      easyRead: 'Ble rydw i nawr a ble rydw i eisiau bod',
      item: 'sgôr',
      by: {
        label: 'Sgôr pwy yw hwn?',
        easyRead: 'Pwy ddywedodd hyn',
        options: {
          together: 'Fe wnaethon ni gytuno arno gyda’n gilydd',
        },
      },
      now: {
        label: 'Ble rydw i nawr',
        hint: 'Mae 1 yn golygu ymhell ohono, mae 10 yn golygu fy mod i yno.',
        easyRead: 'Ble rydw i nawr',
      },
      goal: {
        label: 'Ble rydw i eisiau bod',
        hint: 'Mae 1 yn golygu ymhell ohono, mae 10 yn golygu fy mod i yno.',
        easyRead: 'Ble rydw i eisiau bod',
      },
      date: {
        label: 'Dyddiad y sgôr',
        easyRead: 'Y diwrnod y gwnaethon ni wirio',
      },
    },
  },

  support: {
    label: 'Ysgol gymorth',
    hint: 'Ychwanegwch bob darn o gymorth ar ei ris. Nodwch ai cymorth nawr, cymorth o’r maint cywir, neu’r ddau ydyw.',
    easyRead: 'Pwy sy’n fy helpu a phryd',
    item: 'cymorth',
    rung: {
      label: 'Gris ar yr ysgol gymorth',
      easyRead: 'O ble mae’r help yma’n dod',
      required: 'Dewiswch ris yr ysgol gymorth',
    },
    description: {
      label: 'Beth yw’r cymorth?',
      hint: 'Er enghraifft, “2 awr yr wythnos o hyfforddiant teithio”.',
      easyRead: 'Yr help rydw i’n ei gael',
      required: 'Rhowch beth yw’r cymorth',
    },
    status: {
      label: 'Ai cymorth nawr, cymorth o’r maint cywir, neu’r ddau yw hwn?',
      easyRead: 'Ydy’r help yma nawr neu’n nes ymlaen',
      options: {
        current: 'Cymorth nawr yn unig',
        'right-size': 'Cymorth o’r maint cywir yn unig',
        both: 'Y ddau: mae’n aros fel y mae',
      },
    },
    provider: {
      label: 'Pwy sy’n ei ddarparu?',
      easyRead: 'Pwy sy’n rhoi’r help yma',
    },
    hoursPerWeek: {
      label: 'Oriau’r wythnos',
      hint: 'Os yw’n hysbys.',
      easyRead: 'Oriau bob wythnos',
    },
    costPerWeek: {
      label: 'Cost yr wythnos mewn punnoedd',
      hint: 'Os yw’n hysbys.',
      easyRead: 'Faint mae’n ei gostio bob wythnos',
    },
    funding: {
      label: 'Sut mae’n cael ei ariannu?',
      hint: 'Er enghraifft, yr awdurdod lleol, gofal iechyd parhaus y GIG neu daliad uniongyrchol.',
      easyRead: 'Pwy sy’n talu amdano',
    },
    startDate: {
      label: 'Dyddiad dechrau',
      easyRead: 'Pryd mae’n dechrau',
    },
    endDate: {
      label: 'Dyddiad gorffen',
      easyRead: 'Pryd mae’n gorffen',
    },
    outcomeIds: {
      label: 'Gyda pha ganlyniadau mae’n helpu?',
      easyRead: 'Beth mae’n fy helpu i’w gyflawni',
    },
  },

  rightSizeReason: {
    label: 'Pam mae’r cymorth o’r maint cywir yn wahanol i’r cymorth nawr?',
    hint: 'Er enghraifft, camu i lawr i gymorth llai cyfyngol, neu ddatblygu gallu.',
    easyRead: 'Pam bydd fy help yn newid',
  },

  decisions: {
    label: 'Penderfyniadau',
    hint: 'Ychwanegwch un penderfyniad pwysig ar y tro.',
    easyRead: 'Fy mhenderfyniadau',
    item: 'penderfyniad',
    decision: {
      label: 'Beth yw’r penderfyniad?',
      easyRead: 'Y penderfyniad',
      required: 'Rhowch y penderfyniad',
    },
    howMade: {
      label: 'Sut cafodd ei wneud?',
      easyRead: 'Pwy wnaeth y penderfyniad',
      options: {
        'by-me': 'Gan y person',
        'with-support': 'Gan y person, gyda chymorth',
        'best-interests': 'Er lles pennaf y person',
      },
    },
    capacityAssessed: {
      label: 'A gafodd galluedd meddyliol y person i wneud y penderfyniad hwn ei asesu?',
      hint: 'Galluedd meddyliol yw’r gallu cyfreithiol i wneud penderfyniad penodol.',
      easyRead: 'A wnaeth rhywun wirio a allwn i wneud y penderfyniad hwn?',
      options: {
        yes: 'Do',
        no: 'Naddo',
        'not-needed': 'Dim angen',
      },
    },
    capacityOutcome: {
      label: 'Beth wnaeth yr asesiad galluedd ei ganfod?',
      easyRead: 'Beth wnaethon nhw ei ganfod',
    },
    consultedIds: {
      label: 'Pwy gafodd eu holi?',
      easyRead: 'Pwy gafodd eu holi amdano',
    },
    disagreements: {
      label: 'Oedd unrhyw un yn anghytuno?',
      hint: 'Cofnodwch anghytundeb yn onest, yng ngeiriau’r bobl oedd yn anghytuno.',
      easyRead: 'Pwy oedd ddim yn cytuno, a pham',
    },
    date: {
      label: 'Dyddiad y penderfyniad',
      easyRead: 'Pryd cafodd ei benderfynu',
    },
  },

  barriers: {
    label: 'Rhwystrau',
    hint: 'Ychwanegwch un rhwystr ar y tro. Gellir crynhoi rhwystrau, heb enwau, ar gyfer comisiynwyr.',
    easyRead: 'Pethau sy’n mynd yn y ffordd',
    item: 'rhwystr',
    theme: {
      label: 'Pa fath o rwystr yw e?',
      easyRead: 'Beth sy’n mynd yn y ffordd',
      required: 'Dewiswch pa fath o rwystr yw e',
    },
    whatHappened: {
      label: 'Beth ddigwyddodd?',
      easyRead: 'Beth ddigwyddodd',
      required: 'Rhowch beth ddigwyddodd',
    },
    impact: {
      label: 'Beth oedd yr effaith ar y person?',
      easyRead: 'Sut effeithiodd hyn arna i',
    },
    serviceOrSystem: {
      label: 'Pa wasanaeth neu system?',
      easyRead: 'Pa wasanaeth',
    },
    escalatedTo: {
      label: 'At bwy y cafodd ei uwchgyfeirio?',
      hint: 'Er enghraifft, comisiynydd neu reolwr gwasanaeth.',
      easyRead: 'Pwy wnaethon ni ddweud wrthyn nhw',
    },
    outcomeIds: {
      label: 'Pa ganlyniadau mae’n eu rhwystro?',
      easyRead: 'Beth mae’n fy atal rhag ei gyflawni',
    },
    date: {
      label: 'Dyddiad y digwyddodd',
      easyRead: 'Pryd digwyddodd',
    },
  },

  contacts: {
    label: 'Pwy i’w ffonio',
    hint: 'Ychwanegwch y bobl a’r gwasanaethau i’w ffonio am help.',
    easyRead: 'Pwy i’w ffonio',
    item: 'cyswllt',
    name: {
      label: 'Enw',
      easyRead: 'Eu henw',
      required: 'Rhowch enw’r person neu’r gwasanaeth i’w ffonio',
    },
    role: {
      label: 'Pwy ydyn nhw',
      hint: 'Er enghraifft, chwaer, meddyg teulu neu dîm argyfwng.',
      easyRead: 'Pwy ydyn nhw',
    },
    phone: {
      label: 'Rhif ffôn',
      easyRead: 'Eu rhif ffôn',
    },
    when: {
      label: 'Pryd i’w ffonio',
      hint: 'Er enghraifft, “os ydw i’n sâl yn y nos”.',
      easyRead: 'Pryd i’w ffonio',
    },
  },

  safety: {
    label: 'Cadw’n ddiogel',
    hint: 'Ychwanegwch un peth a allai fynd o’i le ar y tro.',
    easyRead: 'Cadw’n ddiogel',
    item: 'cynllun diogelwch',
    whatCouldGoWrong: {
      label: 'Beth allai fynd o’i le?',
      easyRead: 'Rhywbeth a allai fynd o’i le',
      required: 'Rhowch beth allai fynd o’i le',
    },
    whatToDo: {
      label: 'Beth ddylai pobl ei wneud?',
      easyRead: 'Beth i’w wneud',
    },
    contactIds: {
      label: 'Pwy ddylai gael eu ffonio?',
      easyRead: 'Pwy i’w ffonio',
    },
  },

  sharing: {
    consentGiven: {
      label: 'Ydy’r person wedi cytuno i rannu’r cynllun hwn?',
      hint: 'Neu rywun sy’n gallu cytuno ar eu rhan yn gyfreithlon.',
      easyRead: 'Rydw i’n cytuno i rannu fy nghynllun',
    },
    agreedById: {
      label: 'Pwy gytunodd?',
      easyRead: 'Pwy ddywedodd ie',
    },
    agreedOn: {
      label: 'Dyddiad cytuno',
      easyRead: 'Pryd gwnaethon ni gytuno',
    },
    sharedWith: {
      label: 'Pwy all weld y cynllun hwn?',
      hint: 'Ychwanegwch bob person neu wasanaeth, a pham y gallan nhw ei weld.',
      easyRead: 'Pwy all weld fy nghynllun',
      item: 'person neu wasanaeth',
      who: {
        label: 'Person neu wasanaeth',
        easyRead: 'Pwy',
        required: 'Rhowch pwy all weld y cynllun hwn',
      },
      why: {
        label: 'Pam y gallan nhw ei weld?',
        easyRead: 'Pam',
      },
    },
  },

  review: {
    nextReviewDate: {
      label: 'Dyddiad yr adolygiad nesaf',
      hint: 'Er enghraifft, 27 3 2027',
      easyRead: 'Pryd byddwn ni’n edrych ar fy nghynllun eto',
    },
    howWeWillKnow: {
      label: 'Sut byddwn ni’n gwybod bod y cynllun yn gweithio?',
      easyRead: 'Sut byddwn ni’n gwybod bod fy nghynllun yn gweithio',
    },
  },
};
