import {
  choiceKeys,
  joinPath,
  optionKey,
  questionKeys,
  resolveOptionalText,
  resolveText,
  sectionKeys,
} from '../definitionSchema.js';
import type { FormDefinition, LocalText, Question, Section } from '../definitionSchema.js';
import { enForm } from '../locales/enForm.js';
import { createTranslator } from '../translate.js';
import type { TranslateFn } from '../translate.js';
import type {
  FhirAnswerOption,
  FhirElement,
  FhirEnableWhen,
  FhirExtension,
  FhirItemType,
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirValue,
} from './fhirTypes.js';
import { fhirUrls } from './fhirUrls.js';
import {
  allQuestions,
  choiceListSystems,
  choiceValue,
  isGrouped,
  optionSystem,
  questionLinkId,
  sectionLinkId,
} from './fhirLinkIds.js';

/** Options for {@link toQuestionnaire}. */
export interface ToQuestionnaireOptions {
  /** Translates the main wording. @default English, from core's resources */
  t?: TranslateFn;
  /** The language of `t`'s wording. @default 'en' */
  language?: string;
  /**
   * Other languages, as FHIR `translation` extensions: locale → translator, e.g.
   * `{ cy: createTranslator(cy, 'cy') }` with `cy` from `@wholepicture/core/locales/cy`.
   * Not built in, so a host that exports FHIR bundles only the languages it passes.
   * @default none
   */
  locales?: Record<string, TranslateFn>;
}

interface Context {
  definition: FormDefinition;
  t: TranslateFn;
  language: string;
  locales: [string, TranslateFn][];
  linkIds: Map<string, string>;
  kinds: Map<string, Question>;
}

/** FHIR ids are at most 64 letters, digits, `-` and `.`. */
function fhirId(id: string): string {
  return id.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64) || 'questionnaire';
}

/** The translations of one wording, as `translation` extensions (empty when there are none). */
function translations(
  ctx: Context,
  main: string,
  words: (t: TranslateFn, locale: string) => string | undefined,
): FhirElement | undefined {
  const extension: FhirExtension[] = [];
  for (const [locale, t] of ctx.locales) {
    const content = words(t, locale);
    if (content === undefined || content === '' || content === main) continue;
    extension.push({
      url: fhirUrls.translation,
      extension: [
        { url: 'lang', valueCode: locale },
        { url: 'content', valueString: content },
      ],
    });
  }
  return extension.length > 0 ? { extension } : undefined;
}

function textOf(
  ctx: Context,
  own: LocalText | undefined,
  key: string,
): { text: string; _text?: FhirElement } {
  const text = resolveText(own, key, ctx.t, ctx.language);
  const element = translations(ctx, text, (t, locale) => resolveOptionalText(own, key, t, locale));
  return element ? { text, _text: element } : { text };
}

function picture(key: string, url: string = fhirUrls.itemMedia): FhirExtension {
  return {
    url,
    valueAttachment: { contentType: 'image/svg+xml', url: `${fhirUrls.picturePrefix}${key}`, title: key },
  };
}

function helpItem(
  ctx: Context,
  linkId: string,
  own: LocalText | undefined,
  key: string,
): FhirQuestionnaireItem | undefined {
  const hint = resolveOptionalText(own, key, ctx.t, ctx.language);
  if (hint === undefined) return undefined;
  const element = translations(ctx, hint, (t, locale) => resolveOptionalText(own, key, t, locale));
  return {
    linkId: `${linkId}/help`,
    type: 'display',
    text: hint,
    ...(element ? { _text: element } : {}),
    extension: [
      {
        url: fhirUrls.itemControl,
        valueCodeableConcept: {
          coding: [{ system: fhirUrls.itemControlSystem, code: 'help', display: 'Help-Button' }],
        },
      },
    ],
  };
}

function itemControl(code: string): FhirExtension {
  return {
    url: fhirUrls.itemControl,
    valueCodeableConcept: { coding: [{ system: fhirUrls.itemControlSystem, code }] },
  };
}

function itemType(question: Question): FhirItemType {
  switch (question.kind) {
    case 'text':
      return question.fhir?.type === 'url' ? 'url' : 'string';
    case 'textarea':
    case 'voicedText':
      return 'text';
    case 'number':
      return question.fhir?.type === 'integer' ? 'integer' : 'decimal';
    case 'scale':
      return 'integer';
    case 'date':
      return 'date';
    case 'yesNo':
      return 'boolean';
    case 'radios':
    case 'select':
    case 'checkboxes':
      return question.optionsFrom === 'contributors' ? 'open-choice' : 'choice';
    case 'links':
      return 'string';
    case 'list':
    case 'supportLadder':
    case 'readings':
      return 'group';
  }
}

