import * as z from 'zod/mini';

/**
 * The plan format's version. Every older version has a migration in `migrations.ts`.
 * Version 0 was the prototype format (see `migrations.ts`); version 1 is the first public one.
 */
export const CURRENT_SCHEMA_VERSION = 1 as const;

/** Longest free-text entry we accept: long enough for anyone's story, short enough to render. */
export const MAX_TEXT_LENGTH = 100_000;

/** Longest short text (a name, a role, a phone number). */
export const MAX_SHORT_TEXT_LENGTH = 1_000;

/** Largest photo we keep, as a `data:` URL (about 1.5 MB of image). */
export const MAX_PHOTO_LENGTH = 2_000_000;

const shortText = z.string().check(z.maxLength(MAX_SHORT_TEXT_LENGTH));
const longText = z.string().check(z.maxLength(MAX_TEXT_LENGTH));

/** A local id for an item in the plan's lists. Ids are never derived from what people type. */
export const itemIdSchema = z.string().check(z.minLength(1), z.maxLength(100));

/**
 * A calendar date as `YYYY-MM-DD`, and a real one (no 31 February). zod's ISO date format
 * (rather than a refinement) so the plan's JSON Schema checks dates too.
 */
export const isoDateSchema = z.iso.date({ error: 'Enter a real date' });

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  // Arithmetic, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999 and so misjudges leap years.
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const daysInMonth = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= daysInMonth;
}

/**
 * Whose voice a free-text entry is in (a contributor id), and whether it is written in the
 * person's own words, as PRSB's About Me standard asks.
 */
export const voiceSchema = z.object({
  /** The contributor whose words these are. */
  contributorId: z.optional(itemIdSchema),
  /** True when the words are the person's own, not a summary by someone else. */
  ownWords: z._default(z.boolean(), false),
});
export type Voice = z.infer<typeof voiceSchema>;

/** A free-text entry and whose voice it is in. */
export const voicedTextSchema = z.object({
  text: z._default(longText, ''),
  voice: z.optional(voiceSchema),
});
export type VoicedText = z.infer<typeof voicedTextSchema>;

const voicedText = z._default(voicedTextSchema, { text: '' });

/** An identifier such as an NHS number. `system` names the scheme. */
export const identifierSchema = z.object({
  system: z.enum(['nhs-number', 'other']),
  value: shortText,
  /** What the identifier is, for `other` (e.g. "Local authority ID"). */
  label: z.optional(shortText),
});
export type Identifier = z.infer<typeof identifierSchema>;

export const personSchema = z.object({
  preferredName: z._default(shortText, ''),
  fullName: z.optional(shortText),
  pronouns: z.optional(shortText),
  dateOfBirth: z.optional(isoDateSchema),
  /** A photo as a `data:image/png|jpeg|webp;base64,…` URL. Never a remote URL: nothing is fetched. */
  photo: z.optional(
    z.string().check(
      z.maxLength(MAX_PHOTO_LENGTH),
      z.regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/, {
        error: 'A photo must be a PNG, JPEG or WebP data URL',
      }),
    ),
  ),
  identifiers: z._default(z.array(identifierSchema).check(z.maxLength(20)), []),
});
export type Person = z.infer<typeof personSchema>;

/** Someone the person lives with or who matters most: the picture is of the whole household. */
export const householdMemberSchema = z.object({
  id: itemIdSchema,
  name: z._default(shortText, ''),
  relationship: z._default(shortText, ''),
  livesWithPerson: z._default(z.boolean(), false),
  isCarer: z._default(z.boolean(), false),
  /** What they do for or with the person. */
  whatTheyDo: voicedText,
  /** What they need themselves: a carer's own strain and wishes. */
  ownNeeds: voicedText,
  /** What they want to be told, and how. */
  wantsToBeToldAbout: voicedText,
});
export type HouseholdMember = z.infer<typeof householdMemberSchema>;

export const contributorRoles = [
  'person',
  'family',
  'carer',
  'advocate',
  'worker',
  'professional',
  'other',
] as const;
export type ContributorRole = (typeof contributorRoles)[number];

/** A voice in the plan: the person, family, carers, advocates, workers, other professionals. */
export const contributorSchema = z.object({
  id: itemIdSchema,
  name: z._default(shortText, ''),
  role: z._default(z.enum(contributorRoles), 'other'),
  organisation: z.optional(shortText),
  relationship: z.optional(shortText),
});
export type Contributor = z.infer<typeof contributorSchema>;

export const accessibleFormatKinds = [
  'easy-read',
  'large-print',
  'braille',
  'audio',
  'bsl',
  'makaton',
  'other',
] as const;
export type AccessibleFormatKind = (typeof accessibleFormatKinds)[number];

