import { defaultBarrierThemes, defaultLadderRungs, defaultLifeAreas } from '../defaultDefinition.js';
import { enableWhenOperators } from '../definitionSchema.js';
import type {
  EnableWhen,
  FormDefinition,
  InitialValue,
  LocalText,
  Option,
  Question,
  Section,
} from '../definitionSchema.js';
import { parseDefinition } from '../parseDefinition.js';
import { createPlanIssue } from '../planIssue.js';
import type { PlanIssue } from '../planIssue.js';
import { isForbiddenKey } from '../planPath.js';
import { fhirUrls } from './fhirUrls.js';
import { plainTextFromXhtml } from './plainTextFromXhtml.js';

/** Something in an imported Questionnaire that our form does not carry, by the item's linkId. */
export interface IgnoredFhir {
  /** The item's linkId, or `''` for the Questionnaire itself. */
  linkId: string;
  /** What was left out, in plain words. */
  what: string;
}

/** The result of {@link fromQuestionnaire}. */
export type FromQuestionnaireResult =
  { ok: true; definition: FormDefinition; ignored: IgnoredFhir[] } | { ok: false; issues: PlanIssue[] };

type Json = Record<string, unknown>;

const MAX_WORDING = 2_000;
const MAX_ITEMS = 2_000;
const MAX_DEPTH = 20;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Json, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function controlCode(item: Json): string | undefined {
  for (const extension of list(own(item, 'extension'))) {
    if (!isRecord(extension) || own(extension, 'url') !== fhirUrls.itemControl) continue;
    const concept = own(extension, 'valueCodeableConcept');
    for (const coding of isRecord(concept) ? list(own(concept, 'coding')) : []) {
      if (isRecord(coding) && typeof own(coding, 'code') === 'string') return own(coding, 'code') as string;
    }
  }
  return undefined;
}

const itemKeys = new Set([
  'id',
  'linkId',
  'type',
  'text',
  '_text',
  'prefix',
  'required',
  'repeats',
  'readOnly',
  'maxLength',
  'enableWhen',
  'enableBehavior',
  'answerOption',
  'answerValueSet',
  'initial',
  'item',
  'extension',
]);

/** Extensions read (or knowingly used) here; any other is reported as ignored. */
const readExtensions = new Set<string>([fhirUrls.itemControl, fhirUrls.hidden, fhirUrls.itemMedia]);

interface State {
  ignored: IgnoredFhir[];
  ids: Set<string>;
  names: Set<string>;
  /** linkId → our question id, for enableWhen. */
  linkIds: Map<string, string>;
  language: string;
  contained: Map<string, Json>;
  count: number;
}

function ignore(state: State, linkId: string, what: string): void {
  if (!state.ignored.some((entry) => entry.linkId === linkId && entry.what === what))
    state.ignored.push({ linkId, what });
}

function clip(state: State, linkId: string, text: string, what: string, max = MAX_WORDING): string {
  if (text.length <= max) return text;
  ignore(state, linkId, `${what} after ${max} characters`);
  return text.slice(0, max);
}

function uniqueId(state: State, linkId: string): string {
  let base = linkId.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 80);
  if (!/^[A-Za-z]/.test(base)) base = `q${base}`;
  let id = base;
  for (let n = 2; state.ids.has(id); n++) id = `${base}-${n}`;
  state.ids.add(id);
  return id;
}

function uniqueName(state: State, linkId: string, scope: Set<string> = state.names): string {
  let base = linkId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);
  if (!/^[A-Za-z_]/.test(base)) base = `q_${base}`;
  if (isForbiddenKey(base) || base.startsWith('x-')) base = `q_${base}`;
  let name = base;
  for (let n = 2; scope.has(name); n++) name = `${base}_${n}`;
  scope.add(name);
  return name;
}

