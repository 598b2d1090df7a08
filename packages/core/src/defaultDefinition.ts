import type { Choice, FieldKind, FormDefinition, Question, Section } from './definitionSchema.js';
import { accessibleFormatKinds, contributorRoles, decisionMethods, supportStatuses } from './planSchema.js';

type Extra = Omit<Question, 'id' | 'kind' | 'path' | 'picture'>;

function q(kind: FieldKind, path: string, picture: string, extra: Extra = {}, idPrefix?: string): Question {
  return { id: idPrefix ? `${idPrefix}.${path}` : path, kind, path, picture, ...extra };
}

/** Item questions of a list: ids are `<list>.<field>` so every id in the definition is unique. */
function items(list: string, questions: [FieldKind, string, string, Extra?][]): Question[] {
  return questions.map(([kind, path, picture, extra]) => q(kind, path, picture, extra, list));
}

function options(values: readonly string[], pictures: Record<string, string> = {}): Question['options'] {
  return values.map((value) => {
    const picture = pictures[value];
    return picture ? { value, picture } : { value };
  });
}

const pdf = { reachesPdf: true } as const;

/** The default life areas (DESIGN.md §3). */
export const defaultLifeAreas: Choice[] = [
  { key: 'home', picture: 'home' },
  { key: 'health', picture: 'doctor' },
  { key: 'relationships', picture: 'family' },
  { key: 'community', picture: 'community' },
  { key: 'work-learning', picture: 'work' },
  { key: 'money', picture: 'money' },
  { key: 'daily-living', picture: 'food' },
  { key: 'safety', picture: 'safe' },
];

/** The default rungs of the support ladder, from least to most restrictive. */
export const defaultLadderRungs: Choice[] = [
  { key: 'me', picture: 'person' },
  { key: 'family-friends', picture: 'family' },
  { key: 'community', picture: 'community' },
  { key: 'universal', picture: 'doctor' },
  { key: 'targeted', picture: 'help' },
  { key: 'specialist', picture: 'hospital' },
  { key: 'residential', picture: 'house-search' },
];

/** The default themes of barriers outside a service's control. */
export const defaultBarrierThemes: Choice[] = [
  { key: 'funding-health-social-care', picture: 'money' },
  { key: 'housing', picture: 'house-search' },
  { key: 'information-sharing', picture: 'share' },
  { key: 'waiting-lists', picture: 'clock' },
  { key: 'eligibility', picture: 'tick' },
  { key: 'benefits', picture: 'money' },
  { key: 'workforce', picture: 'group' },
  { key: 'legal-process', picture: 'decision' },
  { key: 'transport', picture: 'bus' },
  { key: 'other', picture: 'barrier' },
];