function answerOptions(ctx: Context, question: Question, parentPath: string | undefined): FhirAnswerOption[] {
  const options: FhirAnswerOption[] = [];
  for (const option of question.options ?? []) {
    const key = optionKey(question, option.value, parentPath);
    const display = resolveText(option.text?.label, key, ctx.t, ctx.language);
    const element = translations(ctx, display, (t, locale) =>
      resolveOptionalText(option.text?.label, key, t, locale),
    );
    options.push({
      valueCoding: {
        system: option.fhir?.system ?? optionSystem(question),
        code: option.value,
        display,
        ...(element ? { _display: element } : {}),
      },
      ...(option.picture ? { extension: [picture(option.picture, fhirUrls.itemAnswerMedia)] } : {}),
    });
  }
  const from = question.optionsFrom;
  if (from && from !== 'contributors') {
    for (const choice of ctx.definition[from]) {
      const key = choiceKeys(from, choice.key).label;
      const display = resolveText(choice.text?.label, key, ctx.t, ctx.language);
      const element = translations(ctx, display, (t, locale) =>
        resolveOptionalText(choice.text?.label, key, t, locale),
      );
      options.push({
        valueCoding: {
          system: choiceListSystems[from],
          code: choice.key,
          display,
          ...(element ? { _display: element } : {}),
        },
        extension: [picture(choice.picture, fhirUrls.itemAnswerMedia)],
      });
    }
  }
  return options;
}

function initialValues(ctx: Context, question: Question): FhirValue[] | undefined {
  const initial = question.initial;
  if (initial === undefined) return undefined;
  const values = Array.isArray(initial) ? initial : [initial];
  const out: FhirValue[] = [];
  for (const value of values) {
    if (typeof value === 'boolean') out.push({ valueBoolean: value });
    else if (typeof value === 'number') {
      out.push(
        itemType(question) === 'integer' && Number.isInteger(value)
          ? { valueInteger: value }
          : { valueDecimal: value },
      );
    } else if (value === '') continue;
    else if (['radios', 'select', 'checkboxes'].includes(question.kind))
      out.push(choiceValue(question, value));
    else if (question.kind === 'date') out.push({ valueDate: value });
    else out.push({ valueString: value });
  }
  return out.length > 0 ? out : undefined;
}

function enableWhen(ctx: Context, question: Question): FhirEnableWhen[] | undefined {
  if (!question.enableWhen) return undefined;
  const out: FhirEnableWhen[] = [];
  for (const condition of question.enableWhen) {
    const linkId = ctx.linkIds.get(condition.questionId);
    const target = ctx.kinds.get(condition.questionId);
    if (linkId === undefined || target === undefined) continue;
    const { operator, answer } = condition;
    const when: FhirEnableWhen = { question: linkId, operator };
    if (operator === 'exists' || typeof answer === 'boolean') when.answerBoolean = Boolean(answer);
    else if (typeof answer === 'number') {
      if (itemType(target) === 'integer' && Number.isInteger(answer)) when.answerInteger = answer;
      else when.answerDecimal = answer;
    } else if (['radios', 'select', 'checkboxes'].includes(target.kind)) {
      const value = choiceValue(target, answer);
      if (value.valueCoding) when.answerCoding = value.valueCoding;
      else when.answerString = answer;
    } else if (target.kind === 'date') when.answerDate = answer;
    else when.answerString = answer;
    out.push(when);
  }
  return out.length > 0 ? out : undefined;
}