/** The item's words: `text` (plain), else its XHTML as plain text, with translations. */
function wording(state: State, item: Json, linkId: string, what: string): LocalText | undefined {
  const element = own(item, '_text');
  let text = str(own(item, 'text'));
  const translations: Record<string, string> = {};
  for (const extension of isRecord(element) ? list(own(element, 'extension')) : []) {
    if (!isRecord(extension)) continue;
    const url = own(extension, 'url');
    if (url === fhirUrls.renderingXhtml) {
      const xhtml = own(extension, 'valueString');
      if (typeof xhtml === 'string') {
        ignore(state, linkId, 'XHTML formatting (shown as plain text)');
        text ??= str(plainTextFromXhtml(xhtml));
      }
    } else if (url === fhirUrls.translation) {
      let lang: string | undefined;
      let content: string | undefined;
      for (const part of list(own(extension, 'extension'))) {
        if (!isRecord(part)) continue;
        if (own(part, 'url') === 'lang') lang = str(own(part, 'valueCode'));
        if (own(part, 'url') === 'content') content = str(own(part, 'valueString'));
      }
      if (lang && content && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) {
        translations[lang] = clip(state, linkId, content, `${what} (${lang})`);
      } else ignore(state, linkId, 'a translation without a language code');
    } else if (typeof url === 'string') ignore(state, linkId, `extension ${url} on the ${what}`);
  }
  if (text === undefined) return Object.keys(translations).length > 0 ? translations : undefined;
  const main = clip(state, linkId, text, what);
  if (Object.keys(translations).length === 0) return main;
  return { [state.language]: main, ...translations };
}

function optionFrom(state: State, linkId: string, source: Json, seen: Set<string>): Option | undefined {
  const coding = own(source, 'valueCoding');
  let value: string | undefined;
  let label: string | undefined;
  let system: string | undefined;
  if (isRecord(coding)) {
    value = str(own(coding, 'code'));
    label = str(own(coding, 'display'));
    system = str(own(coding, 'system'));
  } else {
    for (const key of ['valueString', 'valueInteger', 'valueDate', 'valueTime']) {
      const raw = own(source, key);
      if (typeof raw === 'string' || typeof raw === 'number') value = str(String(raw));
    }
    label = value;
  }
  if (value === undefined || value.length > 100) {
    ignore(state, linkId, 'an answer option with no usable code');
    return undefined;
  }
  if (seen.has(value)) {
    ignore(state, linkId, `a second answer option with the code ${value}`);
    return undefined;
  }
  seen.add(value);
  const option: Option = { value };
  if (label) option.text = { label: clip(state, linkId, label, 'option wording') };
  if (system && system.length <= 500) option.fhir = { system };
  for (const extension of list(own(source, 'extension'))) {
    if (!isRecord(extension)) continue;
    const url = own(extension, 'url');
    const attachment = own(extension, 'valueAttachment');
    const pictureUrl = isRecord(attachment) ? str(own(attachment, 'url')) : undefined;
    if (url === fhirUrls.itemAnswerMedia && pictureUrl?.startsWith(fhirUrls.picturePrefix)) {
      option.picture = pictureUrl.slice(fhirUrls.picturePrefix.length);
    } else if (typeof url === 'string') ignore(state, linkId, `extension ${url} on an answer option`);
  }
  return option;
}