const sections: Section[] = [
  {
    id: 'aboutYou',
    picture: 'person',
    questions: [
      q('text', 'person.preferredName', 'person', { required: true, maxLength: 200 }),
      q('text', 'person.fullName', 'pen', { maxLength: 500 }),
      q('text', 'person.pronouns', 'person', { maxLength: 100 }),
      q('date', 'person.dateOfBirth', 'calendar', { dateMustBe: 'past' }),
    ],
  },
  {
    id: 'household',
    picture: 'family',
    questions: [
      q('list', 'household', 'family', {
        itemQuestions: items('household', [
          ['text', 'name', 'person', { required: true, maxLength: 200 }],
          ['text', 'relationship', 'heart', { maxLength: 200 }],
          ['yesNo', 'livesWithPerson', 'home'],
          ['yesNo', 'isCarer', 'help', { reveal: items('household', [['voicedText', 'ownNeeds', 'heart']]) }],
          ['voicedText', 'whatTheyDo', 'hands'],
          ['voicedText', 'wantsToBeToldAbout', 'chat'],
        ]),
      }),
    ],
  },
  {
    id: 'contributors',
    picture: 'group',
    questions: [
      q('list', 'contributors', 'group', {
        itemQuestions: items('contributors', [
          ['text', 'name', 'person', { required: true, maxLength: 200 }],
          [
            'select',
            'role',
            'group',
            {
              required: true,
              options: options(contributorRoles, {
                person: 'person',
                family: 'family',
                carer: 'help',
                advocate: 'advocate',
                worker: 'work',
                professional: 'doctor',
                other: 'group',
              }),
            },
          ],
          ['text', 'relationship', 'heart', { maxLength: 200 }],
          ['text', 'organisation', 'work', { maxLength: 300 }],
        ]),
      }),
      q('links', 'supportedByIds', 'advocate', { linksTo: 'contributors' }),
    ],
  },
  {
    id: 'communication',
    picture: 'talk',
    questions: [
      q('voicedText', 'communication.howICommunicate', 'talk', pdf),
      q('checkboxes', 'communication.accessibleFormats', 'eye', {
        options: options(accessibleFormatKinds, {
          'easy-read': 'eye',
          'large-print': 'eye',
          braille: 'hands',
          audio: 'ear',
          bsl: 'hands',
          makaton: 'hands',
          other: 'question',
        }),
      }),
      q('yesNo', 'communication.interpreterNeeded', 'ear', {
        reveal: [q('text', 'communication.interpreterLanguage', 'talk', { maxLength: 200 })],
      }),
      q('voicedText', 'communication.whatHelps', 'thumbs-up', pdf),
      q('voicedText', 'communication.signsIAmUpset', 'upset', pdf),
    ],
  },
  {
    id: 'aboutMe',
    picture: 'heart',
    questions: [
      q('voicedText', 'aboutMe.mostImportant', 'star', pdf),
      q('voicedText', 'aboutMe.importantPeople', 'family', pdf),
      q('voicedText', 'aboutMe.wellness', 'heart', pdf),
      q('voicedText', 'aboutMe.pleaseDo', 'thumbs-up', pdf),
      q('voicedText', 'aboutMe.pleaseDont', 'thumbs-down', pdf),
      q('voicedText', 'aboutMe.howAndWhenToSupport', 'help', pdf),
      q('voicedText', 'aboutMe.alsoWorthKnowing', 'question', pdf),
      q('voicedText', 'aboutMe.likeAndAdmire', 'star', pdf),
      q('voicedText', 'aboutMe.goodDay', 'happy', pdf),
      q('voicedText', 'aboutMe.badDay', 'upset', pdf),
    ],
  },
  {
    id: 'needs',
    picture: 'help',
    questions: [
      q('list', 'needs', 'help', {
        itemQuestions: items('needs', [
          ['select', 'lifeArea', 'home', { required: true, optionsFrom: 'lifeAreas' }],
          ['voicedText', 'description', 'help', { required: true, ...pdf }],
        ]),
      }),
    ],
  },
  {
    id: 'strengths',
    picture: 'star',
    questions: [
      q('list', 'strengths', 'star', {
        itemQuestions: items('strengths', [
          ['select', 'lifeArea', 'home', { required: true, optionsFrom: 'lifeAreas' }],
          [
            'radios',
            'whose',
            'group',
            {
              options: options(['me', 'household', 'community'], {
                me: 'person',
                household: 'family',
                community: 'community',
              }),
            },
          ],
          [
            'radios',
            'kind',
            'star',
            { options: options(['now', 'could-build'], { now: 'tick', 'could-build': 'ladder' }) },
          ],
          ['voicedText', 'description', 'star', { required: true, ...pdf }],
          ['voicedText', 'howToBuild', 'ladder', pdf],
        ]),
      }),
    ],
  },
  {
    id: 'outcomes',
    picture: 'star',
    questions: [
      q('list', 'outcomes', 'star', {
        itemQuestions: items('outcomes', [
          ['voicedText', 'statement', 'star', { required: true, ...pdf }],
          ['select', 'lifeArea', 'home', { required: true, optionsFrom: 'lifeAreas' }],
          ['links', 'needIds', 'help', { linksTo: 'needs' }],
          ['links', 'strengthIds', 'star', { linksTo: 'strengths' }],
          [
            'readings',
            'readings',
            'ladder',
            {
              itemQuestions: items('outcomes.readings', [
                [
                  'radios',
                  'by',
                  'group',
                  { options: [{ value: 'together', picture: 'group' }], optionsFrom: 'contributors' },
                ],
                ['scale', 'now', 'person'],
                ['scale', 'goal', 'star'],
                ['date', 'date', 'calendar'],
              ]),
            },
          ],
        ]),
      }),
    ],
  },
  {
    id: 'support',
    picture: 'ladder',
    questions: [
      q('supportLadder', 'support', 'ladder', {
        itemQuestions: items('support', [
          ['select', 'rung', 'ladder', { required: true, optionsFrom: 'ladderRungs' }],
          ['voicedText', 'description', 'help', { required: true, ...pdf }],
          ['radios', 'status', 'tick', { options: options(supportStatuses) }],
          ['text', 'provider', 'group', { maxLength: 300 }],
          ['number', 'hoursPerWeek', 'clock'],
          ['number', 'costPerWeek', 'money'],
          ['text', 'funding', 'money', { maxLength: 300 }],
          ['date', 'startDate', 'calendar'],
          ['date', 'endDate', 'calendar'],
          ['links', 'outcomeIds', 'star', { linksTo: 'outcomes' }],
        ]),
      }),
      q('voicedText', 'rightSizeReason', 'ladder', pdf),
    ],
  },
  {
    id: 'decisions',
    picture: 'decision',
    questions: [
      q('list', 'decisions', 'decision', {
        itemQuestions: items('decisions', [
          ['voicedText', 'decision', 'decision', { required: true, ...pdf }],
          [
            'radios',
            'howMade',
            'decision',
            {
              options: options(decisionMethods, {
                'by-me': 'person',
                'with-support': 'help',
                'best-interests': 'group',
              }),
            },
          ],
          ['radios', 'capacityAssessed', 'question', { options: options(['yes', 'no', 'not-needed']) }],
          ['textarea', 'capacityOutcome', 'pen'],
          ['links', 'consultedIds', 'group', { linksTo: 'contributors' }],
          ['voicedText', 'disagreements', 'chat'],
          ['date', 'date', 'calendar'],
        ]),
      }),
    ],
  },
  {
    id: 'barriers',
    picture: 'barrier',
    questions: [
      q('list', 'barriers', 'barrier', {
        itemQuestions: items('barriers', [
          ['select', 'theme', 'barrier', { required: true, optionsFrom: 'barrierThemes' }],
          ['textarea', 'whatHappened', 'warning', { required: true }],
          ['textarea', 'impact', 'upset'],
          ['text', 'serviceOrSystem', 'group', { maxLength: 300 }],
          ['text', 'escalatedTo', 'share', { maxLength: 300 }],
          ['links', 'outcomeIds', 'star', { linksTo: 'outcomes' }],
          ['date', 'date', 'calendar'],
        ]),
      }),
    ],
  },
  {
    id: 'stayingSafe',
    picture: 'safe',
    questions: [
      q('list', 'contacts', 'phone', {
        itemQuestions: items('contacts', [
          ['text', 'name', 'person', { required: true, maxLength: 200 }],
          ['text', 'role', 'group', { maxLength: 200 }],
          ['text', 'phone', 'phone', { maxLength: 50 }],
          ['text', 'when', 'clock', { maxLength: 300 }],
        ]),
      }),
      q('list', 'safety', 'safe', {
        itemQuestions: items('safety', [
          ['voicedText', 'whatCouldGoWrong', 'warning', { required: true, ...pdf }],
          ['voicedText', 'whatToDo', 'safe', pdf],
          ['links', 'contactIds', 'phone', { linksTo: 'contacts' }],
        ]),
      }),
    ],
  },
  {
    id: 'sharing',
    picture: 'share',
    questions: [
      q('yesNo', 'sharing.consentGiven', 'share', {
        reveal: [
          q('radios', 'sharing.agreedById', 'person', { optionsFrom: 'contributors' }),
          q('date', 'sharing.agreedOn', 'calendar', { dateMustBe: 'past' }),
        ],
      }),
      q('list', 'sharing.sharedWith', 'share', {
        itemQuestions: items('sharing.sharedWith', [
          ['text', 'who', 'group', { required: true, maxLength: 300 }],
          ['text', 'why', 'question', { maxLength: 500 }],
        ]),
      }),
    ],
  },
  {
    id: 'review',
    picture: 'review',
    questions: [
      q('date', 'review.nextReviewDate', 'calendar'),
      q('voicedText', 'review.howWeWillKnow', 'review', pdf),
    ],
  },
];

