/**
 * English source strings for the `plan.*` keys: the words of every section, question, option,
 * life area, ladder rung and barrier theme of the default form definition. Keys follow the
 * plan's paths (`plan.aboutMe.goodDay.label`); list item fields sit under their list
 * (`plan.needs.description.label`). `label` is the worker-facing wording, `easyRead` the
 * person's own first-person wording, `item` the lower-case name of one list item, and
 * `required` the GOV.UK-style message when a required answer is missing. Edited by hand;
 * Welsh mirrors it.
 */
export const plan = {
  sections: {
    aboutYou: {
      title: 'About the person',
      easyRead: 'About me',
      hint: 'The name they like to be called and a few details.',
    },
    household: {
      title: 'Household and people who matter',
      easyRead: 'The people I live with and who matter to me',
      hint: 'Family, carers and friends: what they do, and what they need themselves.',
    },
    contributors: {
      title: 'Voices in this plan',
      easyRead: 'Who helped make my plan',
      hint: 'Everyone whose words are in this plan, including the person.',
    },
    communication: {
      title: 'Communication',
      easyRead: 'How I communicate',
      hint: 'How to talk with the person, and the information formats they need.',
    },
    aboutMe: {
      title: 'About me',
      easyRead: 'What you need to know about me',
      hint: 'In the person’s own words where possible.',
    },
    needs: {
      title: 'Needs',
      easyRead: 'Things I find hard',
      hint: 'What is hard or missing, in each part of life.',
    },
    strengths: {
      title: 'Strengths and capacity',
      easyRead: 'What I can do',
      hint: 'What the person, their household and community can do now, and what could be built.',
    },
    outcomes: {
      title: 'Outcomes',
      easyRead: 'What I want to achieve',
      hint: 'What the person wants to achieve, in their own words.',
    },
    support: {
      title: 'Support',
      easyRead: 'Who helps me and when',
      hint: 'Support now and the right-size support, rung by rung on the support ladder.',
    },
    decisions: {
      title: 'Decisions',
      easyRead: 'My decisions',
      hint: 'Important decisions and how they were made.',
    },
    barriers: {
      title: 'Barriers',
      easyRead: 'Things that get in the way',
      hint: 'Problems outside the service’s control that block an outcome.',
    },
    stayingSafe: {
      title: 'Staying safe',
      easyRead: 'Staying safe and who to call',
      hint: 'What could go wrong, what to do, and who to call.',
    },
    sharing: {
      title: 'Sharing this plan',
      easyRead: 'Who can see my plan',
      hint: 'Who this plan may be shared with, and who agreed.',
    },
    review: {
      title: 'Review',
      easyRead: 'When we will check my plan',
      hint: 'When the plan will be looked at again, and how you will know it is working.',
    },
  },

  lifeAreas: {
    home: {
      label: 'Home',
      hint: 'Where the person lives and how they feel about it.',
      easyRead: 'My home',
    },
    health: {
      label: 'Health and wellbeing',
      hint: 'Body, mind and feeling well.',
      easyRead: 'My health and how I feel',
    },
    relationships: {
      label: 'Relationships and family',
      hint: 'Family, friends, partners and the people who matter.',
      easyRead: 'My family and friends',
    },
    community: {
      label: 'Community and belonging',
      hint: 'Being part of the local community, groups and faith.',
      easyRead: 'Being part of my community',
    },
    'work-learning': {
      label: 'Work, learning and things I do',
      hint: 'Jobs, volunteering, college, hobbies and how the days are spent.',
      easyRead: 'Work, learning and things I do',
    },
    money: {
      label: 'Money and benefits',
      hint: 'Income, benefits, bills and debts.',
      easyRead: 'My money',
    },
    'daily-living': {
      label: 'Daily living',
      hint: 'Food, washing, sleep, getting about and everyday jobs.',
      easyRead: 'Every day things',
    },
    safety: {
      label: 'Safety',
      hint: 'Feeling and being safe, at home and out.',
      easyRead: 'Being safe',
    },
  },

  ladderRungs: {
    me: {
      label: 'Me',
      hint: 'What the person does for themselves.',
      easyRead: 'Things I do myself',
    },
    'family-friends': {
      label: 'Family and friends',
      hint: 'Help from family, friends and neighbours.',
      easyRead: 'Help from my family and friends',
    },
    community: {
      label: 'Community',
      hint: 'Local groups, clubs, faith groups and volunteers.',
      easyRead: 'Help from groups near me',
    },
    universal: {
      label: 'Universal services',
      hint: 'Services open to everyone, such as a GP, library or leisure centre.',
      easyRead: 'Services everyone can use',
    },
    targeted: {
      label: 'Targeted services',
      hint: 'Services for people with particular needs, such as day services or floating support.',
      easyRead: 'Services for people like me',
    },
    specialist: {
      label: 'Specialist services',
      hint: 'Specialist health or social care, such as a mental health team.',
      easyRead: 'Special help from experts',
    },
    residential: {
      label: 'Residential or out-of-area care',
      hint: 'Living in a care home, hospital or placement away from home.',
      easyRead: 'Living somewhere with care',
    },
  },

  barrierThemes: {
    'funding-health-social-care': {
      label: 'Funding between health and social care',
      hint: 'Disputes or delays over who pays.',
      easyRead: 'Services cannot agree who pays',
    },
    housing: {
      label: 'Housing',
      hint: 'No suitable home, or a long wait for one.',
      easyRead: 'There is no right home for me',
    },
    'information-sharing': {
      label: 'Information sharing',
      hint: 'Services not sharing what they know, so the person repeats their story.',
      easyRead: 'Services do not share what they know',
    },
    'waiting-lists': {
      label: 'Waiting lists',
      hint: 'Long waits for assessment, treatment or support.',
      easyRead: 'I have to wait a long time',
    },
    eligibility: {
      label: 'Eligibility',
      hint: 'The person does not meet a service’s criteria, or falls between services.',
      easyRead: 'A service says I cannot have help',
    },
    benefits: {
      label: 'Benefits',
      hint: 'Delays, sanctions or gaps in benefits.',
      easyRead: 'Problems with my benefits',
    },
    workforce: {
      label: 'Workforce',
      hint: 'Not enough staff, or staff without the right skills.',
      easyRead: 'There are not enough workers',
    },
    'legal-process': {
      label: 'Legal process',
      hint: 'Court, tribunal or other legal delays.',
      easyRead: 'Waiting for a court or the law',
    },
    transport: {
      label: 'Transport',
      hint: 'No way to get to places that matter.',
      easyRead: 'I cannot get to places',
    },
    other: {
      label: 'Other',
      hint: 'Something else outside the service’s control.',
      easyRead: 'Something else',
    },
  },

  validation: {
    required: 'Enter {{field}}',
    requiredChoice: 'Select {{field}}',
    requiredList: 'Add at least one {{field}}',
    tooLong: '{{field}} must be {{max}} characters or less',
    dateReal: '{{field}} must be a real date',
    datePast: '{{field}} must be in the past',
    dateFuture: '{{field}} must be in the future',
    numberRange: '{{field}} must be between {{min}} and {{max}}',
    notAnOption: 'Select {{field}} from the list',
  },

  person: {
    preferredName: {
      label: 'Preferred name',
      hint: 'The name they like to be called. It goes on the front of their plan.',
      easyRead: 'The name I like to be called',
      required: 'Enter the person’s preferred name',
    },
    fullName: {
      label: 'Full name',
      hint: 'Only if it is different from their preferred name.',
      easyRead: 'My full name',
    },
    pronouns: {
      label: 'Pronouns',
      hint: 'For example, she/her, he/him or they/them.',
      easyRead: 'How to talk about me: she, he or they',
    },
    dateOfBirth: {
      label: 'Date of birth',
      hint: 'For example, 27 3 1990',
      easyRead: 'My birthday',
    },
  },

  household: {
    label: 'People in the household and people who matter',
    hint: 'Add the people the person lives with, and family, carers or friends who matter most.',
    easyRead: 'The people I live with and who matter to me',
    item: 'person',
    name: {
      label: 'Name',
      easyRead: 'Their name',
      required: 'Enter the name of this person',
    },
    relationship: {
      label: 'Relationship to the person',
      hint: 'For example, mother, partner, friend or neighbour.',
      easyRead: 'Who they are to me',
    },
    livesWithPerson: {
      label: 'Do they live with the person?',
      easyRead: 'Do we live together?',
    },
    isCarer: {
      label: 'Are they a carer?',
      hint: 'Someone who gives unpaid help and care.',
      easyRead: 'Do they look after me?',
    },
    ownNeeds: {
      label: 'What do they need themselves?',
      hint: 'A carer’s own strain, health and wishes. Carers have a right to their own assessment.',
      easyRead: 'What they need to keep going',
    },
    whatTheyDo: {
      label: 'What do they do for or with the person?',
      easyRead: 'What they do with me',
    },
    wantsToBeToldAbout: {
      label: 'What do they want to be told about, and how?',
      easyRead: 'What they want to know and how to tell them',
    },
  },

  contributors: {
    label: 'Voices in this plan',
    hint: 'Add the person first, then everyone else whose words are in this plan.',
    easyRead: 'The people who helped make my plan',
    item: 'voice',
    name: {
      label: 'Name',
      easyRead: 'Their name',
      required: 'Enter the name of this contributor',
    },
    role: {
      label: 'Role',
      easyRead: 'Who they are',
      required: 'Select this contributor’s role',
      options: {
        person: 'The person the plan is for',
        family: 'Family member',
        carer: 'Carer',
        advocate: 'Advocate',
        worker: 'Support worker or social worker',
        professional: 'Other professional',
        other: 'Someone else',
      },
    },
    relationship: {
      label: 'Relationship to the person',
      hint: 'For example, sister or key worker.',
      easyRead: 'Who they are to me',
    },
    organisation: {
      label: 'Organisation',
      hint: 'Leave this empty for family and friends.',
      easyRead: 'Where they work',
    },
  },

  supportedByIds: {
    label: 'Who supported the person to make this plan?',
    hint: 'Select everyone who helped them to say what they wanted.',
    easyRead: 'Who helped me to say what I want',
  },

  communication: {
    howICommunicate: {
      label: 'How does the person communicate, and how should others communicate with them?',
      hint: 'For example, words, signs, pictures, sounds or a device.',
      easyRead: 'How I talk and how to talk with me',
    },
    accessibleFormats: {
      label: 'Which information formats does the person need?',
      hint: 'Select all that apply. Easy read switches the form’s easy-read mode on.',
      easyRead: 'How I like to get information',
      options: {
        'easy-read': 'Easy read',
        'large-print': 'Large print',
        braille: 'Braille',
        audio: 'Audio',
        bsl: 'British Sign Language (BSL)',
        makaton: 'Makaton',
        other: 'Another format',
      },
    },
    interpreterNeeded: {
      label: 'Does the person need an interpreter?',
      easyRead: 'Do I need someone to interpret for me?',
    },
    interpreterLanguage: {
      label: 'Which language?',
      hint: 'For example, Polish or British Sign Language.',
      easyRead: 'The language I need',
    },
    whatHelps: {
      label: 'What helps communication?',
      hint: 'For example, a quiet room, short sentences or time to answer.',
      easyRead: 'Things that help me understand',
    },
    signsIAmUpset: {
      label: 'How can people tell the person is upset?',
      easyRead: 'How you can tell I am upset',
    },
  },

  aboutMe: {
    mostImportant: {
      label: 'What is most important to you?',
      easyRead: 'What matters most to me',
    },
    importantPeople: {
      label: 'Who are the people who are important to you?',
      easyRead: 'The people who are important to me',
    },
    wellness: {
      label: 'What keeps you well?',
      hint: 'Health, medicines, routines and what helps when you are unwell.',
      easyRead: 'What keeps me well',
    },
    pleaseDo: {
      label: 'What should people please do?',
      easyRead: 'Please do this',
    },
    pleaseDont: {
      label: 'What should people please not do?',
      easyRead: 'Please do not do this',
    },
    howAndWhenToSupport: {
      label: 'How and when should people support you?',
      easyRead: 'How and when to help me',
    },
    alsoWorthKnowing: {
      label: 'What else is worth knowing about you?',
      easyRead: 'Other things to know about me',
    },
    likeAndAdmire: {
      label: 'What do people like and admire about you?',
      easyRead: 'What people like about me',
    },
    goodDay: {
      label: 'What is a good day for you?',
      hint: 'What happens, who is there, what you do.',
      easyRead: 'A good day for me is…',
    },
    badDay: {
      label: 'What is a bad day for you?',
      hint: 'What goes wrong, and what helps.',
      easyRead: 'A bad day for me is…',
    },
  },

  needs: {
    label: 'Needs',
    hint: 'Add one need at a time: something that is hard or missing.',
    easyRead: 'Things I find hard',
    item: 'need',
    lifeArea: {
      label: 'Part of life',
      easyRead: 'What part of my life',
      required: 'Select the part of life this need is about',
    },
    description: {
      label: 'What is hard or missing?',
      hint: 'Describe the need, not the service. For example, “I get very anxious on buses”.',
      easyRead: 'I find this hard',
      required: 'Enter what is hard or missing',
    },
  },

  strengths: {
    label: 'Strengths and capacity',
    hint: 'Add one strength at a time.',
    easyRead: 'What I can do',
    item: 'strength',
    lifeArea: {
      label: 'Part of life',
      easyRead: 'What part of my life',
      required: 'Select the part of life this strength is about',
    },
    whose: {
      label: 'Whose strength is it?',
      easyRead: 'Who can do this',
      options: {
        me: 'The person’s own',
        household: 'The household’s',
        community: 'The community’s',
      },
    },
    kind: {
      label: 'Is it something that can be done now, or could be built?',
      easyRead: 'Now or later',
      options: {
        now: 'Can be done now',
        'could-build': 'Could be built',
      },
    },
    description: {
      label: 'What is the strength?',
      hint: 'For example, “I know the way to the shops” or “My brother visits every Sunday”.',
      easyRead: 'I am good at this',
      required: 'Enter the strength',
    },
    howToBuild: {
      label: 'How could it be built?',
      hint: 'Only for a strength that could be built.',
      easyRead: 'How I could get better at this',
    },
  },

  outcomes: {
    label: 'Outcomes',
    hint: 'Add one outcome at a time, in the person’s own words.',
    easyRead: 'What I want to achieve',
    item: 'outcome',
    statement: {
      label: 'What do you want to achieve?',
      hint: 'Start with “I”. For example, “I get to my college course on my own”.',
      easyRead: 'I want to…',
      required: 'Enter what the person wants to achieve',
    },
    lifeArea: {
      label: 'Part of life',
      easyRead: 'What part of my life',
      required: 'Select the part of life this outcome is about',
    },
    needIds: {
      label: 'Which needs does it answer?',
      easyRead: 'The hard things it helps with',
    },
    strengthIds: {
      label: 'Which strengths does it build on?',
      easyRead: 'What I can do that helps',
    },
    readings: {
      label: 'Where are you now, and where do you want to be?',
      hint: 'From 1 to 10. Add a reading for each voice when people see it differently: both are kept.',
      easyRead: 'Where I am now and where I want to be',
      item: 'reading',
      by: {
        label: 'Whose reading is this?',
        easyRead: 'Who said this',
        options: {
          together: 'We agreed it together',
        },
      },
      now: {
        label: 'Where I am now',
        hint: '1 means far from it, 10 means I am there.',
        easyRead: 'Where I am now',
      },
      goal: {
        label: 'Where I want to be',
        hint: '1 means far from it, 10 means I am there.',
        easyRead: 'Where I want to be',
      },
      date: {
        label: 'Date of reading',
        easyRead: 'The day we checked',
      },
    },
  },

  support: {
    label: 'Support ladder',
    hint: 'Add each piece of support on its rung. Mark it as support now, right-size support, or both.',
    easyRead: 'Who helps me and when',
    item: 'support',
    rung: {
      label: 'Rung on the support ladder',
      easyRead: 'Where this help comes from',
      required: 'Select the rung of the support ladder',
    },
    description: {
      label: 'What is the support?',
      hint: 'For example, “2 hours a week of travel training”.',
      easyRead: 'The help I get',
      required: 'Enter what the support is',
    },
    status: {
      label: 'Is this support now, right-size support, or both?',
      easyRead: 'Is this help now or later',
      options: {
        current: 'Support now only',
        'right-size': 'Right-size support only',
        both: 'Both: it stays as it is',
      },
    },
    provider: {
      label: 'Who provides it?',
      easyRead: 'Who gives this help',
    },
    hoursPerWeek: {
      label: 'Hours a week',
      hint: 'If known.',
      easyRead: 'Hours each week',
    },
    costPerWeek: {
      label: 'Cost a week in pounds',
      hint: 'If known.',
      easyRead: 'What it costs each week',
    },
    funding: {
      label: 'How is it funded?',
      hint: 'For example, local authority, NHS continuing healthcare or direct payment.',
      easyRead: 'Who pays for it',
    },
    startDate: {
      label: 'Start date',
      easyRead: 'When it starts',
    },
    endDate: {
      label: 'End date',
      easyRead: 'When it ends',
    },
    outcomeIds: {
      label: 'Which outcomes does it help with?',
      easyRead: 'What it helps me achieve',
    },
  },

  rightSizeReason: {
    label: 'Why is the right-size support different from the support now?',
    hint: 'For example, stepping down to less restrictive support, or building capacity.',
    easyRead: 'Why my help will change',
  },

  decisions: {
    label: 'Decisions',
    hint: 'Add one important decision at a time.',
    easyRead: 'My decisions',
    item: 'decision',
    decision: {
      label: 'What is the decision?',
      easyRead: 'The decision',
      required: 'Enter the decision',
    },
    howMade: {
      label: 'How was it made?',
      easyRead: 'Who made the decision',
      options: {
        'by-me': 'By the person',
        'with-support': 'By the person, with support',
        'best-interests': 'In the person’s best interests',
      },
    },
    capacityAssessed: {
      label: 'Was the person’s mental capacity to make this decision assessed?',
      hint: 'Mental capacity is the legal ability to make a particular decision.',
      easyRead: 'Did someone check if I could make this decision?',
      options: {
        yes: 'Yes',
        no: 'No',
        'not-needed': 'Not needed',
      },
    },
    capacityOutcome: {
      label: 'What did the capacity assessment find?',
      easyRead: 'What they found',
    },
    consultedIds: {
      label: 'Who was asked?',
      easyRead: 'Who was asked about it',
    },
    disagreements: {
      label: 'Did anyone disagree?',
      hint: 'Record disagreements honestly, in the words of the people who disagreed.',
      easyRead: 'Who did not agree, and why',
    },
    date: {
      label: 'Date of the decision',
      easyRead: 'When it was decided',
    },
  },

  barriers: {
    label: 'Barriers',
    hint: 'Add one barrier at a time. Barriers can be summarised, without names, for commissioners.',
    easyRead: 'Things that get in the way',
    item: 'barrier',
    theme: {
      label: 'What kind of barrier is it?',
      easyRead: 'What gets in the way',
      required: 'Select what kind of barrier it is',
    },
    whatHappened: {
      label: 'What happened?',
      easyRead: 'What happened',
      required: 'Enter what happened',
    },
    impact: {
      label: 'What was the impact on the person?',
      easyRead: 'How it affected me',
    },
    serviceOrSystem: {
      label: 'Which service or system?',
      easyRead: 'Which service',
    },
    escalatedTo: {
      label: 'Who was it escalated to?',
      hint: 'For example, a commissioner or service manager.',
      easyRead: 'Who we told',
    },
    outcomeIds: {
      label: 'Which outcomes does it block?',
      easyRead: 'What it stops me achieving',
    },
    date: {
      label: 'Date it happened',
      easyRead: 'When it happened',
    },
  },

  contacts: {
    label: 'Who to call',
    hint: 'Add the people and services to call for help.',
    easyRead: 'Who to call',
    item: 'contact',
    name: {
      label: 'Name',
      easyRead: 'Their name',
      required: 'Enter the name of the person or service to call',
    },
    role: {
      label: 'Who they are',
      hint: 'For example, sister, GP or crisis team.',
      easyRead: 'Who they are',
    },
    phone: {
      label: 'Phone number',
      easyRead: 'Their phone number',
    },
    when: {
      label: 'When to call them',
      hint: 'For example, “if I am unwell at night”.',
      easyRead: 'When to call them',
    },
  },

  safety: {
    label: 'Staying safe',
    hint: 'Add one thing that could go wrong at a time.',
    easyRead: 'Staying safe',
    item: 'safety plan',
    whatCouldGoWrong: {
      label: 'What could go wrong?',
      easyRead: 'Something that could go wrong',
      required: 'Enter what could go wrong',
    },
    whatToDo: {
      label: 'What should people do?',
      easyRead: 'What to do',
    },
    contactIds: {
      label: 'Who should be called?',
      easyRead: 'Who to call',
    },
  },

  sharing: {
    consentGiven: {
      label: 'Has the person agreed to share this plan?',
      hint: 'Or someone who can lawfully agree for them.',
      easyRead: 'I agree to share my plan',
    },
    agreedById: {
      label: 'Who agreed?',
      easyRead: 'Who said yes',
    },
    agreedOn: {
      label: 'Date agreed',
      easyRead: 'When we agreed',
    },
    sharedWith: {
      label: 'Who may see this plan?',
      hint: 'Add each person or service, and why they may see it.',
      easyRead: 'Who can see my plan',
      item: 'person or service',
      who: {
        label: 'Person or service',
        easyRead: 'Who',
        required: 'Enter who may see this plan',
      },
      why: {
        label: 'Why may they see it?',
        easyRead: 'Why',
      },
    },
  },

  review: {
    nextReviewDate: {
      label: 'Next review date',
      hint: 'For example, 27 3 2027',
      easyRead: 'When we will check my plan',
    },
    howWeWillKnow: {
      label: 'How will we know the plan is working?',
      easyRead: 'How we will know my plan is working',
    },
  },
} as const;
