/**
 * English source strings for the `plan.*.easyRead` keys: the person's own first-person wording
 * of each section and question of the default form, shown in easy-read mode. Apart from the
 * rest of `plan.*` (en/plan.ts) because a form loads them only when easy-read mode is on
 * (`@wholepicture/core/locales/en/document`). Edited by hand; Welsh mirrors it, in one file.
 */
export const planEasyRead = {
  sections: {
    aboutYou: {
      easyRead: 'About me',
    },
    household: {
      easyRead: 'The people I live with and who matter to me',
    },
    contributors: {
      easyRead: 'Who helped make my plan',
    },
    communication: {
      easyRead: 'How I communicate',
    },
    aboutMe: {
      easyRead: 'What you need to know about me',
    },
    needs: {
      easyRead: 'Things I find hard',
    },
    strengths: {
      easyRead: 'What I can do',
    },
    outcomes: {
      easyRead: 'What I want to achieve',
    },
    support: {
      easyRead: 'Who helps me and when',
    },
    decisions: {
      easyRead: 'My decisions',
    },
    barriers: {
      easyRead: 'Things that get in the way',
    },
    stayingSafe: {
      easyRead: 'Staying safe and who to call',
    },
    sharing: {
      easyRead: 'Who can see my plan',
    },
    review: {
      easyRead: 'When we will check my plan',
    },
  },
  lifeAreas: {
    home: {
      easyRead: 'My home',
    },
    health: {
      easyRead: 'My health and how I feel',
    },
    relationships: {
      easyRead: 'My family and friends',
    },
    community: {
      easyRead: 'Being part of my community',
    },
    'work-learning': {
      easyRead: 'Work, learning and things I do',
    },
    money: {
      easyRead: 'My money',
    },
    'daily-living': {
      easyRead: 'Every day things',
    },
    safety: {
      easyRead: 'Being safe',
    },
  },
  ladderRungs: {
    me: {
      easyRead: 'Things I do myself',
    },
    'family-friends': {
      easyRead: 'Help from my family and friends',
    },
    community: {
      easyRead: 'Help from groups near me',
    },
    universal: {
      easyRead: 'Services everyone can use',
    },
    targeted: {
      easyRead: 'Services for people like me',
    },
    specialist: {
      easyRead: 'Special help from experts',
    },
    residential: {
      easyRead: 'Living somewhere with care',
    },
  },
  barrierThemes: {
    'funding-health-social-care': {
      easyRead: 'Services cannot agree who pays',
    },
    housing: {
      easyRead: 'There is no right home for me',
    },
    'information-sharing': {
      easyRead: 'Services do not share what they know',
    },
    'waiting-lists': {
      easyRead: 'I have to wait a long time',
    },
    eligibility: {
      easyRead: 'A service says I cannot have help',
    },
    benefits: {
      easyRead: 'Problems with my benefits',
    },
    workforce: {
      easyRead: 'There are not enough workers',
    },
    'legal-process': {
      easyRead: 'Waiting for a court or the law',
    },
    transport: {
      easyRead: 'I cannot get to places',
    },
    other: {
      easyRead: 'Something else',
    },
  },
  person: {
    preferredName: {
      easyRead: 'The name I like to be called',
    },
    fullName: {
      easyRead: 'My full name',
    },
    pronouns: {
      easyRead: 'How to talk about me: she, he or they',
    },
    dateOfBirth: {
      easyRead: 'My birthday',
    },
  },
  household: {
    easyRead: 'The people I live with and who matter to me',
    name: {
      easyRead: 'Their name',
    },
    relationship: {
      easyRead: 'Who they are to me',
    },
    livesWithPerson: {
      easyRead: 'Do we live together?',
    },
    isCarer: {
      easyRead: 'Do they look after me?',
    },
    ownNeeds: {
      easyRead: 'What they need to keep going',
    },
    whatTheyDo: {
      easyRead: 'What they do with me',
    },
    wantsToBeToldAbout: {
      easyRead: 'What they want to know and how to tell them',
    },
  },
  contributors: {
    easyRead: 'The people who helped make my plan',
    name: {
      easyRead: 'Their name',
    },
    role: {
      easyRead: 'Who they are',
    },
    relationship: {
      easyRead: 'Who they are to me',
    },
    organisation: {
      easyRead: 'Where they work',
    },
  },
  supportedByIds: {
    easyRead: 'Who helped me to say what I want',
  },
  communication: {
    howICommunicate: {
      easyRead: 'How I talk and how to talk with me',
    },
    accessibleFormats: {
      easyRead: 'How I like to get information',
    },
    interpreterNeeded: {
      easyRead: 'Do I need someone to interpret for me?',
    },
    interpreterLanguage: {
      easyRead: 'The language I need',
    },
    whatHelps: {
      easyRead: 'Things that help me understand',
    },
    signsIAmUpset: {
      easyRead: 'How you can tell I am upset',
    },
  },
  aboutMe: {
    mostImportant: {
      easyRead: 'What matters most to me',
    },
    importantPeople: {
      easyRead: 'The people who are important to me',
    },
    wellness: {
      easyRead: 'What keeps me well',
    },
    pleaseDo: {
      easyRead: 'Please do this',
    },
    pleaseDont: {
      easyRead: 'Please do not do this',
    },
    howAndWhenToSupport: {
      easyRead: 'How and when to help me',
    },
    alsoWorthKnowing: {
      easyRead: 'Other things to know about me',
    },
    likeAndAdmire: {
      easyRead: 'What people like about me',
    },
    goodDay: {
      easyRead: 'A good day for me is…',
    },
    badDay: {
      easyRead: 'A bad day for me is…',
    },
  },
  needs: {
    easyRead: 'Things I find hard',
    lifeArea: {
      easyRead: 'What part of my life',
    },
    description: {
      easyRead: 'I find this hard',
    },
  },
  strengths: {
    easyRead: 'What I can do',
    lifeArea: {
      easyRead: 'What part of my life',
    },
    whose: {
      easyRead: 'Who can do this',
    },
    kind: {
      easyRead: 'Now or later',
    },
    description: {
      easyRead: 'I am good at this',
    },
    howToBuild: {
      easyRead: 'How I could get better at this',
    },
  },
  outcomes: {
    easyRead: 'What I want to achieve',
    statement: {
      easyRead: 'I want to…',
    },
    lifeArea: {
      easyRead: 'What part of my life',
    },
    needIds: {
      easyRead: 'The hard things it helps with',
    },
    strengthIds: {
      easyRead: 'What I can do that helps',
    },
    readings: {
      easyRead: 'Where I am now and where I want to be',
      by: {
        easyRead: 'Who said this',
      },
      now: {
        easyRead: 'Where I am now',
      },
      goal: {
        easyRead: 'Where I want to be',
      },
      date: {
        easyRead: 'The day we checked',
      },
    },
  },
  support: {
    easyRead: 'Who helps me and when',
    rung: {
      easyRead: 'Where this help comes from',
    },
    description: {
      easyRead: 'The help I get',
    },
    status: {
      easyRead: 'Is this help now or later',
    },
    provider: {
      easyRead: 'Who gives this help',
    },
    hoursPerWeek: {
      easyRead: 'Hours each week',
    },
    costPerWeek: {
      easyRead: 'What it costs each week',
    },
    funding: {
      easyRead: 'Who pays for it',
    },
    startDate: {
      easyRead: 'When it starts',
    },
    endDate: {
      easyRead: 'When it ends',
    },
    outcomeIds: {
      easyRead: 'What it helps me achieve',
    },
  },
  rightSizeReason: {
    easyRead: 'Why my help will change',
  },
  decisions: {
    easyRead: 'My decisions',
    decision: {
      easyRead: 'The decision',
    },
    howMade: {
      easyRead: 'Who made the decision',
    },
    capacityAssessed: {
      easyRead: 'Did someone check if I could make this decision?',
    },
    capacityOutcome: {
      easyRead: 'What they found',
    },
    consultedIds: {
      easyRead: 'Who was asked about it',
    },
    disagreements: {
      easyRead: 'Who did not agree, and why',
    },
    date: {
      easyRead: 'When it was decided',
    },
  },
  barriers: {
    easyRead: 'Things that get in the way',
    theme: {
      easyRead: 'What gets in the way',
    },
    whatHappened: {
      easyRead: 'What happened',
    },
    impact: {
      easyRead: 'How it affected me',
    },
    serviceOrSystem: {
      easyRead: 'Which service',
    },
    escalatedTo: {
      easyRead: 'Who we told',
    },
    outcomeIds: {
      easyRead: 'What it stops me achieving',
    },
    date: {
      easyRead: 'When it happened',
    },
  },
  contacts: {
    easyRead: 'Who to call',
    name: {
      easyRead: 'Their name',
    },
    role: {
      easyRead: 'Who they are',
    },
    phone: {
      easyRead: 'Their phone number',
    },
    when: {
      easyRead: 'When to call them',
    },
  },
  safety: {
    easyRead: 'Staying safe',
    whatCouldGoWrong: {
      easyRead: 'Something that could go wrong',
    },
    whatToDo: {
      easyRead: 'What to do',
    },
    contactIds: {
      easyRead: 'Who to call',
    },
  },
  sharing: {
    consentGiven: {
      easyRead: 'I agree to share my plan',
    },
    agreedById: {
      easyRead: 'Who said yes',
    },
    agreedOn: {
      easyRead: 'When we agreed',
    },
    sharedWith: {
      easyRead: 'Who can see my plan',
      who: {
        easyRead: 'Who',
      },
      why: {
        easyRead: 'Why',
      },
    },
  },
  review: {
    nextReviewDate: {
      easyRead: 'When we will check my plan',
    },
    howWeWillKnow: {
      easyRead: 'How we will know my plan is working',
    },
  },
} as const;