/**
 * The whole-person picture: the library's default form definition. Hosts derive their own
 * with `defineForm`. NHS numbers and languages are not asked here: the plan keeps them in
 * lists of typed items (`person.identifiers`, `communication.languages`) that a care record
 * system usually fills from its own record; a host that wants them in the form adds an
 * `extensions.*` question or sets them through the plan API.
 */
export const defaultDefinition: FormDefinition = {
  id: 'whole-person-picture',
  version: '1',
  lifeAreas: defaultLifeAreas,
  ladderRungs: defaultLadderRungs,
  barrierThemes: defaultBarrierThemes,
  sections,
};

/**
 * Every picture key the default definition uses, and the rest of the plain-English set a host
 * can pick from. `@wholepicture/symbols` draws every one of them.
 */
export const pictureKeys = [
  'person',
  'home',
  'family',
  'friends',
  'money',
  'doctor',
  'medicine',
  'phone',
  'bus',
  'work',
  'college',
  'food',
  'sleep',
  'upset',
  'happy',
  'calendar',
  'advocate',
  'safe',
  'help',
  'talk',
  'heart',
  'star',
  'community',
  'house-search',
  'ladder',
  'decision',
  'barrier',
  'share',
  'review',
  'hospital',
  'pills',
  'car',
  'shop',
  'question',
  'tick',
  'warning',
  'ear',
  'eye',
  'hands',
  'pen',
  'chat',
  'clock',
  'group',
  'thumbs-up',
  'thumbs-down',
] as const;

/** A picture key of the built-in set. */
export type PictureKey = (typeof pictureKeys)[number];
