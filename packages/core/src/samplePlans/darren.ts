import type { PlanInput } from '../planSchema.js';

const darren = { contributorId: 'c-darren', ownWords: true };
const lee = { contributorId: 'c-lee', ownWords: false };

/**
 * Darren, 44: depression and trauma, heroin and crack use (on a methadone script), slept rough
 * for three years, now in a Housing First flat he is at risk of losing over rent arrears.
 * Fictional; written for this project.
 */
export const darrenPlanInput: PlanInput = {
  schemaVersion: 1,
  id: 'sample-darren',
  createdAt: '2026-01-14T11:00:00Z',
  updatedAt: '2026-03-18T16:45:00Z',
  status: 'submitted',
  locale: 'en',
  person: {
    preferredName: 'Darren',
    fullName: 'Darren Michael Hughes',
    pronouns: 'he/him',
    dateOfBirth: '1981-09-14',
    identifiers: [
      { system: 'nhs-number', value: '999 345 6780' },
      { system: 'other', value: 'HF-2291', label: 'Housing First case number' },
    ],
  },
  household: [
    {
      id: 'h-kayleigh',
      name: 'Kayleigh',
      relationship: 'Daughter, 15 (lives with her mum)',
      livesWithPerson: false,
      isCarer: false,
      whatTheyDo: { text: 'She texts me most days. She is the reason I get up.', voice: darren },
      ownNeeds: {
        text: 'Her mum wants contact to be steady and planned, in daytime, somewhere public for now.',
        voice: lee,
      },
      wantsToBeToldAbout: { text: 'Nothing from this plan without Darren saying so.', voice: darren },
    },
    {
      id: 'h-jo',
      name: 'Jo',
      relationship: 'Sister',
      livesWithPerson: false,
      isCarer: false,
      whatTheyDo: {
        text: 'I ring him every Sunday and have Bella, his dog, when he is in hospital.',
        voice: { contributorId: 'c-jo', ownWords: true },
      },
      ownNeeds: {
        text: 'I was the one who found him last time. I need to know someone else is checking on him too.',
        voice: { contributorId: 'c-jo', ownWords: true },
      },
      wantsToBeToldAbout: {
        text: 'If he is in hospital, or if the flat is at risk.',
        voice: { contributorId: 'c-jo', ownWords: true },
      },
    },
  ],
  contributors: [
    { id: 'c-darren', name: 'Darren', role: 'person' },
    { id: 'c-lee', name: 'Lee Ashworth', role: 'worker', organisation: 'Housing First' },
    { id: 'c-jo', name: 'Jo Hughes', role: 'family', relationship: 'Sister' },
    {
      id: 'c-aisha',
      name: 'Aisha Begum',
      role: 'professional',
      organisation: 'Drug and alcohol recovery service',
    },
    { id: 'c-gp', name: 'Dr Okafor', role: 'professional', organisation: 'Practice for homeless health' },
  ],
  supportedByIds: ['c-lee'],
  communication: {
    howICommunicate: {
      text: 'I talk fine, face to face. I am dyslexic and I don’t open letters, they make me panic. Text me, and read things through with me.',
      voice: darren,
    },
    languages: ['English'],
    interpreterNeeded: false,
    accessibleFormats: [
      { kind: 'easy-read', detail: 'Short letters, one thing per page, with the date and time in bold.' },
      { kind: 'other', detail: 'A text message the day before every appointment.' },
    ],
    whatHelps: {
      text: 'Meeting at the café, not an office. Same worker. Tell me straight.',
      voice: darren,
    },
    signsIAmUpset: {
      text: 'He stops answering texts, misses his script pick-up, and the curtains stay shut.',
      voice: lee,
    },
  },
  aboutMe: {
    mostImportant: { text: 'Keeping my flat. Seeing Kayleigh. Bella.', voice: darren },
    importantPeople: { text: 'Kayleigh. Jo. Lee. My mate Stevie from the recovery café.', voice: darren },
    wellness: {
      text: 'I have depression and nightmares from stuff that happened when I was a kid and on the streets. I am on methadone, 60 ml. I still use crack some weekends.',
      voice: darren,
    },
    pleaseDo: { text: 'Be on time. Text first. Treat me like a person, not a case.', voice: darren },
    pleaseDont: {
      text: 'Don’t turn up with a new worker without telling me. Don’t talk about me in front of the neighbours.',
      voice: darren,
    },
    howAndWhenToSupport: {
      text: 'Mornings are better than afternoons. Open the post together, every week, same day.',
      voice: darren,
    },
    alsoWorthKnowing: {
      text: 'I was a scaffolder for twelve years. I can fix anything.',
      voice: darren,
    },
    likeAndAdmire: {
      text: 'Darren is honest, he is great with his dog and with the young lads at the café, and he has kept going through more than most people could.',
      voice: lee,
    },
    goodDay: {
      text: 'Walk Bella in the park, brew with Stevie, text from Kayleigh, tea at home.',
      voice: darren,
    },
    badDay: {
      text: 'A brown envelope. I stay in bed, I don’t eat, and I ring the wrong people.',
      voice: darren,
    },
  },
  needs: [
    {
      id: 'n-arrears',
      lifeArea: 'money',
      description: {
        text: 'I owe £1,840 in rent. My Universal Credit housing money stopped in November.',
        voice: darren,
      },
    },
    {
      id: 'n-tenancy',
      lifeArea: 'home',
      description: {
        text: 'The housing association has served notice and wants to go to court.',
        voice: lee,
      },
    },
    {
      id: 'n-drugs',
      lifeArea: 'health',
      description: {
        text: 'I want to come off crack. On my own I can’t.',
        voice: darren,
      },
    },
    {
      id: 'n-nightmares',
      lifeArea: 'health',
      description: { text: 'The nightmares. I don’t sleep, then I use.', voice: darren },
    },
    {
      id: 'n-days',
      lifeArea: 'work-learning',
      description: { text: 'Nothing to do all day except think.', voice: darren },
    },
    {
      id: 'n-visitors',
      lifeArea: 'safety',
      description: {
        text: 'People he used to know are using his flat to deal from when he is low.',
        voice: lee,
      },
    },
  ],
  strengths: [
    {
      id: 's-bella',
      lifeArea: 'daily-living',
      whose: 'me',
      kind: 'now',
      description: { text: 'I walk Bella twice a day, every day, whatever.', voice: darren },
      howToBuild: { text: '' },
    },
    {
      id: 's-trade',
      lifeArea: 'work-learning',
      whose: 'me',
      kind: 'could-build',
      description: { text: 'I can fix things and I can teach.', voice: darren },
      howToBuild: {
        text: 'Volunteer in the recovery café’s bike workshop, then a peer mentor course.',
        voice: { contributorId: 'c-aisha', ownWords: false },
      },
    },
    {
      id: 's-jo',
      lifeArea: 'relationships',
      whose: 'household',
      kind: 'now',
      description: { text: 'Jo has stuck by me. She rings every Sunday.', voice: darren },
      howToBuild: { text: '' },
    },
    {
      id: 's-cafe',
      lifeArea: 'community',
      whose: 'community',
      kind: 'now',
      description: {
        text: 'The recovery café is open six days a week and Darren is well liked there.',
        voice: lee,
      },
      howToBuild: { text: '' },
    },
  ],
  outcomes: [
    {
      id: 'o-flat',
      lifeArea: 'home',
      statement: { text: 'I keep my flat and I pay the rent back bit by bit.', voice: darren },
      needIds: ['n-arrears', 'n-tenancy'],
      strengthIds: ['s-bella'],
      readings: [
        { id: 'r-flat-1', date: '2026-01-14', by: 'together', now: 2, goal: 9 },
        { id: 'r-flat-2', date: '2026-03-18', by: 'together', now: 4, goal: 9 },
      ],
    },
    {
      id: 'o-crack',
      lifeArea: 'health',
      statement: {
        text: 'I stop using crack and stay on my script till I am ready to come down.',
        voice: darren,
      },
      needIds: ['n-drugs'],
      strengthIds: ['s-cafe'],
      readings: [{ id: 'r-crack-1', date: '2026-03-18', by: 'together', now: 3, goal: 8 }],
    },
    {
      id: 'o-sleep',
      lifeArea: 'health',
      statement: { text: 'I get help with the nightmares and I sleep most nights.', voice: darren },
      needIds: ['n-nightmares'],
      strengthIds: [],
      readings: [{ id: 'r-sleep-1', date: '2026-03-18', by: 'together', now: 2, goal: 7 }],
    },
    {
      id: 'o-kayleigh',
      lifeArea: 'relationships',
      statement: { text: 'I see Kayleigh every other Saturday.', voice: darren },
      needIds: [],
      strengthIds: ['s-jo'],
      readings: [{ id: 'r-kayleigh-1', date: '2026-03-18', by: 'together', now: 5, goal: 9 }],
    },
    {
      id: 'o-workshop',
      lifeArea: 'work-learning',
      statement: { text: 'I fix bikes at the café two days a week.', voice: darren },
      needIds: ['n-days'],
      strengthIds: ['s-trade', 's-cafe'],
      readings: [{ id: 'r-workshop-1', date: '2026-03-18', by: 'together', now: 1, goal: 8 }],
    },
  ],
  support: [
    {
      id: 'sp-me',
      rung: 'me',
      description: {
        text: 'I walk Bella, I pick up my script on time, and I text Lee when the post comes.',
        voice: darren,
      },
      provider: 'Me',
      hoursPerWeek: 14,
      costPerWeek: 0,
      status: 'both',
      outcomeIds: ['o-flat', 'o-crack'],
    },
    {
      id: 'sp-housing-first',
      rung: 'targeted',
      description: {
        text: 'Lee from Housing First: weekly visits, post day, and a phone that is always on.',
        voice: darren,
      },
      provider: 'Housing First',
      hoursPerWeek: 6,
      costPerWeek: 190,
      status: 'both',
      outcomeIds: ['o-flat', 'o-kayleigh'],
      funding: 'Council (homelessness prevention)',
    },
    {
      id: 'sp-script',
      rung: 'specialist',
      description: { text: 'Methadone script and a recovery worker.', voice: darren },
      provider: 'Drug and alcohol recovery service',
      hoursPerWeek: 1,
      costPerWeek: 65,
      status: 'both',
      outcomeIds: ['o-crack'],
      funding: 'Public health',
    },
    {
      id: 'sp-gp',
      rung: 'universal',
      description: { text: 'GP at the homeless health practice.', voice: lee },
      provider: 'Practice for homeless health',
      status: 'both',
      outcomeIds: ['o-sleep', 'o-crack'],
      funding: 'NHS',
    },
    {
      id: 'sp-jo',
      rung: 'family-friends',
      description: { text: 'Jo rings on Sundays and has Bella if I am in hospital.', voice: darren },
      provider: 'Jo (sister)',
      hoursPerWeek: 1,
      status: 'both',
      outcomeIds: ['o-kayleigh'],
    },
    {
      id: 'sp-foodbank',
      rung: 'community',
      description: { text: 'Food bank parcels.', voice: darren },
      provider: 'Church food bank',
      status: 'current',
      outcomeIds: ['o-flat'],
    },
    {
      id: 'sp-apa',
      rung: 'universal',
      description: {
        text: 'Universal Credit housing money paid straight to the landlord, plus £40 a month off the arrears.',
        voice: lee,
      },
      provider: 'Jobcentre Plus',
      status: 'right-size',
      outcomeIds: ['o-flat'],
      funding: 'Universal Credit',
    },
    {
      id: 'sp-trauma',
      rung: 'specialist',
      description: {
        text: 'Trauma therapy with someone who also understands drug use, weekly for six months.',
        voice: lee,
      },
      provider: 'NHS talking therapies, complex needs pathway',
      hoursPerWeek: 1,
      costPerWeek: 95,
      status: 'right-size',
      outcomeIds: ['o-sleep', 'o-crack'],
      funding: 'NHS',
    },
    {
      id: 'sp-peer',
      rung: 'community',
      description: { text: 'A peer mentor who has been where I have been.', voice: darren },
      provider: 'Recovery café',
      hoursPerWeek: 2,
      costPerWeek: 0,
      status: 'right-size',
      outcomeIds: ['o-crack', 'o-workshop'],
    },
    {
      id: 'sp-workshop',
      rung: 'community',
      description: { text: 'Volunteering in the bike workshop, two mornings.', voice: darren },
      provider: 'Recovery café',
      hoursPerWeek: 6,
      costPerWeek: 0,
      status: 'right-size',
      outcomeIds: ['o-workshop'],
    },
    {
      id: 'sp-hostel',
      rung: 'residential',
      description: {
        text: 'If the flat is lost: a hostel place, as in 2022. Listed so the cost of doing nothing is clear.',
        voice: lee,
      },
      provider: 'Supported hostel',
      hoursPerWeek: 168,
      costPerWeek: 420,
      status: 'current',
      outcomeIds: [],
      funding: 'Council (temporary accommodation)',
    },
  ],
  rightSizeReason: {
    text: 'Keeping the flat with Housing First, therapy and a peer mentor costs about £350 a week and builds on what Darren already does well. Losing it means a hostel at about £420 a week, and last time it meant three years on the street.',
    voice: lee,
  },
  decisions: [
    {
      id: 'd-rent',
      decision: {
        text: 'I agree to my housing money going straight to the landlord, and £40 a month off the arrears.',
        voice: darren,
      },
      howMade: 'with-support',
      capacityAssessed: 'not-needed',
      consultedIds: ['c-lee'],
      disagreements: { text: '' },
      date: '2026-02-03',
    },
    {
      id: 'd-rehab',
      decision: {
        text: 'I stay in my flat and get help in the community, not residential rehab, for now.',
        voice: darren,
      },
      howMade: 'by-me',
      capacityAssessed: 'not-needed',
      consultedIds: ['c-jo', 'c-aisha', 'c-lee'],
      disagreements: {
        text: 'Jo thinks rehab away from the area is his best chance and wants it looked at again in June. Darren says if he leaves the flat he loses Bella and the flat, and he is not ready. Both views are recorded; the decision is Darren’s.',
        voice: { contributorId: 'c-jo', ownWords: false },
      },
      date: '2026-03-18',
    },
  ],
  barriers: [
    {
      id: 'b-uc',
      theme: 'benefits',
      whatHappened:
        'Darren was in hospital for nine days in November and missed a Jobcentre appointment. His claim was closed and the housing element stopped. The new claim started from scratch.',
      impact: 'Most of the £1,840 arrears built up in the eight weeks before the new claim paid.',
      serviceOrSystem: 'Department for Work and Pensions',
      escalatedTo: 'Mandatory reconsideration, and the MP’s caseworker',
      outcomeIds: ['o-flat'],
      date: '2025-11-20',
    },
    {
      id: 'b-possession',
      theme: 'legal-process',
      whatHappened: 'Notice seeking possession served in February; a court date is likely in May.',
      impact: 'Darren has stopped sleeping and used more in the week the notice came.',
      serviceOrSystem: 'Housing association and county court',
      escalatedTo: 'Housing association tenancy sustainment manager; duty solicitor booked',
      outcomeIds: ['o-flat'],
      date: '2026-02-11',
    },
    {
      id: 'b-rehousing',
      theme: 'housing',
      whatHappened:
        'If he is evicted for arrears, the council may decide he made himself homeless. There are no other Housing First flats free in the borough.',
      impact: 'Losing this flat would most likely mean a hostel or the street, and losing Bella.',
      serviceOrSystem: 'Council housing options',
      escalatedTo: 'Housing options team leader',
      outcomeIds: ['o-flat'],
      date: '2026-02-18',
    },
    {
      id: 'b-dual',
      theme: 'eligibility',
      whatHappened:
        'The mental health team said his drug use must be treated first. The drug service said his trauma must be treated first.',
      impact: 'Nobody is treating the nightmares, which is when he uses.',
      serviceOrSystem: 'Community mental health team and drug and alcohol service',
      escalatedTo: 'Dual diagnosis lead, via the GP',
      outcomeIds: ['o-sleep', 'o-crack'],
      date: '2026-01-28',
    },
    {
      id: 'b-therapy',
      theme: 'waiting-lists',
      whatHappened: 'The complex needs therapy pathway has a waiting list of about 14 months.',
      impact: 'Darren may lose hope before therapy starts.',
      serviceOrSystem: 'NHS talking therapies',
      outcomeIds: ['o-sleep'],
      date: '2026-03-01',
    },
    {
      id: 'b-workers',
      theme: 'workforce',
      whatHappened: 'Darren has had three recovery workers in eight months because of vacancies.',
      impact: 'He has had to tell his story again each time, and stopped going for a month.',
      serviceOrSystem: 'Drug and alcohol recovery service',
      outcomeIds: ['o-crack'],
      date: '2026-03-18',
    },
  ],
  safety: [
    {
      id: 'sa-overdose',
      whatCouldGoWrong: {
        text: 'Overdose, especially after a gap or if I use on my own.',
        voice: darren,
      },
      whatToDo: {
        text: 'Naloxone is in the kitchen drawer; Darren, Jo and Lee are trained. Ring 999, give naloxone, put him in the recovery position and stay with him.',
        voice: lee,
      },
      contactIds: ['k-999'],
    },
    {
      id: 'sa-crisis',
      whatCouldGoWrong: {
        text: 'Around the anniversary of my mum dying in April I get really low and think about ending it.',
        voice: darren,
      },
      whatToDo: {
        text: 'Ring Jo or Lee. Out of hours, NHS 111 and choose the mental health option, or the Samaritans.',
        voice: darren,
      },
      contactIds: ['k-lee', 'k-jo', 'k-111', 'k-samaritans'],
    },
    {
      id: 'sa-flat',
      whatCouldGoWrong: {
        text: 'People take over the flat to deal from it when Darren is low.',
        voice: lee,
      },
      whatToDo: {
        text: 'Text Lee the word “brew”. Lee will visit the same day with the housing officer, and the police if Darren wants.',
        voice: darren,
      },
      contactIds: ['k-lee'],
    },
  ],
  contacts: [
    {
      id: 'k-lee',
      name: 'Lee Ashworth',
      role: 'Housing First worker',
      phone: '07700 900733',
      when: 'Weekdays 8 till 8.',
    },
    { id: 'k-jo', name: 'Jo', role: 'Sister', phone: '07700 900188', when: 'Any time.' },
    {
      id: 'k-aisha',
      name: 'Aisha Begum',
      role: 'Recovery worker',
      phone: '0161 496 0522',
      when: 'About my script, weekdays.',
    },
    {
      id: 'k-111',
      name: 'NHS 111',
      role: 'Mental health crisis: choose option 2',
      phone: '111',
      when: 'Any time.',
    },
    {
      id: 'k-samaritans',
      name: 'Samaritans',
      role: 'Someone to talk to',
      phone: '116 123',
      when: 'Any time, free.',
    },
    {
      id: 'k-999',
      name: 'Emergency',
      role: 'Ambulance',
      phone: '999',
      when: 'Overdose, or if someone is in danger.',
    },
  ],
  sharing: {
    consentGiven: true,
    agreedById: 'c-darren',
    agreedOn: '2026-03-18',
    sharedWith: [
      { id: 'sw-gp', who: 'GP', why: 'So my doctor knows the whole picture.' },
      { id: 'sw-drugs', who: 'Drug and alcohol recovery service', why: 'To plan my treatment.' },
      {
        id: 'sw-housing',
        who: 'Housing association tenancy sustainment officer',
        why: 'Only the home and money parts, to stop the eviction.',
      },
      { id: 'sw-jo', who: 'Jo (sister)', why: 'Darren asked for Jo to have a copy.' },
    ],
  },
  review: {
    nextReviewDate: '2026-06-15',
    howWeWillKnow: {
      text: 'The court case is stopped, the arrears are going down, I have a start date for therapy, and I am in the workshop.',
      voice: darren,
    },
  },
  extensions: {},
};