/** An accessible information need (NHS England Accessible Information Standard). */
export const accessibleFormatSchema = z.object({
  kind: z.enum(accessibleFormatKinds),
  /** Optional SNOMED CT concept id from the standard's reference sets. */
  snomedCode: z.optional(
    z.string().check(z.regex(/^\d{6,18}$/, { error: 'A SNOMED CT code is 6 to 18 digits' })),
  ),
  detail: z.optional(shortText),
});
export type AccessibleFormat = z.infer<typeof accessibleFormatSchema>;

export const communicationSchema = z.object({
  howICommunicate: voicedText,
  languages: z._default(z.array(shortText).check(z.maxLength(20)), []),
  interpreterNeeded: z.optional(z.boolean()),
  interpreterLanguage: z.optional(shortText),
  accessibleFormats: z._default(z.array(accessibleFormatSchema).check(z.maxLength(20)), []),
  whatHelps: voicedText,
  signsIAmUpset: voicedText,
});
export type Communication = z.infer<typeof communicationSchema>;

/** The headings of PRSB's About Me standard, plus what people like about me and good and bad days. */
export const aboutMeSchema = z.object({
  mostImportant: voicedText,
  importantPeople: voicedText,
  wellness: voicedText,
  pleaseDo: voicedText,
  pleaseDont: voicedText,
  howAndWhenToSupport: voicedText,
  alsoWorthKnowing: voicedText,
  likeAndAdmire: voicedText,
  goodDay: voicedText,
  badDay: voicedText,
});
export type AboutMe = z.infer<typeof aboutMeSchema>;

/** What is hard or missing, in one life area. */
export const needSchema = z.object({
  id: itemIdSchema,
  /** A key from the definition's life areas. */
  lifeArea: z._default(shortText, ''),
  description: voicedText,
});
export type Need = z.infer<typeof needSchema>;

/** A strength or capacity (resources and abilities, not legal mental capacity). */
export const strengthSchema = z.object({
  id: itemIdSchema,
  lifeArea: z._default(shortText, ''),
  /** Whose strength: mine, my household's or my community's. */
  whose: z._default(z.enum(['me', 'household', 'community']), 'me'),
  /** Something I can do now, or something that could be built. */
  kind: z._default(z.enum(['now', 'could-build']), 'now'),
  description: voicedText,
  /** For `could-build`: how it could be built. */
  howToBuild: voicedText,
});
export type Strength = z.infer<typeof strengthSchema>;

const scalePoint = z.number().check(z.int(), z.minimum(1), z.maximum(10));

/**
 * One reading of the 1–10 scale. `by` is `together` when agreed, or the contributor id of the
 * one voice whose view it is. Differing readings are all kept, side by side: never averaged.
 */
export const outcomeReadingSchema = z.object({
  id: itemIdSchema,
  date: z.optional(isoDateSchema),
  by: z._default(z.union([z.literal('together'), itemIdSchema]), 'together'),
  now: z.optional(scalePoint),
  goal: z.optional(scalePoint),
});
export type OutcomeReading = z.infer<typeof outcomeReadingSchema>;

/** What I want to achieve, in my words, linked to the needs it answers and strengths it builds on. */
export const outcomeSchema = z.object({
  id: itemIdSchema,
  lifeArea: z._default(shortText, ''),
  statement: voicedText,
  needIds: z._default(z.array(itemIdSchema), []),
  strengthIds: z._default(z.array(itemIdSchema), []),
  readings: z._default(z.array(outcomeReadingSchema).check(z.maxLength(100)), []),
});
export type Outcome = z.infer<typeof outcomeSchema>;

/** Current support, right-size support, or both (it stays as it is). */
export const supportStatuses = ['current', 'right-size', 'both'] as const;
export type SupportStatus = (typeof supportStatuses)[number];

/** A piece of support on the support ladder (ASC Record standard: Service). */
export const supportSchema = z.object({
  id: itemIdSchema,
  /** A key from the definition's ladder rungs. */
  rung: z._default(shortText, ''),
  description: voicedText,
  provider: z.optional(shortText),
  hoursPerWeek: z.optional(z.number().check(z.minimum(0), z.maximum(168))),
  /** Cost per week in pounds, where known. */
  costPerWeek: z.optional(z.number().check(z.minimum(0), z.maximum(1_000_000))),
  status: z._default(z.enum(supportStatuses), 'current'),
  outcomeIds: z._default(z.array(itemIdSchema), []),
  funding: z.optional(shortText),
  startDate: z.optional(isoDateSchema),
  endDate: z.optional(isoDateSchema),
});
export type Support = z.infer<typeof supportSchema>;

export const decisionMethods = ['by-me', 'with-support', 'best-interests'] as const;
export type DecisionMethod = (typeof decisionMethods)[number];