function optionsOf(state: State, item: Json, linkId: string): Option[] | undefined {
  const seen = new Set<string>();
  const options: Option[] = [];
  for (const source of list(own(item, 'answerOption'))) {
    if (!isRecord(source)) continue;
    const option = optionFrom(state, linkId, source, seen);
    if (option) options.push(option);
  }
  const valueSet = str(own(item, 'answerValueSet'));
  if (valueSet) {
    const contained = valueSet.startsWith('#') ? state.contained.get(valueSet.slice(1)) : undefined;
    if (!contained)
      ignore(
        state,
        linkId,
        `answer value set ${valueSet.slice(0, 200)} (only contained value sets are read; nothing is fetched)`,
      );
    else {
      const compose = own(contained, 'compose');
      for (const include of isRecord(compose) ? list(own(compose, 'include')) : []) {
        if (!isRecord(include)) continue;
        const system = own(include, 'system');
        for (const concept of list(own(include, 'concept'))) {
          if (!isRecord(concept)) continue;
          const option = optionFrom(state, linkId, { valueCoding: { ...concept, system } }, seen);
          if (option) options.push(option);
        }
        if (own(include, 'filter') !== undefined || own(include, 'valueSet') !== undefined) {
          ignore(state, linkId, 'value set filters and included value sets');
        }
      }
      const expansion = own(contained, 'expansion');
      for (const entry of isRecord(expansion) ? list(own(expansion, 'contains')) : []) {
        if (!isRecord(entry)) continue;
        const option = optionFrom(state, linkId, { valueCoding: entry }, seen);
        if (option) options.push(option);
      }
    }
  }
  if (options.length > 200) {
    ignore(state, linkId, `answer options after the first 200`);
    return options.slice(0, 200);
  }
  return options.length > 0 ? options : undefined;
}

function initialOf(state: State, item: Json, linkId: string, repeats: boolean): InitialValue | undefined {
  const values: (string | number | boolean)[] = [];
  for (const initial of list(own(item, 'initial'))) {
    if (!isRecord(initial)) continue;
    const coding = own(initial, 'valueCoding');
    if (isRecord(coding) && typeof own(coding, 'code') === 'string')
      values.push(own(coding, 'code') as string);
    for (const key of [
      'valueBoolean',
      'valueDecimal',
      'valueInteger',
      'valueDate',
      'valueDateTime',
      'valueString',
      'valueUri',
    ]) {
      const value = own(initial, key);
      if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
        values.push(value);
      else if (typeof value === 'string')
        values.push(key === 'valueDateTime' ? value.slice(0, 10) : value.slice(0, 100_000));
    }
  }
  if (values.length === 0) {
    if (own(item, 'initial') !== undefined)
      ignore(state, linkId, 'an initial value of a type we do not keep');
    return undefined;
  }
  if (repeats)
    return values
      .filter((value): value is string => typeof value === 'string')
      .map((value) => value.slice(0, 100))
      .slice(0, 200);
  if (values.length > 1) ignore(state, linkId, 'initial values after the first');
  return values[0];
}

interface Pending {
  question: Question;
  raw: unknown[];
  behavior: unknown;
}

/** Items converted to questions, plus display texts waiting for the next question. */
interface Level {
  questions: Question[];
  lead: string[];
  pending: Pending[];
  scope: 'extensions' | 'item';
  names: Set<string>;
  /** enableWhen conditions of flattened groups around these questions (raw FHIR). */
  conditions: unknown[];
}

function hintFrom(state: State, item: Json, linkId: string, lead: string[]): LocalText | undefined {
  const parts = [...lead];
  for (const child of list(own(item, 'item'))) {
    if (!isRecord(child) || own(child, 'type') !== 'display') continue;
    const words = wording(state, child, str(own(child, 'linkId')) ?? linkId, 'help text');
    const text = typeof words === 'string' ? words : words ? Object.values(words)[0] : undefined;
    if (text) parts.push(text);
  }
  return parts.length > 0 ? clip(state, linkId, parts.join('\n'), 'help text') : undefined;
}

