import type { PlanInput } from '../planSchema.js';

const callum = { contributorId: 'c-callum', ownWords: true };
const sian = { contributorId: 'c-sian', ownWords: true };
const rhys = { contributorId: 'c-rhys', ownWords: false };

/**
 * Callum, 17, nearly 18: moving from children's to adult services in Wales. Autistic with a
 * learning disability; does not use speech (Makaton, pictures, a talker app on his iPad).
 * Lives with his mum Siân and younger brother Osian. Fictional; written for this project.
 */
export const callumPlanInput: PlanInput = {
  schemaVersion: 1,
  id: 'sample-callum',
  createdAt: '2026-02-20T10:00:00Z',
  updatedAt: '2026-03-12T15:30:00Z',
  status: 'draft',
  locale: 'en',
  person: {
    preferredName: 'Callum',
    fullName: 'Callum Rhys Pritchard',
    pronouns: 'he/him',
    dateOfBirth: '2008-07-19',
    identifiers: [{ system: 'nhs-number', value: '999 234 5675' }],
  },
  household: [
    {
      id: 'h-sian',
      name: 'Siân Pritchard',
      relationship: 'Mum',
      livesWithPerson: true,
      isCarer: true,
      whatTheyDo: {
        text: 'I do everything with Callum: washing, dressing, meals, his medicines, and I am up with him most nights. I know all his signs.',
        voice: sian,
      },
      ownNeeds: {
        text: 'I have not had a full night’s sleep in years. I work 15 hours a week in the school kitchen and I want to keep that job. I need to know the overnight breaks will not just stop when he turns 18, and I would like my own carer’s assessment.',
        voice: sian,
      },
      wantsToBeToldAbout: {
        text: 'Everything about college and money, by text first and then a phone call. Please do not ring during the school run.',
        voice: sian,
      },
    },
    {
      id: 'h-osian',
      name: 'Osian',
      relationship: 'Younger brother, 12',
      livesWithPerson: true,
      isCarer: true,
      whatTheyDo: {
        text: 'Osian plays FIFA with Callum after school and knows when to give him space. He goes to the young carers’ group on Tuesdays.',
        voice: rhys,
      },
      ownNeeds: {
        text: 'Time with Mum on his own, and not to be woken up every night.',
        voice: { contributorId: 'c-sian', ownWords: false },
      },
      wantsToBeToldAbout: {
        text: 'What is happening, in words he understands. He worries about Callum moving away.',
      },
    },
    {
      id: 'h-mark',
      name: 'Mark',
      relationship: 'Dad (lives in Swansea)',
      livesWithPerson: false,
      isCarer: false,
      whatTheyDo: { text: 'Takes Callum to see the trains at Swansea station once a month.' },
      ownNeeds: { text: '' },
      wantsToBeToldAbout: { text: 'Big decisions, like college and where Callum lives.', voice: sian },
    },
  ],
  contributors: [
    { id: 'c-callum', name: 'Callum', role: 'person' },
    { id: 'c-sian', name: 'Siân Pritchard', role: 'family', relationship: 'Mum' },
    {
      id: 'c-rhys',
      name: 'Rhys Morgan',
      role: 'worker',
      organisation: 'Children with Disabilities Team, transition social worker',
    },
    { id: 'c-bethan', name: 'Bethan Lloyd', role: 'advocate', organisation: 'Local advocacy service' },
    {
      id: 'c-priya',
      name: 'Priya Shah',
      role: 'professional',
      organisation: 'Speech and language therapist, health board',
    },
  ],
  supportedByIds: ['c-sian', 'c-bethan', 'c-priya'],
  communication: {
    howICommunicate: {
      text: 'I use Makaton signs, my pictures and my talker on my iPad. Thumbs up means yes. I push your hand away for no. I need time to answer: count to ten in your head.',
      voice: callum,
    },
    languages: ['English', 'Welsh (understands some)', 'Makaton'],
    interpreterNeeded: false,
    accessibleFormats: [
      { kind: 'easy-read', detail: 'Pictures with a few words, one idea per page.' },
      { kind: 'makaton', detail: 'Makaton signs and symbols with speech.' },
    ],
    whatHelps: {
      text: 'Show me the picture first, then say the word. One thing at a time. A now-and-next board. Tell me before anything changes.',
      voice: callum,
    },
    signsIAmUpset: {
      text: 'He flaps his hands fast, hums loudly, then may bite the side of his hand. Before that he goes quiet and covers his ears.',
      voice: sian,
    },
  },
  aboutMe: {
    mostImportant: { text: 'My mum, Osian, buses and trains, swimming, my iPad.', voice: callum },
    importantPeople: {
      text: 'Mum. Osian. Dad at the weekend. Mr Evans at school. Kerry at swimming.',
      voice: callum,
    },
    wellness: {
      text: 'I have epilepsy. I take my medicine morning and night. I sleep badly when things change.',
      voice: callum,
    },
    pleaseDo: {
      text: 'Use my pictures. Wait for me. Tell me what is next. Talk to me, not just to Mum.',
      voice: callum,
    },
    pleaseDont: {
      text: 'Don’t touch me without saying. Don’t talk fast. Don’t take my iPad away.',
      voice: callum,
    },
    howAndWhenToSupport: {
      text: 'Callum needs help to wash, shave and dress, prompts to eat slowly, and someone with him outside the house for now. Mornings are hardest: keep them the same every day.',
      voice: rhys,
    },
    alsoWorthKnowing: {
      text: 'Callum knows every bus route in the county and the times of the trains to Cardiff. Ask him.',
      voice: sian,
    },
    likeAndAdmire: {
      text: 'His laugh. He is funny and gentle, he never forgets a face, and he is brave about new things when he has seen pictures of them first.',
      voice: sian,
    },
    goodDay: {
      text: 'Swimming. Chips. The 50 bus. Playing FIFA with Osian.',
      voice: callum,
    },
    badDay: {
      text: 'A new teacher. The bus is late. Loud hall. No swimming.',
      voice: callum,
    },
  },
  needs: [
    {
      id: 'n-college',
      lifeArea: 'work-learning',
      description: {
        text: 'School finishes in July. There is no college place agreed yet for September.',
        voice: rhys,
      },
    },
    {
      id: 'n-change',
      lifeArea: 'daily-living',
      description: {
        text: 'Changes to my day make me scared. I need to know what is happening.',
        voice: callum,
      },
    },
    {
      id: 'n-epilepsy',
      lifeArea: 'health',
      description: {
        text: 'His paediatrician stops seeing him at 18 and there is no adult epilepsy doctor yet.',
        voice: sian,
      },
    },
    {
      id: 'n-friends',
      lifeArea: 'relationships',
      description: { text: 'I have no friends to see outside school.', voice: callum },
    },
    {
      id: 'n-breaks',
      lifeArea: 'home',
      description: {
        text: 'The children’s short breaks unit stops at 18. Without breaks Siân cannot keep going, and Callum wants to stay at home.',
        voice: rhys,
      },
    },
    {
      id: 'n-money',
      lifeArea: 'money',
      description: {
        text: 'At 18 his benefits change. Siân needs to become his appointee and claim Universal Credit for him.',
        voice: rhys,
      },
    },
  ],
  strengths: [
    {
      id: 's-talker',
      lifeArea: 'relationships',
      whose: 'me',
      kind: 'now',
      description: { text: 'I can tell you what I want with my talker when you wait for me.', voice: callum },
      howToBuild: { text: '' },
    },
    {
      id: 's-buses',
      lifeArea: 'community',
      whose: 'me',
      kind: 'could-build',
      description: { text: 'I know the bus routes and times.', voice: callum },
      howToBuild: {
        text: 'Travel training: the same route to college with a trainer, step by step, until he can do it alone.',
        voice: rhys,
      },
    },
    {
      id: 's-cooking',
      lifeArea: 'daily-living',
      whose: 'me',
      kind: 'could-build',
      description: { text: 'I make toast and beans with help.', voice: callum },
      howToBuild: {
        text: 'Picture recipes, one step per card, at home and at college.',
        voice: { contributorId: 'c-priya', ownWords: false },
      },
    },
    {
      id: 's-mum',
      lifeArea: 'home',
      whose: 'household',
      kind: 'now',
      description: { text: 'Siân understands every sign Callum makes and teaches new staff.', voice: rhys },
      howToBuild: { text: '' },
    },
    {
      id: 's-swimming',
      lifeArea: 'community',
      whose: 'community',
      kind: 'now',
      description: {
        text: 'The leisure centre runs a Saturday disability swim session and Kerry, the instructor, knows him well.',
        voice: sian,
      },
      howToBuild: { text: '' },
    },
  ],
  outcomes: [
    {
      id: 'o-college',
      lifeArea: 'work-learning',
      statement: { text: 'I go to college in September. I learn to cook and use money.', voice: callum },
      needIds: ['n-college'],
      strengthIds: ['s-cooking'],
      readings: [{ id: 'r-college-1', date: '2026-03-12', by: 'together', now: 2, goal: 8 }],
    },
    {
      id: 'o-bus',
      lifeArea: 'community',
      statement: { text: 'I get the bus to college on my own.', voice: callum },
      needIds: ['n-change'],
      strengthIds: ['s-buses'],
      readings: [
        { id: 'r-bus-callum', date: '2026-03-12', by: 'c-callum', now: 7, goal: 10 },
        { id: 'r-bus-sian', date: '2026-03-12', by: 'c-sian', now: 2, goal: 6 },
      ],
    },
    {
      id: 'o-home',
      lifeArea: 'home',
      statement: {
        text: 'I live at home with Mum and Osian, and Mum gets proper sleep.',
        voice: callum,
      },
      needIds: ['n-breaks'],
      strengthIds: ['s-mum'],
      readings: [{ id: 'r-home-1', date: '2026-03-12', by: 'together', now: 4, goal: 8 }],
    },
    {
      id: 'o-friends',
      lifeArea: 'relationships',
      statement: { text: 'I go swimming and to the cinema with a friend, not with Mum.', voice: callum },
      needIds: ['n-friends'],
      strengthIds: ['s-swimming', 's-talker'],
      readings: [{ id: 'r-friends-1', date: '2026-03-12', by: 'together', now: 2, goal: 7 }],
    },
    {
      id: 'o-health',
      lifeArea: 'health',
      statement: { text: 'A doctor who knows me looks after my epilepsy when I am 18.', voice: callum },
      needIds: ['n-epilepsy'],
      strengthIds: [],
      readings: [{ id: 'r-health-1', date: '2026-03-12', by: 'together', now: 3, goal: 9 }],
    },
  ],
  support: [
    {
      id: 'sp-me',
      rung: 'me',
      description: { text: 'I get my iPad ready, choose my clothes and make my toast.', voice: callum },
      provider: 'Me',
      hoursPerWeek: 5,
      costPerWeek: 0,
      status: 'both',
      outcomeIds: ['o-college', 'o-home'],
    },
    {
      id: 'sp-mum-now',
      rung: 'family-friends',
      description: { text: 'Mum supports me with everything, day and night.', voice: callum },
      provider: 'Siân (Mum)',
      hoursPerWeek: 84,
      status: 'current',
      outcomeIds: ['o-home'],
    },
    {
      id: 'sp-mum-right',
      rung: 'family-friends',
      description: {
        text: 'Mum supports me at home, with other people doing some evenings and nights.',
        voice: callum,
      },
      provider: 'Siân (Mum)',
      hoursPerWeek: 60,
      status: 'right-size',
      outcomeIds: ['o-home'],
    },
    {
      id: 'sp-osian',
      rung: 'family-friends',
      description: { text: 'FIFA with Osian after school.', voice: callum },
      provider: 'Osian',
      hoursPerWeek: 3,
      status: 'both',
      outcomeIds: ['o-friends'],
    },
    {
      id: 'sp-swim',
      rung: 'community',
      description: { text: 'Saturday disability swim session.', voice: callum },
      provider: 'Leisure centre',
      hoursPerWeek: 1,
      costPerWeek: 4.5,
      status: 'both',
      outcomeIds: ['o-friends'],
      funding: 'Family',
    },
    {
      id: 'sp-school',
      rung: 'specialist',
      description: { text: 'Special school, five days, with a taxi there and back.', voice: rhys },
      provider: 'Special school',
      hoursPerWeek: 32.5,
      status: 'current',
      outcomeIds: ['o-college'],
      funding: 'Local authority education',
      endDate: '2026-07-17',
    },
    {
      id: 'sp-unit',
      rung: 'specialist',
      description: {
        text: 'Two overnight short breaks a month at the children’s short breaks unit.',
        voice: rhys,
      },
      provider: 'Children’s short breaks unit',
      hoursPerWeek: 11,
      costPerWeek: 380,
      status: 'current',
      outcomeIds: ['o-home'],
      funding: 'Children’s social services',
      endDate: '2026-07-18',
    },
    {
      id: 'sp-paediatrician',
      rung: 'universal',
      description: { text: 'Paediatrician for epilepsy, every six months.', voice: rhys },
      provider: 'Health board, children’s services',
      status: 'current',
      outcomeIds: ['o-health'],
      endDate: '2026-07-18',
    },
    {
      id: 'sp-college',
      rung: 'universal',
      description: {
        text: 'Independent living skills course at the local further education college, three days a week.',
        voice: rhys,
      },
      provider: 'Local further education college',
      hoursPerWeek: 18,
      status: 'right-size',
      outcomeIds: ['o-college'],
      funding: 'Further education (additional learning needs)',
      startDate: '2026-09-07',
    },
    {
      id: 'sp-travel',
      rung: 'targeted',
      description: { text: 'Travel training on the 50 bus for 12 weeks.', voice: rhys },
      provider: 'Council travel training team',
      hoursPerWeek: 3,
      costPerWeek: 75,
      status: 'right-size',
      outcomeIds: ['o-bus', 'o-college'],
      funding: 'Council adult social care',
      startDate: '2026-07-27',
      endDate: '2026-10-16',
    },
    {
      id: 'sp-pa',
      rung: 'targeted',
      description: {
        text: 'A personal assistant, about my age, for swimming, the cinema and meeting friends.',
        voice: callum,
      },
      provider: 'Employed by Siân through a Direct Payment',
      hoursPerWeek: 8,
      costPerWeek: 124,
      status: 'right-size',
      outcomeIds: ['o-friends', 'o-home'],
      funding: 'Direct Payment (adult social care)',
    },
    {
      id: 'sp-adult-breaks',
      rung: 'specialist',
      description: {
        text: 'One overnight every two weeks at the adult short breaks house in town.',
        voice: rhys,
      },
      provider: 'Adult short breaks service',
      hoursPerWeek: 12,
      costPerWeek: 210,
      status: 'right-size',
      outcomeIds: ['o-home'],
      funding: 'Council adult social care and health board, shared',
    },
    {
      id: 'sp-epilepsy-nurse',
      rung: 'specialist',
      description: {
        text: 'Adult epilepsy nurse, with a joint appointment with the paediatrician before he turns 18.',
        voice: rhys,
      },
      provider: 'Health board adult neurology',
      status: 'right-size',
      outcomeIds: ['o-health'],
      funding: 'NHS',
    },
  ],
  rightSizeReason: {
    text: 'Callum wants to stay at home and do more for himself. School suggested a residential college in England (about £3,900 a week). Instead, a local college place, travel training, a personal assistant and adult short breaks build his skills, keep him near his family and give Siân regular rest, for about £410 a week of social care.',
    voice: rhys,
  },
  decisions: [
    {
      id: 'd-college',
      decision: {
        text: 'Callum goes to the local college, not the residential college.',
        voice: rhys,
      },
      howMade: 'with-support',
      capacityAssessed: 'not-needed',
      consultedIds: ['c-sian', 'c-bethan', 'c-rhys'],
      disagreements: {
        text: 'His school thought the residential college would teach him more. Callum visited both with photos, and chose the local one by pointing to it three times on different days.',
        voice: { contributorId: 'c-bethan', ownWords: false },
      },
      date: '2026-03-05',
    },
    {
      id: 'd-dentist',
      decision: {
        text: 'Callum has his dental treatment under a general anaesthetic at the hospital, with a check-up and clean while he is asleep.',
        voice: rhys,
      },
      howMade: 'best-interests',
      capacityAssessed: 'yes',
      capacityOutcome:
        'Assessed by the community dentist on 4 February 2026, using Makaton, photos of the hospital and the talker, with Siân there. Callum could tell us his tooth hurt and he wanted it to stop. He could not weigh up the risks of an anaesthetic, so he lacked capacity for this decision at this time.',
      consultedIds: ['c-callum', 'c-sian', 'c-bethan'],
      disagreements: {
        text: 'No disagreement. Siân asked for the check-up and clean to happen at the same time so Callum has fewer visits, and the dentist agreed.',
        voice: sian,
      },
      date: '2026-02-04',
    },
    {
      id: 'd-bedroom',
      decision: { text: 'My bedroom will be blue, with a bus map on the wall.', voice: callum },
      howMade: 'by-me',
      capacityAssessed: 'not-needed',
      consultedIds: [],
      disagreements: { text: '' },
      date: '2026-02-28',
    },
  ],
  barriers: [
    {
      id: 'b-funding',
      theme: 'funding-health-social-care',
      whatHappened:
        'The health board and the council have not agreed who pays for adult short breaks. A Continuing Health Care checklist was done, and the panel has been put off twice.',
      impact:
        'Siân does not know if there will be any overnight breaks after July. She has said she cannot carry on without them.',
      serviceOrSystem: 'Health board and council adult social care',
      escalatedTo: 'Transition panel, and the head of adult services',
      outcomeIds: ['o-home'],
      date: '2026-03-02',
    },
    {
      id: 'b-neurology',
      theme: 'waiting-lists',
      whatHappened: 'The adult neurology waiting list is about 52 weeks. The paediatrician stops at 18.',
      impact: 'Callum could have no epilepsy doctor for up to a year, with a seizure plan nobody reviews.',
      serviceOrSystem: 'Health board neurology',
      escalatedTo: 'GP, asking for a joint transition appointment',
      outcomeIds: ['o-health'],
      date: '2026-02-26',
    },
    {
      id: 'b-records',
      theme: 'information-sharing',
      whatHappened:
        'Children’s and adult social care use different record systems. Adult services asked Siân for Callum’s whole history again.',
      impact:
        'Siân had to tell the story for the fourth time this year. Callum’s communication passport was not passed on.',
      serviceOrSystem: 'Council children’s and adult social care',
      escalatedTo: 'Team manager',
      outcomeIds: ['o-college', 'o-home'],
      date: '2026-02-20',
    },
    {
      id: 'b-transport',
      theme: 'transport',
      whatHappened:
        'Free school taxis stop when Callum leaves school. College transport is only agreed once a place is confirmed, which may be late August.',
      impact:
        'Travel training cannot be planned, and Callum may start college without knowing how he will get there.',
      serviceOrSystem: 'Council learner travel',
      outcomeIds: ['o-bus', 'o-college'],
      date: '2026-03-10',
    },
  ],
  safety: [
    {
      id: 'sa-seizure',
      whatCouldGoWrong: {
        text: 'I have a big seizure. It is more likely when I am tired or poorly.',
        voice: callum,
      },
      whatToDo: {
        text: 'Time it. Move hard things away and put something soft under his head. If it lasts 5 minutes, a trained person gives his buccal midazolam and rings 999. Stay with him and tell Siân.',
        voice: { contributorId: 'c-priya', ownWords: false },
      },
      contactIds: ['k-sian', 'k-epilepsy'],
    },
    {
      id: 'sa-lost',
      whatCouldGoWrong: {
        text: 'When it is too loud Callum may walk off, usually to the bus station.',
        voice: sian,
      },
      whatToDo: {
        text: 'Look at the bus station first. He carries a card in his wallet that says he is autistic, uses Makaton, and gives Mum’s number. Ring Siân, then 999 if he is not found in 30 minutes.',
        voice: sian,
      },
      contactIds: ['k-sian'],
    },
    {
      id: 'sa-distress',
      whatCouldGoWrong: { text: 'I bite my hand when it is too much.', voice: callum },
      whatToDo: {
        text: 'Stop talking. Give me my ear defenders. Show me the “finished” card and take me somewhere quiet.',
        voice: callum,
      },
      contactIds: ['k-sian'],
    },
  ],
  contacts: [
    { id: 'k-sian', name: 'Siân (Mum)', role: 'Mum', phone: '07700 900412', when: 'Any time, first.' },
    {
      id: 'k-epilepsy',
      name: 'Epilepsy nurse',
      role: 'Health board',
      phone: '029 2018 0961',
      when: 'About seizures or medicines, weekdays.',
    },
    {
      id: 'k-rhys',
      name: 'Rhys Morgan',
      role: 'Transition social worker',
      phone: '029 2018 0347',
      when: 'About college, breaks and money, weekdays.',
    },
    {
      id: 'k-emergency-duty',
      name: 'Emergency duty team',
      role: 'Social services out of hours',
      phone: '029 2018 0999',
      when: 'Evenings and weekends, if Siân is unwell and cannot care for Callum.',
    },
  ],
  sharing: {
    consentGiven: true,
    agreedById: 'c-callum',
    agreedOn: '2026-03-12',
    sharedWith: [
      { id: 'sw-college', who: 'Further education college', why: 'To plan his course and support.' },
      { id: 'sw-adults', who: 'Adult social care', why: 'To carry on his support after 18.' },
      { id: 'sw-gp', who: 'GP and epilepsy nurse', why: 'To plan his health care after 18.' },
      { id: 'sw-dad', who: 'Mark (Dad)', why: 'Callum wanted Dad to see it.' },
    ],
  },
  review: {
    nextReviewDate: '2026-09-30',
    howWeWillKnow: {
      text: 'I go to college. I get the bus with my trainer. Mum sleeps two nights every two weeks.',
      voice: callum,
    },
  },
  extensions: {},
};
