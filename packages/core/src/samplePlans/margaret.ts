import type { PlanInput } from '../planSchema.js';

const margaret = { contributorId: 'c-margaret', ownWords: true };
const ron = { contributorId: 'c-ron', ownWords: true };
const tom = { contributorId: 'c-tom', ownWords: false };

/**
 * Margaret, 81, living with Alzheimer's disease, and her husband Ron, 82, who cares for her
 * day and night and is exhausted: a plan for the whole household. Fictional; written for
 * this project.
 */
export const margaretPlanInput: PlanInput = {
  schemaVersion: 1,
  id: 'sample-margaret',
  createdAt: '2026-02-02T14:00:00Z',
  updatedAt: '2026-03-09T11:20:00Z',
  status: 'draft',
  locale: 'en',
  person: {
    preferredName: 'Margaret',
    fullName: 'Margaret Anne Whitaker',
    pronouns: 'she/her',
    dateOfBirth: '1944-11-03',
    identifiers: [{ system: 'nhs-number', value: '999 456 7896' }],
  },
  household: [
    {
      id: 'h-ron',
      name: 'Ron Whitaker',
      relationship: 'Husband, 82',
      livesWithPerson: true,
      isCarer: true,
      whatTheyDo: {
        text: 'I do her tablets, meals, washing, the lot. I get up with her three or four times a night when she thinks it is morning.',
        voice: ron,
      },
      ownNeeds: {
        text: 'I am worn out. I fell asleep at the wheel last month, only for a second, and it frightened me. My knees are bad and I have my own heart tablets. I want to look after her, but I need sleep and an afternoon off now and then.',
        voice: ron,
      },
      wantsToBeToldAbout: {
        text: 'Everything. Ring the landline, not the mobile, and say things twice: I write them on the calendar.',
        voice: ron,
      },
    },
    {
      id: 'h-susan',
      name: 'Susan',
      relationship: 'Daughter (lives an hour away)',
      livesWithPerson: false,
      isCarer: true,
      whatTheyDo: {
        text: 'I come every Saturday, do the big shop and sort the post and the bills.',
        voice: { contributorId: 'c-susan', ownWords: true },
      },
      ownNeeds: {
        text: 'I work full time and I have two teenagers. I worry about Dad more than Mum at the moment.',
        voice: { contributorId: 'c-susan', ownWords: true },
      },
      wantsToBeToldAbout: {
        text: 'Any fall, hospital visit, or change to the care, by text on the same day.',
        voice: { contributorId: 'c-susan', ownWords: true },
      },
    },
  ],
  contributors: [
    { id: 'c-margaret', name: 'Margaret', role: 'person' },
    { id: 'c-ron', name: 'Ron Whitaker', role: 'carer', relationship: 'Husband' },
    { id: 'c-susan', name: 'Susan Clarke', role: 'family', relationship: 'Daughter' },
    {
      id: 'c-tom',
      name: 'Tom Fairbairn',
      role: 'worker',
      organisation: 'Adult social care, older people’s team',
    },
    { id: 'c-jen', name: 'Jen Walsh', role: 'worker', organisation: 'Carers’ centre' },
    { id: 'c-patel', name: 'Dr Patel', role: 'professional', organisation: 'Memory assessment service' },
  ],
  supportedByIds: ['c-ron', 'c-tom'],
  communication: {
    howICommunicate: {
      text: 'I like a good natter. Sometimes the word goes, so give me a minute. I wear hearing aids, the left one is the good one.',
      voice: margaret,
    },
    languages: ['English'],
    interpreterNeeded: false,
    accessibleFormats: [
      { kind: 'large-print', detail: '18 point or bigger, black on cream.' },
      { kind: 'easy-read', detail: 'Short sentences with photos of real people and places she knows.' },
    ],
    whatHelps: {
      text: 'Sit where she can see your face, on her left. One question at a time. Use names, not “he” or “she”. Show her the photo book when she is muddled.',
      voice: ron,
    },
    signsIAmUpset: {
      text: 'She twists her wedding ring, asks for her mother, and puts her coat on to “go home”, usually late afternoon.',
      voice: ron,
    },
  },
  aboutMe: {
    mostImportant: { text: 'Ron. My own home. My garden. Singing.', voice: margaret },
    importantPeople: {
      text: 'Ron, sixty years married in June. Our Susan, and the grandchildren, Ellie and Jack. Pat next door.',
      voice: margaret,
    },
    wellness: {
      text: 'Margaret has Alzheimer’s disease, diagnosed in 2022, now moderate. She takes donepezil each morning, has high blood pressure, and had a fall in January.',
      voice: { contributorId: 'c-patel', ownWords: false },
    },
    pleaseDo: {
      text: 'Call me Margaret, not Maggie. Let me help with the pots. Talk to me about the mill.',
      voice: margaret,
    },
    pleaseDont: {
      text: 'Don’t rush me. Don’t talk over me to Ron. Don’t switch the radio off.',
      voice: margaret,
    },
    howAndWhenToSupport: {
      text: 'Mornings go best. She needs help to wash and dress, reminders to drink, and someone with her in the late afternoon when she gets restless.',
      voice: ron,
    },
    alsoWorthKnowing: {
      text: 'She worked at the woollen mill for thirty years and sang in the chapel choir. She still knows every word of the old hymns.',
      voice: { contributorId: 'c-susan', ownWords: false },
    },
    likeAndAdmire: {
      text: 'Her humour. She is still the first to make a cup of tea for anyone who comes in.',
      voice: tom,
    },
    goodDay: {
      text: 'Up and dressed nice, a walk round the garden, singing group, fish for tea with Ron.',
      voice: margaret,
    },
    badDay: {
      text: 'When I can’t find things and everyone is cross. When I don’t know where I am.',
      voice: margaret,
    },
  },
  needs: [
    {
      id: 'n-ron-sleep',
      lifeArea: 'home',
      description: {
        text: 'Ron is up three or four times a night and has had no break in over a year.',
        voice: tom,
      },
    },
    {
      id: 'n-washing',
      lifeArea: 'daily-living',
      description: { text: 'I need help with washing and dressing.', voice: margaret },
    },
    {
      id: 'n-evenings',
      lifeArea: 'safety',
      description: {
        text: 'In the late afternoon she tries to go out to “go home” to her mother’s.',
        voice: ron,
      },
    },
    {
      id: 'n-eating',
      lifeArea: 'health',
      description: { text: 'She forgets to drink and has lost half a stone since the autumn.', voice: ron },
    },
    {
      id: 'n-money',
      lifeArea: 'money',
      description: {
        text: 'They have not claimed Attendance Allowance, and the council says Margaret pays the full cost of care because of savings.',
        voice: { contributorId: 'c-jen', ownWords: false },
      },
    },
  ],
  strengths: [
    {
      id: 's-ron',
      lifeArea: 'relationships',
      whose: 'household',
      kind: 'now',
      description: { text: 'Ron knows Margaret better than anyone and wants to keep caring.', voice: tom },
      howToBuild: { text: '' },
    },
    {
      id: 's-singing',
      lifeArea: 'community',
      whose: 'me',
      kind: 'now',
      description: { text: 'I love singing and I remember the words.', voice: margaret },
      howToBuild: { text: '' },
    },
    {
      id: 's-kitchen',
      lifeArea: 'daily-living',
      whose: 'me',
      kind: 'could-build',
      description: { text: 'I can still make a pot of tea and dry the pots.', voice: margaret },
      howToBuild: {
        text: 'Keep the kitchen the same, with labels and photos on the cupboard doors, so she can keep doing it.',
        voice: { contributorId: 'c-patel', ownWords: false },
      },
    },
    {
      id: 's-pat',
      lifeArea: 'community',
      whose: 'community',
      kind: 'now',
      description: {
        text: 'Pat next door pops in most days and has a key.',
        voice: ron,
      },
      howToBuild: { text: '' },
    },
  ],
  outcomes: [
    {
      id: 'o-home',
      lifeArea: 'home',
      statement: { text: 'I stay at home with Ron.', voice: margaret },
      needIds: ['n-washing', 'n-evenings'],
      strengthIds: ['s-ron', 's-kitchen'],
      readings: [{ id: 'r-home-1', date: '2026-03-09', by: 'together', now: 5, goal: 8 }],
    },
    {
      id: 'o-ron-break',
      lifeArea: 'home',
      statement: {
        text: 'I sleep through most nights and have one afternoon a week that is mine.',
        voice: ron,
      },
      needIds: ['n-ron-sleep'],
      strengthIds: ['s-pat'],
      readings: [{ id: 'r-ron-1', date: '2026-03-09', by: 'c-ron', now: 2, goal: 7 }],
    },
    {
      id: 'o-singing',
      lifeArea: 'community',
      statement: { text: 'I keep going to the singing group every Tuesday.', voice: margaret },
      needIds: [],
      strengthIds: ['s-singing'],
      readings: [{ id: 'r-singing-1', date: '2026-03-09', by: 'together', now: 7, goal: 9 }],
    },
    {
      id: 'o-eating',
      lifeArea: 'health',
      statement: { text: 'I eat well and drink enough, and I stop losing weight.', voice: margaret },
      needIds: ['n-eating'],
      strengthIds: ['s-kitchen'],
      readings: [{ id: 'r-eating-1', date: '2026-03-09', by: 'together', now: 4, goal: 8 }],
    },
  ],
  support: [
    {
      id: 'sp-ron',
      rung: 'family-friends',
      description: { text: 'Ron cares for me day and night.', voice: margaret },
      provider: 'Ron',
      hoursPerWeek: 100,
      status: 'current',
      outcomeIds: ['o-home', 'o-eating'],
    },
    {
      id: 'sp-ron-right',
      rung: 'family-friends',
      description: { text: 'Ron cares for me, with breaks and help at the busy times.', voice: margaret },
      provider: 'Ron',
      hoursPerWeek: 70,
      status: 'right-size',
      outcomeIds: ['o-home', 'o-ron-break'],
    },
    {
      id: 'sp-susan',
      rung: 'family-friends',
      description: {
        text: 'Susan every Saturday: shopping, post and bills.',
        voice: { contributorId: 'c-susan', ownWords: true },
      },
      provider: 'Susan',
      hoursPerWeek: 6,
      status: 'both',
      outcomeIds: ['o-home'],
    },
    {
      id: 'sp-pat',
      rung: 'community',
      description: { text: 'Pat next door pops in.', voice: margaret },
      provider: 'Pat (neighbour)',
      hoursPerWeek: 2,
      status: 'both',
      outcomeIds: ['o-home'],
    },
    {
      id: 'sp-singing',
      rung: 'community',
      description: { text: 'Singing group for people with dementia and their partners.', voice: tom },
      provider: 'Dementia charity, at the church hall',
      hoursPerWeek: 2,
      costPerWeek: 3,
      status: 'both',
      outcomeIds: ['o-singing'],
      funding: 'Self-funded',
    },
    {
      id: 'sp-morning-call',
      rung: 'targeted',
      description: { text: 'A carer each morning for 30 minutes to help with a wash.', voice: tom },
      provider: 'Home care agency',
      hoursPerWeek: 3.5,
      costPerWeek: 92,
      status: 'current',
      outcomeIds: ['o-home'],
      funding: 'Self-funded (council arranged)',
    },
    {
      id: 'sp-two-calls',
      rung: 'targeted',
      description: {
        text: 'A carer each morning for 45 minutes and each teatime for 30 minutes, the same small team.',
        voice: tom,
      },
      provider: 'Home care agency',
      hoursPerWeek: 8.75,
      costPerWeek: 230,
      status: 'right-size',
      outcomeIds: ['o-home', 'o-eating', 'o-ron-break'],
      funding: 'Self-funded, with Attendance Allowance',
    },
    {
      id: 'sp-day-centre',
      rung: 'targeted',
      description: { text: 'Day centre on Wednesdays and Fridays, with lunch and transport.', voice: tom },
      provider: 'Dementia day centre',
      hoursPerWeek: 12,
      costPerWeek: 140,
      status: 'right-size',
      outcomeIds: ['o-ron-break', 'o-eating'],
      funding: 'Self-funded',
    },
    {
      id: 'sp-sitter',
      rung: 'community',
      description: { text: 'A sitter on Monday afternoons so Ron can go to the allotment.', voice: ron },
      provider: 'Carers’ centre sitting service',
      hoursPerWeek: 4,
      costPerWeek: 0,
      status: 'right-size',
      outcomeIds: ['o-ron-break'],
      funding: 'Carers’ centre (council grant)',
    },
    {
      id: 'sp-tech',
      rung: 'universal',
      description: {
        text: 'A door sensor that tells Ron if the front door opens at night, and a falls pendant.',
        voice: tom,
      },
      provider: 'Council community alarm service',
      costPerWeek: 5,
      status: 'right-size',
      outcomeIds: ['o-home', 'o-ron-break'],
      funding: 'Self-funded',
    },
    {
      id: 'sp-respite',
      rung: 'residential',
      description: {
        text: 'A planned week at a care home every eight weeks, so Ron can rest.',
        voice: tom,
      },
      provider: 'Local care home (dementia unit)',
      costPerWeek: 150,
      status: 'right-size',
      outcomeIds: ['o-ron-break'],
      funding: 'Self-funded; cost shown averaged over eight weeks',
    },
    {
      id: 'sp-memory',
      rung: 'specialist',
      description: { text: 'Memory clinic review and a dementia nurse Ron can ring.', voice: tom },
      provider: 'Memory assessment service',
      status: 'both',
      outcomeIds: ['o-home'],
      funding: 'NHS',
    },
  ],
  rightSizeReason: {
    text: 'Without a change Ron will not manage much longer, and the next step would be a permanent care home for Margaret at about £1,250 a week. Two short home care visits, the day centre, a sitter, sensors and planned respite cost about £530 a week, keep them together at home and give Ron his nights back.',
    voice: tom,
  },
  decisions: [
    {
      id: 'd-respite',
      decision: {
        text: 'Margaret has a trial week at the care home in April, with Ron visiting every day.',
        voice: tom,
      },
      howMade: 'best-interests',
      capacityAssessed: 'yes',
      capacityOutcome:
        'Assessed by Tom Fairbairn on 2 March 2026 at home, in the morning, with photos of the care home and Ron present. Margaret understood she would “have a little holiday” but could not keep the information in mind long enough to weigh it up, so she lacked capacity for this decision at this time. Ron holds a registered Lasting Power of Attorney for health and welfare (2022) and made the decision as her attorney, in her best interests, after hearing everyone’s views.',
      consultedIds: ['c-margaret', 'c-ron', 'c-susan', 'c-patel'],
      disagreements: {
        text: 'Susan believes a permanent care home is needed now, for Dad’s sake. Ron wants to keep Margaret at home as long as he can, and Margaret has always said “I want to stay with Ron.” The plan tries the breaks first and will be looked at again in June.',
        voice: tom,
      },
      date: '2026-03-02',
    },
    {
      id: 'd-radio',
      decision: {
        text: 'I choose my own clothes every morning, from two that Ron puts out.',
        voice: margaret,
      },
      howMade: 'with-support',
      capacityAssessed: 'not-needed',
      consultedIds: ['c-ron'],
      disagreements: { text: '' },
      date: '2026-02-16',
    },
  ],
  barriers: [
    {
      id: 'b-care-staff',
      theme: 'workforce',
      whatHappened: 'The home care agency cannot staff teatime calls in the village until at least May.',
      impact: 'Ron does all the evening care alone, at the time Margaret is most unsettled.',
      serviceOrSystem: 'Home care market (rural)',
      escalatedTo: 'Council commissioning team',
      outcomeIds: ['o-home', 'o-ron-break'],
      date: '2026-02-20',
    },
    {
      id: 'b-discharge',
      theme: 'information-sharing',
      whatHappened:
        'After her fall in January, the hospital sent Margaret home with a new tablet. Nobody told the GP, the social worker or Ron what it was for.',
      impact:
        'Ron gave both the old and the new blood pressure tablets for a week; Margaret was dizzy and fell again.',
      serviceOrSystem: 'Hospital discharge and GP records',
      escalatedTo: 'Hospital patient advice service and the GP practice manager',
      outcomeIds: ['o-home'],
      date: '2026-01-22',
    },
    {
      id: 'b-memory-wait',
      theme: 'waiting-lists',
      whatHappened: 'The memory clinic follow-up is nine months away.',
      impact: 'Her night waking has not been reviewed and Ron has no one to ask.',
      serviceOrSystem: 'Memory assessment service',
      escalatedTo: 'GP',
      outcomeIds: ['o-ron-break'],
      date: '2026-02-02',
    },
    {
      id: 'b-chc',
      theme: 'funding-health-social-care',
      whatHappened:
        'The NHS Continuing Healthcare checklist was negative, so all care is means-tested by the council.',
      impact:
        'Margaret and Ron pay the full cost from savings they had put by for their funerals, and Ron worries about every extra hour.',
      serviceOrSystem: 'Integrated care board and council',
      outcomeIds: ['o-home'],
      date: '2026-02-10',
    },
    {
      id: 'b-day-transport',
      theme: 'transport',
      whatHappened: 'The day centre bus only runs to their village on Wednesdays and Fridays.',
      impact: 'Margaret can only go two days, and Ron cannot drive her any more.',
      serviceOrSystem: 'Community transport',
      outcomeIds: ['o-ron-break'],
      date: '2026-03-09',
    },
  ],
  safety: [
    {
      id: 'sa-night',
      whatCouldGoWrong: {
        text: 'She gets up in the night, does not know where she is, and goes out of the front door.',
        voice: ron,
      },
      whatToDo: {
        text: 'The door sensor wakes Ron. Speak gently, use her name, offer a cup of tea. If she is not found in 15 minutes, ring 999 and say she has dementia.',
        voice: tom,
      },
      contactIds: ['k-ron', 'k-999'],
    },
    {
      id: 'sa-fall',
      whatCouldGoWrong: { text: 'I fall, going to the toilet in the dark.', voice: margaret },
      whatToDo: {
        text: 'Press the pendant. Don’t lift her alone. The alarm service will send someone and ring Susan.',
        voice: tom,
      },
      contactIds: ['k-alarm', 'k-susan'],
    },
    {
      id: 'sa-ron-ill',
      whatCouldGoWrong: {
        text: 'Ron is taken ill and nobody knows Margaret is on her own.',
        voice: { contributorId: 'c-susan', ownWords: true },
      },
      whatToDo: {
        text: 'Ron carries a carer’s emergency card. Ring Susan first, then the emergency duty team, who will arrange care the same day.',
        voice: { contributorId: 'c-jen', ownWords: false },
      },
      contactIds: ['k-susan', 'k-edt'],
    },
  ],
  contacts: [
    { id: 'k-ron', name: 'Ron', role: 'Husband', phone: '0113 496 0174', when: 'Any time (landline).' },
    {
      id: 'k-susan',
      name: 'Susan',
      role: 'Daughter',
      phone: '07700 900651',
      when: 'Any fall or hospital visit.',
    },
    {
      id: 'k-tom',
      name: 'Tom Fairbairn',
      role: 'Social worker',
      phone: '0113 496 0732',
      when: 'About care and money, weekdays.',
    },
    {
      id: 'k-alarm',
      name: 'Community alarm service',
      role: 'Pendant and door sensor',
      phone: '0113 496 0218',
      when: 'Any time.',
    },
    {
      id: 'k-edt',
      name: 'Emergency duty team',
      role: 'Social care out of hours',
      phone: '0113 496 0999',
      when: 'Evenings and weekends, if Ron is ill.',
    },
    {
      id: 'k-999',
      name: 'Emergency',
      role: 'Police or ambulance',
      phone: '999',
      when: 'If she is missing or badly hurt.',
    },
  ],
  sharing: {
    consentGiven: true,
    agreedById: 'c-ron',
    agreedOn: '2026-03-09',
    sharedWith: [
      { id: 'sw-gp', who: 'GP practice', why: 'So her doctor has the whole picture.' },
      { id: 'sw-agency', who: 'Home care agency', why: 'So carers know how to support her.' },
      { id: 'sw-day', who: 'Day centre', why: 'To plan her days there.' },
      { id: 'sw-susan', who: 'Susan (daughter)', why: 'Ron and Margaret asked for Susan to have it.' },
    ],
  },
  review: {
    nextReviewDate: '2026-06-08',
    howWeWillKnow: {
      text: 'Ron sleeps most nights, Margaret is eating well, and she is still at home and going to singing.',
      voice: tom,
    },
  },
  extensions: {},
};
