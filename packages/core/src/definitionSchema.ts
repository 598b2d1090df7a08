import * as z from 'zod/mini';
import type { TranslateFn } from './translate.js';

/**
 * The field kinds a question can have. The React package renders each one; a host cannot add
 * kinds, only questions of these kinds.
 *
 * - `text`, `textarea`: a string.
 * - `voicedText`: a `VoicedText` (a textarea plus a whose-voice picker with "in my own words").
 * - `number`: a number.
 * - `radios`, `select`: one option value (a string), from `options` and/or `optionsFrom`.
 * - `checkboxes`: several option values. Where the plan keeps objects (e.g.
 *   `communication.accessibleFormats`) each checked value is an item `{ kind: value }`; see
 *   `readCheckedValues` / `writeCheckedValues`.
 * - `date`: GOV.UK's day, month and year inputs; the plan keeps an ISO `YYYY-MM-DD` string.
 * - `yesNo`: a boolean, with optional `reveal` questions shown right after it when yes.
 * - `scale`: a whole number from 1 to 10, as native radios.
 * - `list`: repeatable items; `itemQuestions` are the fields of each item.
 * - `links`: checkboxes of another list's items (`linksTo`); the plan keeps their ids.
 * - `supportLadder`: the support list editor, current and right-size side by side.
 * - `readings`: an outcome's list of 1–10 readings, kept side by side, never averaged.
 */
export const fieldKinds = [
  'text',
  'textarea',
  'voicedText',
  'number',
  'radios',
  'checkboxes',
  'select',
  'date',
  'yesNo',
  'scale',
  'list',
  'links',
  'supportLadder',
  'readings',
] as const;

/** One of the field kinds a question can have. */
export type FieldKind = (typeof fieldKinds)[number];

/** Kinds that hold repeatable items and may carry `itemQuestions`. */
export const itemKinds = ['list', 'supportLadder', 'readings'] as const satisfies readonly FieldKind[];

/** Kinds that choose from options and need `options` or `optionsFrom`. */
export const choiceKinds = ['radios', 'checkboxes', 'select'] as const satisfies readonly FieldKind[];

/** Lists in the definition or the plan that a choice question can take its options from. */
export const optionSources = ['lifeAreas', 'ladderRungs', 'barrierThemes', 'contributors'] as const;

/** Where a choice question's options come from, besides its own `options`. */
export type OptionSource = (typeof optionSources)[number];

/** Lists of the plan whose items a `links` question can point at. */
export const linkTargets = ['needs', 'strengths', 'outcomes', 'contributors', 'contacts'] as const;

/** A list of the plan whose items a `links` question points at. */
export type LinkTarget = (typeof linkTargets)[number];

/** The three configurable choice lists of a definition. */
export const choiceLists = ['lifeAreas', 'ladderRungs', 'barrierThemes'] as const;

/** One of the definition's configurable choice lists. */
export type ChoiceList = (typeof choiceLists)[number];

const localePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MAX_WORDING_LENGTH = 2_000;

/**
 * A host's own wording for one text, overriding the i18n key: one string for every language,
 * or one string per locale (`{ en: '…', cy: '…' }`).
 */
export const localTextSchema = z.union([
  z.string().check(z.minLength(1), z.maxLength(MAX_WORDING_LENGTH)),
  z.record(
    z.string().check(z.regex(localePattern)),
    z.string().check(z.minLength(1), z.maxLength(MAX_WORDING_LENGTH)),
  ),
]);

/** A host's literal wording: one string, or one per locale. */
export type LocalText = z.infer<typeof localTextSchema>;

/** A host's rewording of a question or choice: label, hint and easy-read wording. */
export const questionTextSchema = z.strictObject({
  label: z.optional(localTextSchema),
  hint: z.optional(localTextSchema),
  easyRead: z.optional(localTextSchema),
});

/** A host's rewording of a question or choice. */
export type QuestionText = z.infer<typeof questionTextSchema>;

/** A picture key from `@wholepicture/symbols`: lower-case words joined by hyphens. */
export const pictureKeySchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'A picture key is lower-case words joined by hyphens' }),
    z.maxLength(60),
  );

/** A key of a life area, ladder rung or barrier theme: lower-case words joined by hyphens. */
export const choiceKeySchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'A key is lower-case words joined by hyphens' }),
    z.maxLength(60),
  );