function convertItem(state: State, raw: unknown, level: Level, depth: number): void {
  if (++state.count > MAX_ITEMS) {
    if (state.count === MAX_ITEMS + 1) ignore(state, '', `items after the first ${MAX_ITEMS}`);
    return;
  }
  if (!isRecord(raw)) {
    ignore(state, '', 'an item that is not an object');
    return;
  }
  const linkId = typeof own(raw, 'linkId') === 'string' ? (own(raw, 'linkId') as string).slice(0, 255) : '';
  if (linkId === '') {
    ignore(state, '', 'an item with no linkId');
    return;
  }
  const type = own(raw, 'type');
  for (const key of Object.keys(raw)) if (!itemKeys.has(key)) ignore(state, linkId, `"${key.slice(0, 50)}"`);
  for (const extension of list(own(raw, 'extension'))) {
    const url = isRecord(extension) ? own(extension, 'url') : undefined;
    if (typeof url === 'string' && !readExtensions.has(url))
      ignore(state, linkId, `extension ${url.slice(0, 300)}`);
  }
  const control = controlCode(raw);
  if (control && !['help', 'drop-down', 'radio-button', 'check-box', 'list'].includes(control)) {
    ignore(state, linkId, `item control ${control}`);
  }

  if (type === 'display') {
    if (control === 'help') return;
    const words = wording(state, raw, linkId, 'text');
    const text = typeof words === 'string' ? words : words ? Object.values(words)[0] : undefined;
    if (text) level.lead.push(text);
    return;
  }
  const children = list(own(raw, 'item'));
  if (type === 'group' && own(raw, 'repeats') !== true) {
    if (depth >= MAX_DEPTH) {
      ignore(state, linkId, 'groups nested too deeply');
      return;
    }
    ignore(state, linkId, 'the group around its questions (they are imported one after another)');
    const heading = wording(state, raw, linkId, 'heading');
    const text = typeof heading === 'string' ? heading : heading ? Object.values(heading)[0] : undefined;
    if (text) level.lead.push(text);
    // The group's own conditions still apply to every question that was in it.
    const conditions = list(own(raw, 'enableWhen'));
    if (conditions.length > 1 && own(raw, 'enableBehavior') === 'any') {
      ignore(state, linkId, "enableBehavior any (its questions need all the group's conditions)");
    }
    const inner: Level = { ...level, conditions: [...level.conditions, ...conditions] };
    for (const child of children) convertItem(state, child, inner, depth + 1);
    return;
  }

  const repeats = own(raw, 'repeats') === true;
  const name = uniqueName(state, linkId, level.names);
  const id = uniqueId(state, linkId);
  state.linkIds.set(linkId, id);
  const question: Question = {
    id,
    kind: 'text',
    path: level.scope === 'extensions' ? `extensions.${name}` : name,
    picture: 'question',
    fhir: { linkId },
  };
  const label = wording(state, raw, linkId, 'text');
  question.text = { label: label ?? clip(state, linkId, linkId, 'text') };
  const hint = hintFrom(state, raw, linkId, level.lead.splice(0));
  if (hint) question.text.hint = hint;

  switch (type) {
    case 'group': {
      question.kind = 'list';
      const inner: Level = {
        questions: [],
        lead: [],
        pending: level.pending,
        scope: 'item',
        names: new Set(['id']),
        conditions: [],
      };
      for (const child of children) convertItem(state, child, inner, depth + 1);
      if (inner.lead.length > 0) ignore(state, linkId, 'display text after the last question of the group');
      if (inner.questions.length > 100) ignore(state, linkId, 'questions after the first 100 of the group');
      question.itemQuestions = inner.questions.slice(0, 100);
      if (question.itemQuestions.length === 0) {
        ignore(state, linkId, 'a repeating group with no questions we can ask');
        state.linkIds.delete(linkId);
        return;
      }
      break;
    }
    case 'boolean':
      question.kind = 'yesNo';
      break;
    case 'decimal':
      question.kind = 'number';
      break;
    case 'integer':
      question.kind = 'number';
      question.fhir = { linkId, type: 'integer' };
      break;
    case 'date':
      question.kind = 'date';
      break;
    case 'dateTime':
      question.kind = 'date';
      ignore(state, linkId, 'the time of day (a dateTime is asked as a date)');
      break;
    case 'string':
    case 'url':
      question.kind = 'text';
      if (type === 'url') question.fhir = { linkId, type: 'url' };
      break;
    case 'text':
      question.kind = 'textarea';
      break;
    case 'choice':
    case 'open-choice': {
      const options = optionsOf(state, raw, linkId);
      if (type === 'open-choice')
        ignore(state, linkId, 'free-text "other" answers (open-choice is asked as a choice)');
      if (!options) {
        ignore(state, linkId, 'the choice (no answer options could be read, so it is asked as text)');
        question.kind = 'text';
      } else {
        question.options = options;
        question.kind = repeats ? 'checkboxes' : control === 'drop-down' ? 'select' : 'radios';
      }
      break;
    }
    default:
      ignore(state, linkId, `a question of type ${typeof type === 'string' ? type.slice(0, 40) : 'unknown'}`);
      state.linkIds.delete(linkId);
      return;
  }
  if (repeats && !['list', 'checkboxes'].includes(question.kind))
    ignore(state, linkId, 'more than one answer (one is asked)');
  if (own(raw, 'required') === true) question.required = true;
  if (own(raw, 'readOnly') === true) question.readOnly = true;
  const prefix = str(own(raw, 'prefix'));
  if (prefix) question.prefix = clip(state, linkId, prefix, 'prefix', 50);
  const maxLength = own(raw, 'maxLength');
  if (
    typeof maxLength === 'number' &&
    Number.isInteger(maxLength) &&
    maxLength >= 1 &&
    ['text', 'textarea'].includes(question.kind)
  ) {
    question.maxLength = Math.min(maxLength, 100_000);
  }
  for (const extension of list(own(raw, 'extension'))) {
    if (!isRecord(extension)) continue;
    if (own(extension, 'url') === fhirUrls.hidden && own(extension, 'valueBoolean') === true)
      question.hidden = true;
    const attachment = own(extension, 'valueAttachment');
    const pictureUrl = isRecord(attachment) ? str(own(attachment, 'url')) : undefined;
    if (own(extension, 'url') === fhirUrls.itemMedia) {
      const key = pictureUrl?.startsWith(fhirUrls.picturePrefix)
        ? pictureUrl.slice(fhirUrls.picturePrefix.length)
        : undefined;
      if (key && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(key) && key.length <= 60) question.picture = key;
      else ignore(state, linkId, 'a picture that is not one of ours (nothing is fetched)');
    }
  }
  if (question.kind !== 'list') {
    const initial = initialOf(state, raw, linkId, question.kind === 'checkboxes');
    if (initial !== undefined) question.initial = initial;
    for (const child of children) {
      if (isRecord(child) && own(child, 'type') === 'display') continue;
      ignore(state, linkId, 'nesting of questions under it (they are imported after it)');
    }
  }
  const ownConditions = list(own(raw, 'enableWhen'));
  if (ownConditions.length > 0 || level.conditions.length > 0) {
    const behavior = level.conditions.length > 0 ? 'all' : own(raw, 'enableBehavior');
    if (level.conditions.length > 0 && ownConditions.length > 1 && own(raw, 'enableBehavior') === 'any') {
      ignore(state, linkId, "enableBehavior any (combined with its group's conditions, all must hold)");
    }
    level.pending.push({ question, raw: [...level.conditions, ...ownConditions], behavior });
  }
  level.questions.push(question);
  if (question.kind !== 'list') {
    for (const child of children) {
      if (!isRecord(child) || own(child, 'type') !== 'display') convertItem(state, child, level, depth + 1);
    }
  }
}

