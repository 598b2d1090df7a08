/**
 * English source strings for the `glossary.*` keys. Edited by hand; Welsh mirrors it.
 * Each hard word has `word` (as it is usually written), `plain` (a plain alternative to
 * write instead) and `meaning` (one or two short sentences for the easy-read glossary).
 * Which spellings count as the word, per language, is in `jargonTable.ts`.
 */
export const glossary = {
  packageOfCare: {
    word: 'package of care',
    plain: 'the support you get',
    meaning: 'All the support you get, and who gives it.',
  },
  domiciliaryCare: {
    word: 'domiciliary care',
    plain: 'care at home',
    meaning: 'Care workers come to your home to help you.',
  },
  respite: {
    word: 'respite',
    plain: 'a short break',
    meaning: 'A short break for you or for the people who care for you.',
  },
  safeguarding: {
    word: 'safeguarding',
    plain: 'keeping people safe',
    meaning: 'Keeping people safe from harm, abuse and neglect.',
  },
  commissioner: {
    word: 'commissioner',
    plain: 'the people who pay for services',
    meaning: 'People who choose which services to pay for in your area.',
  },
  multiDisciplinary: {
    word: 'multi-disciplinary',
    plain: 'different workers together',
    meaning: 'A team of different workers, like nurses, doctors and social workers, who work together.',
  },
  capacityAssessment: {
    word: 'capacity assessment',
    plain: 'a check if you can make this decision',
    meaning: 'A check to see if you can make a certain decision yourself, at the time it needs to be made.',
  },
  bestInterests: {
    word: 'best interests',
    plain: 'what is best for you',
    meaning:
      'If you cannot make a decision, people decide what is best for you. They must think about what you want and feel.',
  },
  advocate: {
    word: 'advocate',
    plain: 'someone to speak up for you',
    meaning: 'Someone who helps you say what you want and makes sure people listen.',
  },
  tenancy: {
    word: 'tenancy',
    plain: 'your agreement to rent your home',
    meaning: 'The agreement that lets you rent and live in your home.',
  },
  eligibility: {
    word: 'eligibility',
    plain: 'if you can get it',
    meaning: 'The rules about who can get help or money.',
  },
  facilitate: {
    word: 'facilitate',
    plain: 'help',
    meaning: 'To help something happen, or make it easier.',
  },
  utilise: {
    word: 'utilise',
    plain: 'use',
    meaning: 'To use something.',
  },
  intervention: {
    word: 'intervention',
    plain: 'help',
    meaning: 'Something workers do to help you.',
  },
  signpost: {
    word: 'signpost',
    plain: 'tell you where to get help',
    meaning: 'To tell you about another service that can help you.',
  },
  careCoordinator: {
    word: 'care coordinator',
    plain: 'the worker who plans your care',
    meaning: 'The worker who makes sure all your care is planned and joined up.',
  },
  directPayments: {
    word: 'direct payments',
    plain: 'money to buy your own support',
    meaning: 'Money from the council so you can choose and pay for your own support.',
  },
  personalBudget: {
    word: 'personal budget',
    plain: 'the money for your support',
    meaning: 'The amount of money the council says your support will cost.',
  },
  reablement: {
    word: 'reablement',
    plain: 'short-term help to do things again',
    meaning:
      'Short-term help to learn everyday things again, like cooking, after an illness or a stay in hospital.',
  },
  section117: {
    word: 'section 117',
    plain: 'free aftercare',
    meaning:
      'Free help and support after you leave hospital, if you were kept there under the Mental Health Act.',
  },
  chc: {
    word: 'CHC',
    plain: 'care paid for by the NHS',
    meaning: 'NHS Continuing Healthcare. The NHS pays for all your care because your health needs are high.',
  },
  assessment: {
    word: 'assessment',
    plain: 'a meeting to find out what help you need',
    meaning: 'A meeting or check to find out what you need and what help you can get.',
  },
  outcome: {
    word: 'outcome',
    plain: 'what you want to achieve',
    meaning: 'What you want to be different in your life.',
  },
  holistic: {
    word: 'holistic',
    plain: 'about your whole life',
    meaning: 'Looking at all of your life, not just one part.',
  },
  personCentred: {
    word: 'person-centred',
    plain: 'built around you',
    meaning: 'Planned around you: what matters to you and what you want.',
  },
  coProduction: {
    word: 'co-production',
    plain: 'working together as equals',
    meaning: 'You and the workers plan and decide things together, as equals.',
  },
  statutory: {
    word: 'statutory',
    plain: 'by law',
    meaning: 'Something the law says must happen.',
  },
  mentalCapacity: {
    word: 'mental capacity',
    plain: 'being able to make a decision',
    meaning: 'Being able to understand information and make a certain decision yourself.',
  },
  deprivationOfLiberty: {
    word: 'deprivation of liberty',
    plain: 'limits on your freedom',
    meaning: 'When your freedom is limited to keep you safe. The law says this must be checked.',
  },
  carersAssessment: {
    word: "carer's assessment",
    plain: 'a check of what help your carer needs',
    meaning: 'A meeting to find out what help your carer needs for themselves.',
  },
  supportedLiving: {
    word: 'supported living',
    plain: 'your own home with support',
    meaning: 'You live in your own home and get the support you need there.',
  },
  residentialCare: {
    word: 'residential care',
    plain: 'living in a care home',
    meaning: 'Living in a care home where staff help you day and night.',
  },
  placement: {
    word: 'placement',
    plain: 'a place to live or stay',
    meaning: 'A place where you live or stay that someone arranged for you.',
  },
  outOfArea: {
    word: 'out of area',
    plain: 'far from your home area',
    meaning: 'A service a long way from where you or your family live.',
  },
  continence: {
    word: 'continence',
    plain: 'using the toilet',
    meaning: 'Being able to control when you go to the toilet.',
  },
  mobility: {
    word: 'mobility',
    plain: 'moving around',
    meaning: 'How well you can move around and get about.',
  },
  cognitive: {
    word: 'cognitive',
    plain: 'thinking and memory',
    meaning: 'About thinking, learning and remembering.',
  },
  deteriorate: {
    word: 'deteriorate',
    plain: 'get worse',
    meaning: 'To get worse.',
  },
  escalate: {
    word: 'escalate',
    plain: 'tell someone in charge',
    meaning: 'To tell someone more senior, so they can sort out a problem.',
  },
  liaise: {
    word: 'liaise',
    plain: 'talk to',
    meaning: 'To talk and share information with someone.',
  },
  referral: {
    word: 'referral',
    plain: 'asking another service to help',
    meaning: 'When a worker asks another service to help you.',
  },
  provision: {
    word: 'provision',
    plain: 'what is given',
    meaning: 'The support or services that are given.',
  },
  discharge: {
    word: 'discharge',
    plain: 'leaving hospital',
    meaning: 'When you leave hospital or a service.',
  },
  occupationalTherapist: {
    word: 'occupational therapist',
    plain: 'a worker who helps with everyday things',
    meaning: 'A worker who helps you do everyday things, sometimes with equipment or changes to your home.',
  },
  cpn: {
    word: 'CPN',
    plain: 'mental health nurse',
    meaning: 'Community psychiatric nurse: a mental health nurse who visits you.',
  },
  camhs: {
    word: 'CAMHS',
    plain: 'mental health help for young people',
    meaning:
      'Child and Adolescent Mental Health Services: help for children and young people with their mental health.',
  },
  sectioned: {
    word: 'sectioned',
    plain: 'kept in hospital by law',
    meaning:
      'When you are kept in hospital under the Mental Health Act, even if you do not want to be there.',
  },
  appointee: {
    word: 'appointee',
    plain: 'someone who manages your benefits',
    meaning: 'Someone who is allowed to manage your benefits for you.',
  },
  powerOfAttorney: {
    word: 'power of attorney',
    plain: 'someone you choose to decide for you',
    meaning: 'A legal paper that lets someone you trust make decisions for you.',
  },
  courtOfProtection: {
    word: 'Court of Protection',
    plain: 'a court for people who cannot decide',
    meaning: 'A court that makes decisions for people who cannot make them for themselves.',
  },
  proportionate: {
    word: 'proportionate',
    plain: 'fair and not too much',
    meaning: 'Not more than is needed.',
  },
  mitigate: {
    word: 'mitigate',
    plain: 'make less bad',
    meaning: 'To make a problem or a risk smaller.',
  },
  riskAssessment: {
    word: 'risk assessment',
    plain: 'a check of what could go wrong',
    meaning: 'Thinking about what could go wrong and how to stop it.',
  },
  contingency: {
    word: 'contingency plan',
    plain: 'a back-up plan',
    meaning: 'A plan for what to do if something goes wrong.',
  },
  implement: {
    word: 'implement',
    plain: 'do',
    meaning: 'To put a plan into action.',
  },
  objective: {
    word: 'objective',
    plain: 'aim',
    meaning: 'Something you want to do or achieve.',
  },
  ascertain: {
    word: 'ascertain',
    plain: 'find out',
    meaning: 'To find out.',
  },
  commence: {
    word: 'commence',
    plain: 'start',
    meaning: 'To start.',
  },
  priorTo: {
    word: 'prior to',
    plain: 'before',
    meaning: 'Before.',
  },
  inReceiptOf: {
    word: 'in receipt of',
    plain: 'getting',
    meaning: 'Getting something, like money or a service.',
  },
  adaptations: {
    word: 'adaptations',
    plain: 'changes to your home',
    meaning: 'Changes to your home to make it easier and safer, like rails or a ramp.',
  },
  personalCare: {
    word: 'personal care',
    plain: 'help with washing and dressing',
    meaning: 'Help with washing, dressing, eating and using the toilet.',
  },
  keyWorker: {
    word: 'key worker',
    plain: 'your main worker',
    meaning: 'The worker who is your main contact.',
  },
  socialPrescribing: {
    word: 'social prescribing',
    plain: 'being linked to local groups',
    meaning: 'A worker helps you find local groups and activities, so you feel better.',
  },
  floatingSupport: {
    word: 'floating support',
    plain: 'support that visits you at home',
    meaning: 'Support workers visit you at home to help you keep your home.',
  },
  informalCarer: {
    word: 'informal carer',
    plain: 'a family member or friend who cares for you',
    meaning: 'A family member or friend who helps and cares for you without being paid.',
  },
  selfNeglect: {
    word: 'self-neglect',
    plain: 'not looking after yourself',
    meaning: 'When someone does not look after their own health, home or safety.',
  },
  challengingBehaviour: {
    word: 'challenging behaviour',
    plain: 'behaviour that shows something is wrong',
    meaning:
      'Things a person does that can be hard for others. It often shows the person is upset or needs something.',
  },
  positiveBehaviourSupport: {
    word: 'positive behaviour support',
    plain: 'a plan to help you feel calm',
    meaning: 'A plan to understand what you need, so you feel calm and happy.',
  },
  transition: {
    word: 'transition',
    plain: 'a big change',
    meaning: "A big change, like moving from children's services to adult services.",
  },
  engagement: {
    word: 'engagement',
    plain: 'taking part',
    meaning: 'Taking part and keeping in touch.',
  },
  gp: {
    word: 'GP',
    plain: 'doctor',
    meaning: 'General practitioner: your local doctor.',
  },
  pip: {
    word: 'PIP',
    plain: 'a disability benefit',
    meaning:
      'Personal Independence Payment: money to help with the extra costs of a disability or an illness.',
  },
  esa: {
    word: 'ESA',
    plain: 'a benefit if you are ill or disabled',
    meaning: 'Employment and Support Allowance: money if you cannot work because you are ill or disabled.',
  },
  prn: {
    word: 'PRN',
    plain: 'medicine when needed',
    meaning: 'Medicine you take only when you need it, not every day.',
  },
} as const;