/** An entry of a configurable list: a life area, a ladder rung or a barrier theme. */
export const choiceSchema = z.strictObject({
  key: choiceKeySchema,
  picture: pictureKeySchema,
  text: z.optional(questionTextSchema),
});

/** A life area, ladder rung or barrier theme. Its words come from `plan.<list>.<key>.*`. */
export type Choice = z.infer<typeof choiceSchema>;

/** One option of a `radios`, `checkboxes` or `select` question. */
export const optionSchema = z.strictObject({
  value: z.string().check(z.minLength(1), z.maxLength(100)),
  picture: z.optional(pictureKeySchema),
  text: z.optional(z.strictObject({ label: z.optional(localTextSchema) })),
  /** FHIR only (set by `fromQuestionnaire`): the code system of `value`, kept for export. */
  fhir: z.optional(
    z.strictObject({ system: z.optional(z.string().check(z.minLength(1), z.maxLength(500))) }),
  ),
});

/** One option of a choice question. Its label comes from `plan.<path>.options.<value>`. */
export type Option = z.infer<typeof optionSchema>;

/** A question or section id: starts with a letter; letters, digits, `.`, `_` and `-`. */
export const definitionIdSchema = z.string().check(
  z.regex(/^[A-Za-z][A-Za-z0-9._-]*$/, {
    error: 'An id starts with a letter and has only letters, digits, ".", "_" and "-"',
  }),
  z.maxLength(100),
);

/** A dotted plan path without indices, e.g. `aboutMe.goodDay` or `extensions.gpName`. */
export const definitionPathSchema = z.string().check(
  z.regex(/^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/, {
    error: 'A path is dotted names such as "aboutMe.goodDay" (no indices, no spaces)',
  }),
  z.maxLength(200),
);

/**
 * A question: which plan field it writes (`path`), how (`kind`), its picture, and whether it
 * must be answered. Its words come from i18n keys derived from the path (`questionKeys`),
 * unless the host gives its own `text`.
 */
export interface Question {
  /** Unique in the whole definition; the default definition uses the path (`aboutMe.goodDay`). */
  id: string;
  kind: FieldKind;
  /** Dotted plan path; relative to the item for `itemQuestions`. Host fields: `extensions.<name>`. */
  path: string;
  /** Picture key from `@wholepicture/symbols`. */
  picture: string;
  /** Must be answered before the section is complete. @default false */
  required?: boolean | undefined;
  /** Left out of the form, the check-answers page and status. @default false */
  hidden?: boolean | undefined;
  /** The text goes into the person's PDF, so the form offers writing help. @default false */
  reachesPdf?: boolean | undefined;
  /** Longest answer, in characters, for text kinds. */
  maxLength?: number | undefined;
  /** For `date`: the date must be in the past (a date of birth) or the future. */
  dateMustBe?: 'past' | 'future' | undefined;
  /** Options for `radios`, `checkboxes` and `select`, shown before any `optionsFrom` options. */
  options?: Option[] | undefined;
  /** Take (more) options from a configurable list or the plan's contributors. */
  optionsFrom?: OptionSource | undefined;
  /** For `list`, `supportLadder`, `readings`: the fields of each item, paths relative to the item. */
  itemQuestions?: Question[] | undefined;
  /** For `links`: the plan list whose items can be linked. */
  linksTo?: LinkTarget | undefined;
  /** For `yesNo`: questions shown right after it when the answer is yes. */
  reveal?: Question[] | undefined;
  /** The host's own wording, overriding the i18n keys. */
  text?: QuestionText | undefined;
  /** Shown before the label, e.g. `1.` or `(a)` (FHIR `prefix`). */
  prefix?: string | undefined;
  /** Shown but cannot be changed (FHIR `readOnly`). @default false */
  readOnly?: boolean | undefined;
  /** The answer a new plan starts with (FHIR `initial`): text, a number, yes/no or checked values. */
  initial?: InitialValue | undefined;
  /** Asked only when these conditions hold (FHIR `enableWhen`); ids are other questions' ids. */
  enableWhen?: EnableWhen[] | undefined;
  /** Whether all `enableWhen` conditions must hold, or any one. @default 'all' */
  enableBehavior?: 'all' | 'any' | undefined;
  /** FHIR only (set by `fromQuestionnaire`): the item's own linkId and type, kept for export. */
  fhir?: QuestionFhir | undefined;
}