function resolveEnableWhen(state: State, pending: Pending): void {
  const linkId = pending.question.fhir?.linkId ?? pending.question.id;
  const conditions: EnableWhen[] = [];
  for (const raw of pending.raw) {
    if (!isRecord(raw)) continue;
    const target = str(own(raw, 'question'));
    const questionId = target === undefined ? undefined : state.linkIds.get(target);
    const operator = own(raw, 'operator');
    const op = enableWhenOperators.find((known) => known === operator);
    let answer: string | number | boolean | undefined;
    for (const key of Object.keys(raw)) {
      if (!key.startsWith('answer')) continue;
      const value = own(raw, key);
      if (
        typeof value === 'boolean' ||
        typeof value === 'string' ||
        (typeof value === 'number' && Number.isFinite(value))
      )
        answer = value;
      else if (isRecord(value) && typeof own(value, 'code') === 'string')
        answer = own(value, 'code') as string;
    }
    if (questionId === undefined || op === undefined || answer === undefined) {
      ignore(state, linkId, `a condition on "${String(target ?? '').slice(0, 100)}" that could not be read`);
      continue;
    }
    conditions.push({
      questionId,
      operator: op,
      answer: typeof answer === 'string' ? answer.slice(0, 1_000) : answer,
    });
  }
  if (conditions.length > 20) ignore(state, linkId, 'conditions after the first 20');
  if (conditions.length > 0) {
    pending.question.enableWhen = conditions.slice(0, 20);
    if (pending.behavior === 'any' || pending.behavior === 'all')
      pending.question.enableBehavior = pending.behavior;
  }
}

