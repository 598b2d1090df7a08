/**
 * English source strings for the `plan.*` keys: the words of every section, question, option,
 * life area, ladder rung and barrier theme of the default form definition. Keys follow the
 * plan's paths (`plan.aboutMe.goodDay.label`); list item fields sit under their list
 * (`plan.needs.description.label`). `label` is the worker-facing wording, `item` the lower-case
 * name of one list item, and `required` the GOV.UK-style message when a required answer is
 * missing. The person's own easy-read wording (`easyRead`) is in planEasyRead.ts. Edited by
 * hand; Welsh mirrors both, in one file.
 */
export const plan = {
  sections: {
    aboutYou: {
      title: 'About the person',
      hint: 'The name they like to be called and a few details.',
    },
    household: {
      title: 'Household and people who matter',
      hint: 'Family, carers and friends: what they do, and what they need themselves.',
    },
    contributors: {
      title: 'Voices in this plan',
      hint: 'Everyone whose words are in this plan, including the person.',
    },
    communication: {
      title: 'Communication',
      hint: 'How to talk with the person, and the information formats they need.',
    },
    aboutMe: {
      title: 'About me',
      hint: 'In the person’s own words where possible.',
    },
    needs: {
      title: 'Needs',
      hint: 'What is hard or missing, in each part of life.',
    },
    strengths: {
      title: 'Strengths and capacity',
      hint: 'What the person, their household and community can do now, and what could be built.',
    },
    outcomes: {
      title: 'Outcomes',
      hint: 'What the person wants to achieve, in their own words.',
    },
    support: {
      title: 'Support',
      hint: 'Support now and the right-size support, rung by rung on the support ladder.',
    },
    decisions: {
      title: 'Decisions',
      hint: 'Important decisions and how they were made.',
    },
    barriers: {
      title: 'Barriers',
      hint: 'Problems outside the service’s control that block an outcome.',
    },
    stayingSafe: {
      title: 'Staying safe',
      hint: 'What could go wrong, what to do, and who to call.',
    },
    sharing: {
      title: 'Sharing this plan',
      hint: 'Who this plan may be shared with, and who agreed.',
    },
    review: {
      title: 'Review',
      hint: 'When the plan will be looked at again, and how you will know it is working.',
    },
  },
  lifeAreas: {
    home: {
      label: 'Home',
      hint: 'Where the person lives and how they feel about it.',
    },
    health: {
      label: 'Health and wellbeing',
      hint: 'Body, mind and feeling well.',
    },
    relationships: {
      label: 'Relationships and family',
      hint: 'Family, friends, partners and the people who matter.',
    },
    community: {
      label: 'Community and belonging',
      hint: 'Being part of the local community, groups and faith.',
    },
    'work-learning': {
      label: 'Work, learning and things I do',
      hint: 'Jobs, volunteering, college, hobbies and how the days are spent.',
    },
    money: {
      label: 'Money and benefits',
      hint: 'Income, benefits, bills and debts.',
    },
    'daily-living': {
      label: 'Daily living',
      hint: 'Food, washing, sleep, getting about and everyday jobs.',
    },
    safety: {
      label: 'Safety',
      hint: 'Feeling and being safe, at home and out.',
    },
  },
  ladderRungs: {
    me: {
      label: 'Me',
      hint: 'What the person does for themselves.',
    },
    'family-friends': {
      label: 'Family and friends',
      hint: 'Help from family, friends and neighbours.',
    },
    community: {
      label: 'Community',
      hint: 'Local groups, clubs, faith groups and volunteers.',
    },
    universal: {
      label: 'Universal services',
      hint: 'Services open to everyone, such as a GP, library or leisure centre.',
    },
    targeted: {
      label: 'Targeted services',
      hint: 'Services for people with particular needs, such as day services or floating support.',
    },
    specialist: {
      label: 'Specialist services',
      hint: 'Specialist health or social care, such as a mental health team.',
    },
    residential: {
      label: 'Residential or out-of-area care',
      hint: 'Living in a care home, hospital or placement away from home.',
    },
  },
  barrierThemes: {
    'funding-health-social-care': {
      label: 'Funding between health and social care',
      hint: 'Disputes or delays over who pays.',
    },
    housing: {
      label: 'Housing',
      hint: 'No suitable home, or a long wait for one.',
    },
    'information-sharing': {
      label: 'Information sharing',
      hint: 'Services not sharing what they know, so the person repeats their story.',
    },
    'waiting-lists': {
      label: 'Waiting lists',
      hint: 'Long waits for assessment, treatment or support.',
    },
    eligibility: {
      label: 'Eligibility',
      hint: 'The person does not meet a service’s criteria, or falls between services.',
    },
    benefits: {
      label: 'Benefits',
      hint: 'Delays, sanctions or gaps in benefits.',
    },
    workforce: {
      label: 'Workforce',
      hint: 'Not enough staff, or staff without the right skills.',
    },
    'legal-process': {
      label: 'Legal process',
      hint: 'Court, tribunal or other legal delays.',
    },
    transport: {
      label: 'Transport',
      hint: 'No way to get to places that matter.',
    },
    other: {
      label: 'Other',
      hint: 'Something else outside the service’s control.',
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
      required: 'Enter the person’s preferred name',
    },
    fullName: {
      label: 'Full name',
      hint: 'Only if it is different from their preferred name.',
    },
    pronouns: {
      label: 'Pronouns',
      hint: 'For example, she/her, he/him or they/them.',
    },
    dateOfBirth: {
      label: 'Date of birth',
      hint: 'For example, 27 3 1990',
    },
  },
  household: {
    label: 'People in the household and people who matter',
    hint: 'Add the people the person lives with, and family, carers or friends who matter most.',
    item: 'person',
    name: {
      label: 'Name',
      required: 'Enter the name of this person',
    },
    relationship: {
      label: 'Relationship to the person',
      hint: 'For example, mother, partner, friend or neighbour.',
    },
    livesWithPerson: {
      label: 'Do they live with the person?',
    },
    isCarer: {
      label: 'Are they a carer?',
      hint: 'Someone who gives unpaid help and care.',
    },
    ownNeeds: {
      label: 'What do they need themselves?',
      hint: 'A carer’s own strain, health and wishes. Carers have a right to their own assessment.',
    },
    whatTheyDo: {
      label: 'What do they do for or with the person?',
    },
    wantsToBeToldAbout: {
      label: 'What do they want to be told about, and how?',
    },
  },
  contributors: {
    label: 'Voices in this plan',
    hint: 'Add the person first, then everyone else whose words are in this plan.',
    item: 'voice',
    name: {
      label: 'Name',
      required: 'Enter the name of this contributor',
    },
    role: {
      label: 'Role',
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
    },
    organisation: {
      label: 'Organisation',
      hint: 'Leave this empty for family and friends.',
    },
  },
  supportedByIds: {
    label: 'Who supported the person to make this plan?',
    hint: 'Select everyone who helped them to say what they wanted.',
  },
  communication: {
    howICommunicate: {
      label: 'How does the person communicate, and how should others communicate with them?',
      hint: 'For example, words, signs, pictures, sounds or a device.',
    },
    accessibleFormats: {
      label: 'Which information formats does the person need?',
      hint: 'Select all that apply. Easy read switches the form’s easy-read mode on.',
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
    },
    interpreterLanguage: {
      label: 'Which language?',
      hint: 'For example, Polish or British Sign Language.',
    },
    whatHelps: {
      label: 'What helps communication?',
      hint: 'For example, a quiet room, short sentences or time to answer.',
    },
    signsIAmUpset: {
      label: 'How can people tell the person is upset?',
    },
  },
  aboutMe: {
    mostImportant: {
      label: 'What is most important to you?',
    },
    importantPeople: {
      label: 'Who are the people who are important to you?',
    },
    wellness: {
      label: 'What keeps you well?',
      hint: 'Health, medicines, routines and what helps when you are unwell.',
    },
    pleaseDo: {
      label: 'What should people please do?',
    },
    pleaseDont: {
      label: 'What should people please not do?',
    },
    howAndWhenToSupport: {
      label: 'How and when should people support you?',
    },
    alsoWorthKnowing: {
      label: 'What else is worth knowing about you?',
    },
    likeAndAdmire: {
      label: 'What do people like and admire about you?',
    },
    goodDay: {
      label: 'What is a good day for you?',
      hint: 'What happens, who is there, what you do.',
    },
    badDay: {
      label: 'What is a bad day for you?',
      hint: 'What goes wrong, and what helps.',
    },
  },
  needs: {
    label: 'Needs',
    hint: 'Add one need at a time: something that is hard or missing.',
    item: 'need',
    lifeArea: {
      label: 'Part of life',
      required: 'Select the part of life this need is about',
    },
    description: {
      label: 'What is hard or missing?',
      hint: 'Describe the need, not the service. For example, “I get very anxious on buses”.',
      required: 'Enter what is hard or missing',
    },
  },
  strengths: {
    label: 'Strengths and capacity',
    hint: 'Add one strength at a time.',
    item: 'strength',
    lifeArea: {
      label: 'Part of life',
      required: 'Select the part of life this strength is about',
    },
    whose: {
      label: 'Whose strength is it?',
      options: {
        me: 'The person’s own',
        household: 'The household’s',
        community: 'The community’s',
      },
    },
    kind: {
      label: 'Is it something that can be done now, or could be built?',
      options: {
        now: 'Can be done now',
        'could-build': 'Could be built',
      },
    },
    description: {
      label: 'What is the strength?',
      hint: 'For example, “I know the way to the shops” or “My brother visits every Sunday”.',
      required: 'Enter the strength',
    },
    howToBuild: {
      label: 'How could it be built?',
      hint: 'Only for a strength that could be built.',
    },
  },
  outcomes: {
    label: 'Outcomes',
    hint: 'Add one outcome at a time, in the person’s own words.',
    item: 'outcome',
    statement: {
      label: 'What do you want to achieve?',
      hint: 'Start with “I”. For example, “I get to my college course on my own”.',
      required: 'Enter what the person wants to achieve',
    },
    lifeArea: {
      label: 'Part of life',
      required: 'Select the part of life this outcome is about',
    },
    needIds: {
      label: 'Which needs does it answer?',
    },
    strengthIds: {
      label: 'Which strengths does it build on?',
    },
    readings: {
      label: 'Where are you now, and where do you want to be?',
      hint: 'From 1 to 10. Add a reading for each voice when people see it differently: both are kept.',
      item: 'reading',
      by: {
        label: 'Whose reading is this?',
        options: {
          together: 'We agreed it together',
        },
      },
      now: {
        label: 'Where I am now',
        hint: '1 means far from it, 10 means I am there.',
      },
      goal: {
        label: 'Where I want to be',
        hint: '1 means far from it, 10 means I am there.',
      },
      date: {
        label: 'Date of reading',
      },
    },
  },
  support: {
    label: 'Support ladder',
    hint: 'Add each piece of support on its rung. Mark it as support now, right-size support, or both.',
    item: 'support',
    rung: {
      label: 'Rung on the support ladder',
      required: 'Select the rung of the support ladder',
    },
    description: {
      label: 'What is the support?',
      hint: 'For example, “2 hours a week of travel training”.',
      required: 'Enter what the support is',
    },
    status: {
      label: 'Is this support now, right-size support, or both?',
      options: {
        current: 'Support now only',
        'right-size': 'Right-size support only',
        both: 'Both: it stays as it is',
      },
    },
    provider: {
      label: 'Who provides it?',
    },
    hoursPerWeek: {
      label: 'Hours a week',
      hint: 'If known.',
    },
    costPerWeek: {
      label: 'Cost a week in pounds',
      hint: 'If known.',
    },
    funding: {
      label: 'How is it funded?',
      hint: 'For example, local authority, NHS continuing healthcare or direct payment.',
    },
    startDate: {
      label: 'Start date',
    },
    endDate: {
      label: 'End date',
    },
    outcomeIds: {
      label: 'Which outcomes does it help with?',
    },
  },
  rightSizeReason: {
    label: 'Why is the right-size support different from the support now?',
    hint: 'For example, stepping down to less restrictive support, or building capacity.',
  },
  decisions: {
    label: 'Decisions',
    hint: 'Add one important decision at a time.',
    item: 'decision',
    decision: {
      label: 'What is the decision?',
      required: 'Enter the decision',
    },
    howMade: {
      label: 'How was it made?',
      options: {
        'by-me': 'By the person',
        'with-support': 'By the person, with support',
        'best-interests': 'In the person’s best interests',
      },
    },
    capacityAssessed: {
      label: 'Was the person’s mental capacity to make this decision assessed?',
      hint: 'Mental capacity is the legal ability to make a particular decision.',
      options: {
        yes: 'Yes',
        no: 'No',
        'not-needed': 'Not needed',
      },
    },
    capacityOutcome: {
      label: 'What did the capacity assessment find?',
    },
    consultedIds: {
      label: 'Who was asked?',
    },
    disagreements: {
      label: 'Did anyone disagree?',
      hint: 'Record disagreements honestly, in the words of the people who disagreed.',
    },
    date: {
      label: 'Date of the decision',
    },
  },
  barriers: {
    label: 'Barriers',
    hint: 'Add one barrier at a time. Barriers can be summarised, without names, for commissioners.',
    item: 'barrier',
    theme: {
      label: 'What kind of barrier is it?',
      required: 'Select what kind of barrier it is',
    },
    whatHappened: {
      label: 'What happened?',
      required: 'Enter what happened',
    },
    impact: {
      label: 'What was the impact on the person?',
    },
    serviceOrSystem: {
      label: 'Which service or system?',
    },
    escalatedTo: {
      label: 'Who was it escalated to?',
      hint: 'For example, a commissioner or service manager.',
    },
    outcomeIds: {
      label: 'Which outcomes does it block?',
    },
    date: {
      label: 'Date it happened',
    },
  },
  contacts: {
    label: 'Who to call',
    hint: 'Add the people and services to call for help.',
    item: 'contact',
    name: {
      label: 'Name',
      required: 'Enter the name of the person or service to call',
    },
    role: {
      label: 'Who they are',
      hint: 'For example, sister, GP or crisis team.',
    },
    phone: {
      label: 'Phone number',
    },
    when: {
      label: 'When to call them',
      hint: 'For example, “if I am unwell at night”.',
    },
  },
  safety: {
    label: 'Staying safe',
    hint: 'Add one thing that could go wrong at a time.',
    item: 'safety plan',
    whatCouldGoWrong: {
      label: 'What could go wrong?',
      required: 'Enter what could go wrong',
    },
    whatToDo: {
      label: 'What should people do?',
    },
    contactIds: {
      label: 'Who should be called?',
    },
  },
  sharing: {
    consentGiven: {
      label: 'Has the person agreed to share this plan?',
      hint: 'Or someone who can lawfully agree for them.',
    },
    agreedById: {
      label: 'Who agreed?',
    },
    agreedOn: {
      label: 'Date agreed',
    },
    sharedWith: {
      label: 'Who may see this plan?',
      hint: 'Add each person or service, and why they may see it.',
      item: 'person or service',
      who: {
        label: 'Person or service',
        required: 'Enter who may see this plan',
      },
      why: {
        label: 'Why may they see it?',
      },
    },
  },
  review: {
    nextReviewDate: {
      label: 'Next review date',
      hint: 'For example, 27 3 2027',
    },
    howWeWillKnow: {
      label: 'How will we know the plan is working?',
    },
  },
} as const;