/** The answer a question starts with. */
export type InitialValue = string | number | boolean | string[];

/** Operators of an `enableWhen` condition, as FHIR names them. */
export const enableWhenOperators = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;

/**
 * One condition for asking a question: the answer to question `questionId` compared with
 * `answer` (for `exists`, `answer` is `true` when it must be answered, `false` when not).
 */
export interface EnableWhen {
  questionId: string;
  operator: (typeof enableWhenOperators)[number];
  answer: string | number | boolean;
}

/** FHIR facts about an imported question that our kinds do not carry. */
export interface QuestionFhir {
  /** The Questionnaire item's linkId (our ids must be simpler). */
  linkId?: string | undefined;
  /** The Questionnaire item's type, e.g. `integer` or `dateTime`. */
  type?: string | undefined;
}

const initialValueSchema = z.union([
  z.string().check(z.maxLength(100_000)),
  z.number(),
  z.boolean(),
  z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)),
]);

const enableWhenSchema = z.strictObject({
  questionId: definitionIdSchema,
  operator: z.enum(enableWhenOperators),
  answer: z.union([z.string().check(z.maxLength(1_000)), z.number(), z.boolean()]),
});

const questionFhirSchema = z.strictObject({
  linkId: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
  type: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
});

/** Zod schema of a question (recursive through `itemQuestions` and `reveal`). */
export const questionSchema: z.ZodMiniType<Question> = z.lazy(() =>
  z.strictObject({
    id: definitionIdSchema,
    kind: z.enum(fieldKinds),
    path: definitionPathSchema,
    picture: pictureKeySchema,
    required: z.optional(z.boolean()),
    hidden: z.optional(z.boolean()),
    reachesPdf: z.optional(z.boolean()),
    maxLength: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100_000))),
    dateMustBe: z.optional(z.enum(['past', 'future'])),
    options: z.optional(z.array(optionSchema).check(z.maxLength(200))),
    optionsFrom: z.optional(z.enum(optionSources)),
    itemQuestions: z.optional(z.array(questionSchema).check(z.maxLength(100))),
    linksTo: z.optional(z.enum(linkTargets)),
    reveal: z.optional(z.array(questionSchema).check(z.maxLength(50))),
    text: z.optional(questionTextSchema),
    prefix: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
    readOnly: z.optional(z.boolean()),
    initial: z.optional(initialValueSchema),
    enableWhen: z.optional(z.array(enableWhenSchema).check(z.minLength(1), z.maxLength(20))),
    enableBehavior: z.optional(z.enum(['all', 'any'])),
    fhir: z.optional(questionFhirSchema),
  }),
);

/** A host's rewording of a section: title, easy-read title and hint. */
export const sectionTextSchema = z.strictObject({
  title: z.optional(localTextSchema),
  easyRead: z.optional(localTextSchema),
  hint: z.optional(localTextSchema),
});

/** A host's rewording of a section. */
export type SectionText = z.infer<typeof sectionTextSchema>;

/** A section of the form: one task in the GOV.UK task list. */
export const sectionSchema = z.strictObject({
  id: definitionIdSchema,
  picture: pictureKeySchema,
  text: z.optional(sectionTextSchema),
  hidden: z.optional(z.boolean()),
  questions: z.array(questionSchema).check(z.maxLength(200)),
  /**
   * FHIR only (set by `fromQuestionnaire`): the group's linkId, or `grouped: false` for a section
   * made of a Questionnaire's top-level questions, which export without a group around them.
   */
  fhir: z.optional(
    z.strictObject({
      linkId: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
      grouped: z.optional(z.boolean()),
    }),
  ),
});

/** A section of the form. Its words come from `plan.sections.<id>.*` (`sectionKeys`). */
export type Section = z.infer<typeof sectionSchema>;

/** The form definition: sections of questions, and the configurable choice lists. */
export const definitionSchema = z.strictObject({
  /** Names the definition, e.g. `whole-person-picture` or a host's variant. */
  id: definitionIdSchema,
  /** The definition's own version, for hosts that keep several. */
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  lifeAreas: z.array(choiceSchema).check(z.minLength(1), z.maxLength(100)),
  ladderRungs: z.array(choiceSchema).check(z.minLength(1), z.maxLength(100)),
  barrierThemes: z.array(choiceSchema).check(z.minLength(1), z.maxLength(100)),
  sections: z.array(sectionSchema).check(z.minLength(1), z.maxLength(100)),
  /** FHIR only (set by `fromQuestionnaire`): the imported Questionnaire's canonical url and version. */
  fhir: z.optional(
    z.strictObject({
      url: z.optional(z.string().check(z.minLength(1), z.maxLength(1_000))),
      version: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    }),
  ),
});