function fail(code: string, message: string): FromQuestionnaireResult {
  return {
    ok: false,
    issues: [
      createPlanIssue(code, {
        messageKey: `issues.${code.replace(/-([a-z])/g, (_, l: string) => l.toUpperCase())}`,
        message,
      }),
    ],
  };
}

function read(questionnaire: unknown): FromQuestionnaireResult {
  if (!isRecord(questionnaire) || own(questionnaire, 'resourceType') !== 'Questionnaire') {
    return fail(
      'fhir-not-a-questionnaire',
      'This is not a FHIR Questionnaire. Choose a Questionnaire saved as JSON.',
    );
  }
  const items = own(questionnaire, 'item');
  if (items !== undefined && !Array.isArray(items)) {
    return fail('fhir-bad-questionnaire', 'This Questionnaire is damaged: its "item" is not a list.');
  }
  const language = str(own(questionnaire, 'language'));
  const state: State = {
    ignored: [],
    ids: new Set(),
    names: new Set(),
    linkIds: new Map(),
    language: language && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : 'en',
    contained: new Map(),
    count: 0,
  };
  for (const resource of list(own(questionnaire, 'contained'))) {
    if (
      isRecord(resource) &&
      own(resource, 'resourceType') === 'ValueSet' &&
      typeof own(resource, 'id') === 'string'
    ) {
      state.contained.set(own(resource, 'id') as string, resource);
    }
  }
  const title = wording(
    state,
    { text: own(questionnaire, 'title') ?? own(questionnaire, 'name'), _text: own(questionnaire, '_title') },
    '',
    'title',
  );
  const sections: Section[] = [];
  const pending: Pending[] = [];
  let loose: Level | undefined;
  const sectionIds = new Set<string>();
  const sectionId = (base: string): string => {
    let clean = base.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 80);
    if (!/^[A-Za-z]/.test(clean)) clean = `s${clean}`;
    let id = clean;
    for (let n = 2; sectionIds.has(id); n++) id = `${clean}-${n}`;
    sectionIds.add(id);
    return id;
  };
  const flushLoose = (): void => {
    if (!loose) return;
    if (loose.lead.length > 0) ignore(state, '', 'display text after the last question');
    if (loose.questions.length > 0) {
      sections.push({
        id: sectionId('questions'),
        picture: 'question',
        ...(title ? { text: { title } } : {}),
        questions: loose.questions,
        fhir: { grouped: false },
      });
    }
    loose = undefined;
  };
  for (const item of list(items)) {
    if (
      isRecord(item) &&
      own(item, 'type') === 'group' &&
      own(item, 'repeats') !== true &&
      typeof own(item, 'linkId') === 'string'
    ) {
      flushLoose();
      const linkId = (own(item, 'linkId') as string).slice(0, 255);
      state.count++;
      for (const key of Object.keys(item))
        if (!itemKeys.has(key)) ignore(state, linkId, `"${key.slice(0, 50)}"`);
      const level: Level = {
        questions: [],
        lead: [],
        pending,
        scope: 'extensions',
        names: state.names,
        conditions: list(own(item, 'enableWhen')),
      };
      const heading = wording(state, item, linkId, 'heading');
      const hint = hintFrom(
        state,
        { item: list(own(item, 'item')).filter((child) => isRecord(child) && controlCode(child) === 'help') },
        linkId,
        [],
      );
      for (const child of list(own(item, 'item'))) convertItem(state, child, level, 1);
      const hidden = list(own(item, 'extension')).some(
        (extension) =>
          isRecord(extension) &&
          own(extension, 'url') === fhirUrls.hidden &&
          own(extension, 'valueBoolean') === true,
      );
      const section: Section = {
        id: sectionId(linkId),
        picture: 'question',
        text: { title: heading ?? title ?? linkId },
        questions: level.questions,
        fhir: { linkId },
      };
      const leadHint = level.lead.length > 0 ? level.lead.join('\n') : undefined;
      if (leadHint) ignore(state, linkId, 'display text after the last question of the group');
      if (hint && section.text) section.text.hint = hint;
      if (hidden) section.hidden = true;
      sections.push(section);
    } else {
      loose ??= { questions: [], lead: [], pending, scope: 'extensions', names: state.names, conditions: [] };
      convertItem(state, item, loose, 1);
    }
  }
  flushLoose();
  for (const entry of pending) resolveEnableWhen(state, entry);
  for (const section of sections) {
    if (section.questions.length > 200) {
      ignore(state, section.fhir?.linkId ?? '', 'questions after the first 200 of a section');
      section.questions = section.questions.slice(0, 200);
    }
  }
  if (sections.length === 0)
    return fail('fhir-empty-questionnaire', 'This Questionnaire has no questions we can ask.');
  if (sections.length > 100) {
    ignore(state, '', 'sections after the first 100');
    sections.length = 100;
  }

  const id = str(own(questionnaire, 'id')) ?? str(own(questionnaire, 'name')) ?? 'imported-questionnaire';
  const url = str(own(questionnaire, 'url'));
  const version = str(own(questionnaire, 'version'));
  const definition: FormDefinition = {
    id: (id.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z]+/, '') || 'imported').slice(0, 100),
    version: (version ?? '1').slice(0, 50),
    lifeAreas: defaultLifeAreas,
    ladderRungs: defaultLadderRungs,
    barrierThemes: defaultBarrierThemes,
    sections,
  };
  if (url || version) {
    definition.fhir = {};
    if (url) definition.fhir.url = url.slice(0, 1_000);
    if (version) definition.fhir.version = version.slice(0, 100);
  }
  // The same check a host's own definition gets, so the form can always render the import.
  const checked = parseDefinition(definition);
  if (!checked.ok) {
    const first = checked.issues[0];
    return fail(
      'fhir-bad-questionnaire',
      `This Questionnaire could not be turned into a form: ${first ? first.message : 'unknown problem'}.`,
    );
  }
  return { ok: true, definition: checked.definition, ignored: state.ignored };
}

/**
 * Imports a FHIR R4 Questionnaire written elsewhere as a form definition, for the common
 * subset (groups, display, string, text, boolean, integer, decimal, date, dateTime, choice and
 * open-choice with options or a contained ValueSet, repeats, required, readOnly, maxLength,
 * prefix, enableWhen, initial values, help text). Answers go to `extensions.<linkId>` paths.
 * Whatever is not carried over is listed in `ignored` by linkId; XHTML is read as plain text
 * only. Never throws and never fetches anything.
 */
export function fromQuestionnaire(questionnaire: unknown): FromQuestionnaireResult {
  try {
    return read(questionnaire);
  } catch {
    return fail(
      'fhir-bad-questionnaire',
      'This Questionnaire could not be read. Check it is a complete FHIR R4 Questionnaire.',
    );
  }
}