/** An important decision, how it was made, and disagreements recorded honestly. */
export const decisionSchema = z.object({
  id: itemIdSchema,
  decision: voicedText,
  howMade: z.optional(z.enum(decisionMethods)),
  /** Whether legal mental capacity for this decision was assessed. */
  capacityAssessed: z.optional(z.enum(['yes', 'no', 'not-needed'])),
  capacityOutcome: z.optional(longText),
  consultedIds: z._default(z.array(itemIdSchema), []),
  disagreements: voicedText,
  date: z.optional(isoDateSchema),
});
export type Decision = z.infer<typeof decisionSchema>;

/** Something outside the service's control that blocks an outcome. */
export const barrierSchema = z.object({
  id: itemIdSchema,
  /** A key from the definition's barrier themes. */
  theme: z._default(shortText, ''),
  whatHappened: z._default(longText, ''),
  impact: z._default(longText, ''),
  serviceOrSystem: z._default(shortText, ''),
  escalatedTo: z.optional(shortText),
  outcomeIds: z._default(z.array(itemIdSchema), []),
  date: z.optional(isoDateSchema),
});
export type Barrier = z.infer<typeof barrierSchema>;

/** Someone to call. */
export const contactSchema = z.object({
  id: itemIdSchema,
  name: z._default(shortText, ''),
  role: z.optional(shortText),
  phone: z.optional(shortText),
  /** When to call them ("if I am unwell at night"). */
  when: z.optional(shortText),
});
export type Contact = z.infer<typeof contactSchema>;

/** Staying safe: what could go wrong, what to do, who to call (ASC Record standard: Risk). */
export const safetyItemSchema = z.object({
  id: itemIdSchema,
  whatCouldGoWrong: voicedText,
  whatToDo: voicedText,
  contactIds: z._default(z.array(itemIdSchema), []),
});
export type SafetyItem = z.infer<typeof safetyItemSchema>;

export const sharingSchema = z.object({
  /** Whether the person (or someone lawfully for them) agreed to share this plan. */
  consentGiven: z.optional(z.boolean()),
  agreedById: z.optional(itemIdSchema),
  agreedOn: z.optional(isoDateSchema),
  sharedWith: z._default(
    z
      .array(z.object({ id: itemIdSchema, who: z._default(shortText, ''), why: z.optional(shortText) }))
      .check(z.maxLength(50)),
    [],
  ),
});
export type Sharing = z.infer<typeof sharingSchema>;

export const reviewSchema = z.object({
  nextReviewDate: z.optional(isoDateSchema),
  howWeWillKnow: voicedText,
});
export type Review = z.infer<typeof reviewSchema>;

const jsonValue: z.ZodMiniType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue),
    z.record(z.string(), jsonValue),
  ]),
);
/** Any JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * The whole-person plan. One schema is the source of truth; every type is inferred from it.
 * Lists default to empty and texts to '' so a draft is always a valid plan; what a finished
 * plan must contain is the form definition's `required` rule, not the schema's.
 */
export const planSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: itemIdSchema,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  status: z._default(z.enum(['draft', 'submitted']), 'draft'),
  /** The language the person reads their plan in. */
  locale: z._default(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)), 'en'),
  person: z._default(personSchema, { preferredName: '', identifiers: [] }),
  household: z._default(z.array(householdMemberSchema).check(z.maxLength(50)), []),
  contributors: z._default(z.array(contributorSchema).check(z.maxLength(50)), []),
  /** Contributor ids of those who supported the person to write the plan. */
  supportedByIds: z._default(z.array(itemIdSchema), []),
  communication: z._default(communicationSchema, () => communicationSchema.parse({})),
  aboutMe: z._default(aboutMeSchema, () => aboutMeSchema.parse({})),
  needs: z._default(z.array(needSchema).check(z.maxLength(500)), []),
  strengths: z._default(z.array(strengthSchema).check(z.maxLength(500)), []),
  outcomes: z._default(z.array(outcomeSchema).check(z.maxLength(500)), []),
  support: z._default(z.array(supportSchema).check(z.maxLength(500)), []),
  /** Why the right-size support differs from today's (e.g. stepping down, building capacity). */
  rightSizeReason: voicedText,
  decisions: z._default(z.array(decisionSchema).check(z.maxLength(500)), []),
  barriers: z._default(z.array(barrierSchema).check(z.maxLength(500)), []),
  safety: z._default(z.array(safetyItemSchema).check(z.maxLength(500)), []),
  contacts: z._default(z.array(contactSchema).check(z.maxLength(100)), []),
  sharing: z._default(sharingSchema, () => sharingSchema.parse({})),
  review: z._default(reviewSchema, () => reviewSchema.parse({})),
  /** Host-defined extension fields, and unrecognised fields kept from an import. */
  extensions: z._default(z.record(z.string(), jsonValue), {}),
});

/** A whole-person plan, as validated. */
export type Plan = z.infer<typeof planSchema>;

/** A plan as it may be written (defaults not yet applied). */
export type PlanInput = z.input<typeof planSchema>;