/** A form definition (DESIGN.md §4). */
export type FormDefinition = z.infer<typeof definitionSchema>;

/** The i18n keys of a question's or choice's words. */
export interface TextKeys {
  label: string;
  hint: string;
  easyRead: string;
}

/** A plan path with list indices removed: `needs[2].description` → `needs.description`. */
export function keyPath(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

/** Joins a parent path (e.g. a list's) and a path relative to it. */
export function joinPath(parentPath: string | undefined, path: string): string {
  return parentPath ? `${parentPath}.${path}` : path;
}

/**
 * The i18n keys of a question's words, derived from its path: `plan.<path>.label|hint|easyRead`.
 * For a list item's field pass the list's path: `questionKeys(description, 'needs')` →
 * `plan.needs.description.label`. Indices in `parentPath` are ignored.
 */
export function questionKeys(question: Pick<Question, 'path'>, parentPath?: string): TextKeys {
  const base = `plan.${keyPath(joinPath(parentPath, question.path))}`;
  return { label: `${base}.label`, hint: `${base}.hint`, easyRead: `${base}.easyRead` };
}

/** The i18n key of a choice question's option label: `plan.<path>.options.<value>`. */
export function optionKey(question: Pick<Question, 'path'>, value: string, parentPath?: string): string {
  return `plan.${keyPath(joinPath(parentPath, question.path))}.options.${value}`;
}

/** The i18n key of a question's specific "required" message, `plan.<path>.required`. */
export function requiredKey(question: Pick<Question, 'path'>, parentPath?: string): string {
  return `plan.${keyPath(joinPath(parentPath, question.path))}.required`;
}

/** The i18n keys of a section's words: `plan.sections.<id>.title|easyRead|hint`. */
export function sectionKeys(section: Pick<Section, 'id'>): {
  title: string;
  easyRead: string;
  hint: string;
} {
  const base = `plan.sections.${section.id}`;
  return { title: `${base}.title`, easyRead: `${base}.easyRead`, hint: `${base}.hint` };
}

/** The i18n key prefix of a life area, ladder rung or barrier theme: `plan.lifeAreas.home`. */
export function choiceKey(list: ChoiceList, key: string): string {
  return `plan.${list}.${key}`;
}

/** The i18n keys of a choice's words: `plan.<list>.<key>.label|hint|easyRead`. */
export function choiceKeys(list: ChoiceList, key: string): TextKeys {
  const base = choiceKey(list, key);
  return { label: `${base}.label`, hint: `${base}.hint`, easyRead: `${base}.easyRead` };
}

function pickLocal(text: LocalText, locale: string): string | undefined {
  if (typeof text === 'string') return text;
  if (Object.hasOwn(text, locale)) return text[locale];
  const language = locale.split('-')[0] ?? locale;
  if (Object.hasOwn(text, language)) return text[language];
  return undefined;
}

function fallbackLocal(text: LocalText | undefined): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  if (Object.hasOwn(text, 'en')) return text['en'];
  return Object.values(text)[0];
}

/**
 * The words to show: the host's wording for `locale` if given, else `t(key)`. When the key is
 * missing too (a host question with wording in another language only), the host's English or
 * first wording, so nobody sees a raw key where the host wrote words.
 */
export function resolveText(
  text: LocalText | undefined,
  key: string,
  t: TranslateFn,
  locale: string,
): string {
  const own = text === undefined ? undefined : pickLocal(text, locale);
  if (own !== undefined) return own;
  const translated = t(key);
  if (translated !== key) return translated;
  return fallbackLocal(text) ?? translated;
}

/**
 * Like `resolveText`, for optional words (hints): `undefined` when neither the host nor the
 * resources have any, instead of the raw key.
 */
export function resolveOptionalText(
  text: LocalText | undefined,
  key: string,
  t: TranslateFn,
  locale: string,
): string | undefined {
  const words = resolveText(text, key, t, locale);
  return words === key || words === '' ? undefined : words;
}