function questionItems(
  ctx: Context,
  question: Question,
  parentPath: string | undefined,
  extraEnableWhen?: FhirEnableWhen,
): FhirQuestionnaireItem[] {
  const keys = questionKeys(question, parentPath);
  const linkId = questionLinkId(question);
  const type = itemType(question);
  const extension: FhirExtension[] = [picture(question.picture)];
  extension.push({ url: fhirUrls.planPath, valueString: joinPath(parentPath, question.path) });
  if (question.hidden) extension.push({ url: fhirUrls.hidden, valueBoolean: true });
  if (question.reachesPdf) extension.push({ url: fhirUrls.reachesPdf, valueBoolean: true });
  if (question.dateMustBe) extension.push({ url: fhirUrls.dateMustBe, valueCode: question.dateMustBe });
  if (question.kind === 'select') extension.push(itemControl('drop-down'));
  if (question.kind === 'radios') extension.push(itemControl('radio-button'));
  if (question.kind === 'checkboxes') extension.push(itemControl('check-box'));
  if (question.kind === 'scale') {
    extension.push({ url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 1 });
    extension.push({ url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: 10 });
  }
  if (question.kind === 'links' && question.linksTo)
    extension.push({ url: fhirUrls.linksTo, valueCode: question.linksTo });
  if (question.optionsFrom === 'contributors')
    extension.push({ url: fhirUrls.optionsFrom, valueCode: 'contributors' });
  const easyRead = resolveOptionalText(question.text?.easyRead, keys.easyRead, ctx.t, ctx.language);
  if (easyRead !== undefined) {
    const element = translations(ctx, easyRead, (t, locale) =>
      resolveOptionalText(question.text?.easyRead, keys.easyRead, t, locale),
    );
    extension.push({
      url: fhirUrls.easyRead,
      valueString: easyRead,
      ...(element ? { _valueString: element } : {}),
    });
  }

  const item: FhirQuestionnaireItem = {
    linkId,
    type,
    ...textOf(ctx, question.text?.label, keys.label),
    extension,
  };
  if (question.prefix) item.prefix = question.prefix;
  if (question.required) item.required = true;
  if (type === 'group' || question.kind === 'checkboxes' || question.kind === 'links') item.repeats = true;
  if (question.readOnly) item.readOnly = true;
  if (question.maxLength && ['string', 'text', 'url'].includes(type)) item.maxLength = question.maxLength;
  const conditions = [...(extraEnableWhen ? [extraEnableWhen] : []), ...(enableWhen(ctx, question) ?? [])];
  if (conditions.length > 0) {
    item.enableWhen = conditions;
    if (conditions.length > 1)
      item.enableBehavior = extraEnableWhen ? 'all' : (question.enableBehavior ?? 'all');
  }
  if (type === 'choice' || type === 'open-choice') {
    const options = answerOptions(ctx, question, parentPath);
    if (options.length > 0) item.answerOption = options;
  }
  const initial = type === 'group' ? undefined : initialValues(ctx, question);
  if (initial)
    item.initial =
      question.kind === 'checkboxes' || question.kind === 'links' ? initial : initial.slice(0, 1);

  const children: FhirQuestionnaireItem[] = [];
  const help = helpItem(ctx, linkId, question.text?.hint, keys.hint);
  if (help) children.push(help);
  if (question.itemQuestions) {
    const listPath = joinPath(parentPath, question.path);
    for (const child of question.itemQuestions) children.push(...questionItems(ctx, child, listPath));
  }
  if (children.length > 0) item.item = children;

  const out = [item];
  // GOV.UK-style reveals become standard enableWhen siblings, asked when the answer is yes.
  for (const revealed of question.reveal ?? []) {
    out.push(
      ...questionItems(ctx, revealed, parentPath, { question: linkId, operator: '=', answerBoolean: true }),
    );
  }
  return out;
}

function sectionItems(ctx: Context, section: Section): FhirQuestionnaireItem[] {
  const questions = section.questions.flatMap((question) => questionItems(ctx, question, undefined));
  if (!isGrouped(section)) return questions;
  const keys = sectionKeys(section);
  const linkId = sectionLinkId(section);
  const extension: FhirExtension[] = [picture(section.picture)];
  if (section.hidden) extension.push({ url: fhirUrls.hidden, valueBoolean: true });
  const easyRead = resolveOptionalText(section.text?.easyRead, keys.easyRead, ctx.t, ctx.language);
  if (easyRead !== undefined) {
    const element = translations(ctx, easyRead, (t, locale) =>
      resolveOptionalText(section.text?.easyRead, keys.easyRead, t, locale),
    );
    extension.push({
      url: fhirUrls.easyRead,
      valueString: easyRead,
      ...(element ? { _valueString: element } : {}),
    });
  }
  const help = helpItem(ctx, linkId, section.text?.hint, keys.hint);
  const children = [...(help ? [help] : []), ...questions];
  return [
    {
      linkId,
      type: 'group',
      ...textOf(ctx, section.text?.title, keys.title),
      extension,
      ...(children.length > 0 ? { item: children } : {}),
    },
  ];
}

/**
 * A FHIR R4 Questionnaire for a form definition: sections become groups, list questions
 * repeating groups, reveals `enableWhen`; pictures are SDC `itemMedia`, hints `help` items,
 * other languages `translation` extensions. Makes no network request: urls are names only.
 */
export function toQuestionnaire(
  definition: FormDefinition,
  options: ToQuestionnaireOptions = {},
): FhirQuestionnaire {
  const language = options.language ?? 'en';
  const t = options.t ?? createTranslator(enForm, 'en');
  const locales = options.locales ?? {};
  const linkIds = new Map<string, string>();
  const kinds = new Map<string, Question>();
  for (const question of allQuestions(definition.sections)) {
    linkIds.set(question.id, questionLinkId(question));
    kinds.set(question.id, question);
  }
  const ctx: Context = {
    definition,
    t,
    language,
    locales: Object.entries(locales).filter(([locale]) => locale !== language),
    linkIds,
    kinds,
  };
  return {
    resourceType: 'Questionnaire',
    id: fhirId(definition.id),
    url: definition.fhir?.url ?? `${fhirUrls.questionnaireBase}/${definition.id}`,
    version: definition.fhir?.version ?? definition.version,
    name: definition.id.replace(/[^A-Za-z0-9_]/g, '_').replace(/^[^A-Za-z]/, 'Q'),
    status: 'active',
    language,
    item: definition.sections.flatMap((section) => sectionItems(ctx, section)),
  };
}
