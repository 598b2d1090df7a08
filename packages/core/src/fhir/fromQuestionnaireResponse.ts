import { writeCheckedValues } from '../checkedValues.js';
import { createId } from '../createId.js';
import type { FormDefinition, Question } from '../definitionSchema.js';
import { joinPath, keyPath } from '../definitionSchema.js';
import { parsePlan } from '../parsePlan.js';
import { planFieldType } from '../planFieldType.js';
import { createPlanIssue } from '../planIssue.js';
import type { PlanIssue } from '../planIssue.js';
import { setAtPath } from '../planPath.js';
import { CURRENT_SCHEMA_VERSION } from '../planSchema.js';
import type { Plan } from '../planSchema.js';
import { fhirUrls } from './fhirUrls.js';
import { isGrouped, questionLinkId, sectionLinkId } from './fhirLinkIds.js';

/** The result of {@link fromQuestionnaireResponse}: a valid plan and what is worth knowing, or why not. */
export type FromQuestionnaireResponseResult =
  { ok: true; plan: Plan; issues: PlanIssue[] } | { ok: false; issues: PlanIssue[] };

/** Where answers that match no question are kept: `plan.extensions[UNMATCHED_FHIR_KEY]`. */
export const UNMATCHED_FHIR_KEY = 'x-fhir-unmatched';

const listKinds = new Set<Question['kind']>(['list', 'supportLadder', 'readings']);
const localePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Json, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function extensionValue(item: Json, url: string, key: string): unknown {
  for (const extension of list(own(item, 'extension'))) {
    if (isRecord(extension) && own(extension, 'url') === url) return own(extension, key);
  }
  return undefined;
}

interface Context {
  /** Contained resource id → contributor id. */
  people: Map<string, string>;
  issues: PlanIssue[];
  /** Response items that match no question, kept rather than dropped. */
  unmatched: Json[];
}

function warn(
  ctx: Context,
  code: string,
  message: string,
  params: Record<string, string | number> = {},
): void {
  ctx.issues.push(
    createPlanIssue(code, {
      messageKey: `issues.${code.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}`,
      message,
      params,
      severity: 'warning',
    }),
  );
}

function byLinkId(items: unknown): Map<string, Json[]> {
  const map = new Map<string, Json[]>();
  for (const item of list(items)) {
    if (!isRecord(item)) continue;
    const linkId = own(item, 'linkId');
    if (typeof linkId !== 'string') continue;
    const found = map.get(linkId);
    if (found) found.push(item);
    else map.set(linkId, [item]);
  }
  return map;
}

function answers(item: Json | undefined): Json[] {
  return item ? list(own(item, 'answer')).filter(isRecord) : [];
}

function codeOf(answer: Json): string | undefined {
  const coding = own(answer, 'valueCoding');
  if (isRecord(coding) && typeof own(coding, 'code') === 'string') return own(coding, 'code') as string;
  for (const key of ['valueString', 'valueInteger', 'valueDate', 'valueDecimal']) {
    const value = own(answer, key);
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

function decode(
  ctx: Context,
  question: Question,
  fullPath: string,
  item: Json | undefined,
): { value: unknown } | undefined {
  const first = answers(item)[0];
  const linkId = questionLinkId(question);
  const mismatch = (): undefined => {
    if (first)
      warn(
        ctx,
        'fhir-answer-ignored',
        `The answer to "${linkId}" is not the kind this question takes, so it was left out.`,
        { linkId },
      );
    return undefined;
  };
  switch (question.kind) {
    case 'text':
    case 'textarea': {
      if (!first) return undefined;
      const value = own(first, 'valueString') ?? own(first, 'valueUri');
      return typeof value === 'string' ? { value } : mismatch();
    }
    case 'voicedText': {
      if (!item) return undefined;
      const text = first ? own(first, 'valueString') : undefined;
      if (first && typeof text !== 'string') mismatch();
      const result: Json = { text: typeof text === 'string' ? text : '' };
      const ownWords = extensionValue(item, fhirUrls.ownWords, 'valueBoolean');
      const author = extensionValue(item, fhirUrls.author, 'valueReference');
      if (typeof ownWords === 'boolean' || author !== undefined) {
        const voice: Json = { ownWords: ownWords === true };
        const reference = isRecord(author) ? own(author, 'reference') : undefined;
        const contributorId =
          typeof reference === 'string' ? ctx.people.get(reference.replace(/^#/, '')) : undefined;
        if (contributorId !== undefined) voice['contributorId'] = contributorId;
        else if (author !== undefined) {
          warn(
            ctx,
            'fhir-author-unknown',
            `The author of the answer to "${linkId}" is not one of the plan's voices, so it was left out.`,
            { linkId },
          );
        }
        result['voice'] = voice;
      }
      return { value: result };
    }
    case 'number':
    case 'scale': {
      if (!first) return undefined;
      const value = own(first, 'valueDecimal') ?? own(first, 'valueInteger');
      return typeof value === 'number' && Number.isFinite(value) ? { value } : mismatch();
    }
    case 'date': {
      if (!first) return undefined;
      const value = own(first, 'valueDate') ?? own(first, 'valueDateTime');
      return typeof value === 'string' ? { value: value.slice(0, 10) } : mismatch();
    }
    case 'yesNo': {
      if (!first) return undefined;
      const value = own(first, 'valueBoolean');
      return typeof value === 'boolean' ? { value } : mismatch();
    }
    case 'radios':
    case 'select': {
      if (!first) return undefined;
      const value = codeOf(first);
      return value === undefined ? mismatch() : { value };
    }
    case 'checkboxes': {
      if (!item) return undefined;
      const values = answers(item)
        .map(codeOf)
        .filter((value): value is string => value !== undefined);
      const fieldType = fullPath.startsWith('extensions.') ? undefined : planFieldType(keyPath(fullPath));
      return { value: writeCheckedValues(undefined, values, fieldType?.type === 'list') };
    }
    case 'links': {
      if (!item) return undefined;
      const ids = answers(item)
        .map((answer) => own(answer, 'valueString'))
        .filter((id): id is string => typeof id === 'string');
      return { value: ids };
    }
    default:
      return undefined;
  }
}

function readQuestions(
  ctx: Context,
  questions: readonly Question[],
  items: Map<string, Json[]>,
  target: Json,
  parentPath: string | undefined,
  used: Set<string>,
): Json {
  let out = target;
  for (const question of questions) {
    const linkId = questionLinkId(question);
    const found = items.get(linkId) ?? [];
    if (found.length > 0) used.add(linkId);
    const fullPath = joinPath(parentPath, question.path);
    if (listKinds.has(question.kind)) {
      if (found.length > 0) {
        const elements = found.map((item) => {
          const id = extensionValue(item, fhirUrls.itemId, 'valueString');
          const element: Json = { id: typeof id === 'string' && id !== '' ? id : createId() };
          const childUsed = new Set<string>();
          const children = byLinkId(own(item, 'item'));
          const filled = readQuestions(
            ctx,
            question.itemQuestions ?? [],
            children,
            element,
            fullPath,
            childUsed,
          );
          reportUnmatched(ctx, children, childUsed);
          return filled;
        });
        out = setAtPath(out, question.path, elements);
      }
    } else {
      if (found.length > 1) {
        warn(
          ctx,
          'fhir-repeated-item',
          `"${linkId}" was answered more than once; the first answer was kept.`,
          { linkId },
        );
      }
      const decoded = decode(ctx, question, fullPath, found[0]);
      if (decoded) out = setAtPath(out, question.path, decoded.value);
    }
    if (question.reveal) out = readQuestions(ctx, question.reveal, items, out, parentPath, used);
  }
  return out;
}

function reportUnmatched(ctx: Context, items: Map<string, Json[]>, used: Set<string>): void {
  for (const [linkId, found] of items) {
    if (used.has(linkId)) continue;
    warn(
      ctx,
      'fhir-unmatched-item',
      `"${linkId}" matches no question of this form; its answers are kept with the plan's extensions.`,
      { linkId },
    );
    ctx.unmatched.push(...found);
  }
}

function people(contained: unknown): Map<string, string> {
  const map = new Map<string, string>();
  for (const resource of list(contained)) {
    if (!isRecord(resource) || typeof own(resource, 'id') !== 'string') continue;
    for (const identifier of list(own(resource, 'identifier'))) {
      if (
        isRecord(identifier) &&
        own(identifier, 'system') === fhirUrls.contributorIdSystem &&
        typeof own(identifier, 'value') === 'string'
      ) {
        map.set(own(resource, 'id') as string, own(identifier, 'value') as string);
      }
    }
  }
  return map;
}

function fail(code: string, message: string): FromQuestionnaireResponseResult {
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

function read(response: unknown, definition: FormDefinition): FromQuestionnaireResponseResult {
  if (!isRecord(response) || own(response, 'resourceType') !== 'QuestionnaireResponse') {
    return fail(
      'fhir-not-a-response',
      'This is not a FHIR QuestionnaireResponse. Choose a QuestionnaireResponse saved as JSON.',
    );
  }
  if (own(response, 'item') !== undefined && !Array.isArray(own(response, 'item'))) {
    return fail('fhir-bad-response', 'This QuestionnaireResponse is damaged: its "item" is not a list.');
  }
  const ctx: Context = { people: people(own(response, 'contained')), issues: [], unmatched: [] };
  const now = new Date().toISOString();
  const authored = own(response, 'authored');
  const identifier = own(response, 'identifier');
  const planId =
    isRecord(identifier) &&
    own(identifier, 'system') === fhirUrls.planIdSystem &&
    typeof own(identifier, 'value') === 'string'
      ? (own(identifier, 'value') as string)
      : createId('plan');
  const createdAt = extensionValue(response, fhirUrls.createdAt, 'valueString');
  const status = own(response, 'status');
  const language = own(response, 'language');
  let data: Json = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: planId,
    createdAt: typeof createdAt === 'string' ? createdAt : typeof authored === 'string' ? authored : now,
    updatedAt: typeof authored === 'string' ? authored : now,
    status: status === 'completed' || status === 'amended' ? 'submitted' : 'draft',
    extensions: {},
  };
  if (typeof language === 'string' && localePattern.test(language)) data['locale'] = language;

  const top = byLinkId(own(response, 'item'));
  const used = new Set<string>();
  for (const section of definition.sections) {
    if (!isGrouped(section)) {
      data = readQuestions(ctx, section.questions, top, data, undefined, used);
      continue;
    }
    const linkId = sectionLinkId(section);
    const groups = top.get(linkId) ?? [];
    if (groups.length === 0) continue;
    used.add(linkId);
    const children = new Map<string, Json[]>();
    for (const group of groups) {
      for (const [childId, found] of byLinkId(own(group, 'item')))
        children.set(childId, [...(children.get(childId) ?? []), ...found]);
    }
    const childUsed = new Set<string>();
    data = readQuestions(ctx, section.questions, children, data, undefined, childUsed);
    reportUnmatched(ctx, children, childUsed);
  }
  reportUnmatched(ctx, top, used);
  if (ctx.unmatched.length > 0) {
    const extensions = isRecord(data['extensions']) ? data['extensions'] : {};
    Object.defineProperty(extensions, UNMATCHED_FHIR_KEY, {
      value: ctx.unmatched,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    data['extensions'] = extensions;
  }
  const parsed = parsePlan(data);
  if (!parsed.ok)
    return {
      ok: false,
      issues: [...ctx.issues.map((issue) => ({ ...issue, severity: 'error' as const })), ...parsed.issues],
    };
  return { ok: true, plan: parsed.plan, issues: [...ctx.issues, ...parsed.warnings] };
}

/**
 * Reads a plan back from a FHIR R4 QuestionnaireResponse, using the definition that made its
 * Questionnaire. Never throws: a malformed resource gives `ok: false` and issues; answers that
 * match no question are kept in `plan.extensions['x-fhir-unmatched']` with a warning.
 */
export function fromQuestionnaireResponse(
  response: unknown,
  definition: FormDefinition,
): FromQuestionnaireResponseResult {
  try {
    return read(response, definition);
  } catch {
    return fail(
      'fhir-bad-response',
      'This QuestionnaireResponse could not be read. Check it is a complete FHIR R4 QuestionnaireResponse.',
    );
  }
}
