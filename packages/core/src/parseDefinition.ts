import type * as z from 'zod/mini';
import type { DefinitionIssue } from './DefinitionError.js';
import {
  choiceKinds,
  choiceLists,
  definitionSchema,
  fieldKinds,
  itemKinds,
  linkTargets,
  optionSources,
} from './definitionSchema.js';
import type { FieldKind, FormDefinition, Question } from './definitionSchema.js';
import { childSchema, describeSchema, planFieldType } from './planFieldType.js';
import type { PlanFieldType } from './planFieldType.js';
import { isForbiddenKey } from './planPath.js';
import { GENERIC_ZOD_MESSAGE, pathToString } from './planIssue.js';
import { planSchema } from './planSchema.js';

/** The result of {@link parseDefinition}: the checked definition, or every problem found. */
export type ParseDefinitionResult =
  { ok: true; definition: FormDefinition } | { ok: false; issues: DefinitionIssue[] };

type Path = (string | number)[];

function issue(code: string, path: Path, text: string): DefinitionIssue {
  const pathString = pathToString(path);
  return { code, path, pathString, message: pathString ? `${pathString}: ${text}` : text };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 60)}…` : value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 99) + 1,
        (current[j - 1] ?? 99) + 1,
        (previous[j - 1] ?? 99) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 99;
}

function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

const questionKeys = [
  'id',
  'kind',
  'path',
  'picture',
  'required',
  'hidden',
  'reachesPdf',
  'maxLength',
  'dateMustBe',
  'options',
  'optionsFrom',
  'itemQuestions',
  'linksTo',
  'reveal',
  'text',
];
const knownKeys: Record<string, string[]> = {
  definition: ['id', 'version', 'lifeAreas', 'ladderRungs', 'barrierThemes', 'sections'],
  section: ['id', 'picture', 'text', 'hidden', 'questions'],
  question: questionKeys,
  choice: ['key', 'picture', 'text'],
  option: ['value', 'picture', 'text'],
  text: ['label', 'hint', 'easyRead', 'title'],
};

function objectKind(path: Path): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (path.length === 0) return 'definition';
  if (last === 'text') return 'text';
  if (typeof last === 'number') {
    if (parent === 'sections') return 'section';
    if (parent === 'options') return 'option';
    if (
      typeof parent === 'string' &&
      (choiceLists as readonly string[]).includes(parent) &&
      path.length === 2
    ) {
      return 'choice';
    }
    return 'question';
  }
  return 'question';
}

function zodIssueToDefinitionIssue(zodIssue: z.core.$ZodIssue, input: unknown): DefinitionIssue {
  const path = zodIssue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  const received = valueAt(input, path);
  const last = path[path.length - 1];
  switch (zodIssue.code) {
    case 'invalid_value': {
      const allowed = zodIssue.values.map(String).join(', ');
      if (last === 'kind') {
        const suggestion = typeof received === 'string' ? closest(received, fieldKinds) : undefined;
        return issue(
          'unknown-kind',
          path,
          `${show(received)} is not a field kind.${suggestion ? ` Did you mean '${suggestion}'?` : ''} Use one of: ${allowed}.`,
        );
      }
      return issue(
        'not-allowed-value',
        path,
        `${show(received)} is not allowed here. Use one of: ${allowed}.`,
      );
    }
    case 'invalid_type': {
      if (received === undefined) {
        return issue('missing', path, `is missing. Add ${describeExpected(zodIssue.expected, last)}.`);
      }
      return issue(
        'wrong-type',
        path,
        `is ${show(received)}, but must be ${describeExpected(zodIssue.expected, last)}.`,
      );
    }
    case 'unrecognized_keys': {
      const container = path;
      const kind = objectKind(container);
      const allowed = knownKeys[kind] ?? [];
      const parts = zodIssue.keys.map((key) => {
        const suggestion = closest(key, allowed);
        return suggestion ? `'${key}' (did you mean '${suggestion}'?)` : `'${key}'`;
      });
      return issue(
        'unknown-property',
        container,
        `has unknown ${parts.length === 1 ? 'property' : 'properties'} ${parts.join(', ')}. Remove ${parts.length === 1 ? 'it' : 'them'}; a ${kind} may have: ${allowed.join(', ')}.`,
      );
    }
    case 'too_small': {
      if (zodIssue.origin === 'array') {
        return issue(
          'too-few',
          path,
          `needs at least ${String(zodIssue.minimum)} item${zodIssue.minimum === 1 ? '' : 's'}. Add one.`,
        );
      }
      if (zodIssue.origin === 'string') return issue('empty', path, 'is empty. Write something here.');
      return issue('too-small', path, `must be ${String(zodIssue.minimum)} or more.`);
    }
    case 'too_big': {
      if (zodIssue.origin === 'array') {
        return issue('too-many', path, `has more than ${String(zodIssue.maximum)} items. Remove some.`);
      }
      if (zodIssue.origin === 'string') {
        return issue('too-long', path, `is longer than ${String(zodIssue.maximum)} characters. Shorten it.`);
      }
      return issue('too-big', path, `must be ${String(zodIssue.maximum)} or less.`);
    }
    case 'invalid_format':
      return issue('bad-format', path, `${show(received)} is not right: ${zodWords(zodIssue)}.`);
    case 'invalid_union':
      return issue(
        'bad-text',
        path,
        `must be words ('My words') or words per language ({ en: 'My words', cy: 'Fy ngeiriau' }), not ${show(received)}.`,
      );
    case 'invalid_key':
      return issue(
        'bad-locale',
        path,
        `has a key that is not a language code. Use codes such as 'en' or 'cy'.`,
      );
    default:
      return issue('invalid', path, `${zodWords(zodIssue)}. Check this value.`);
  }
}

/**
 * The words of a check (every format check in `definitionSchema` gives its own), or words made
 * from the issue: zod/mini loads no locale, so zod's fallback message says only "Invalid input".
 */
function zodWords(zodIssue: z.core.$ZodIssue): string {
  if (zodIssue.message && zodIssue.message !== GENERIC_ZOD_MESSAGE) return zodIssue.message;
  switch (zodIssue.code) {
    case 'invalid_format':
      return zodIssue.format === 'regex' && zodIssue.pattern
        ? `it must match the pattern ${zodIssue.pattern}`
        : `it must be written as a ${zodIssue.format}`;
    case 'not_multiple_of':
      return `it must be a multiple of ${String(zodIssue.divisor)}`;
    case 'invalid_element':
      return 'it holds a value that is not allowed';
    default:
      return 'this value is not allowed';
  }
}

function describeExpected(expected: string, key: string | number | undefined): string {
  if (
    key === 'questions' ||
    key === 'sections' ||
    key === 'options' ||
    key === 'itemQuestions' ||
    key === 'reveal'
  ) {
    return 'a list';
  }
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    default:
      return `a value of type ${expected}`;
  }
}

/** Kinds that can write a kind of plan value, for suggesting a fix. */
function kindsFor(field: PlanFieldType): FieldKind[] {
  switch (field.type) {
    case 'string':
      return ['text', 'textarea', 'radios', 'select'];
    case 'enum':
      return ['radios', 'select'];
    case 'date':
      return ['date'];
    case 'number':
      return ['number', 'scale'];
    case 'boolean':
      return ['yesNo'];
    case 'voicedText':
      return ['voicedText'];
    case 'stringList':
      return field.values ? ['checkboxes'] : ['links', 'checkboxes'];
    case 'list': {
      const kinds: FieldKind[] = ['list'];
      if (childSchema(field.item, 'rung') !== undefined) kinds.push('supportLadder');
      if (childSchema(field.item, 'now') !== undefined) kinds.push('readings');
      if (checkboxItemValues(field) !== undefined) kinds.push('checkboxes');
      return kinds;
    }
    default:
      return [];
  }
}

/** For a list of objects with an enum `kind` (e.g. accessible formats), the allowed kinds. */
function checkboxItemValues(field: PlanFieldType): string[] | undefined {
  if (field.type !== 'list') return undefined;
  const kind = childSchema(field.item, 'kind');
  if (kind === undefined) return undefined;
  const described = describeSchema(kind);
  return described.type === 'enum' ? described.values : undefined;
}

function describeField(field: PlanFieldType): string {
  switch (field.type) {
    case 'string':
      return 'text';
    case 'enum':
      return `one of ${field.values.join(', ')}`;
    case 'date':
      return 'a date';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'yes or no';
    case 'voicedText':
      return 'a voiced text';
    case 'stringList':
      return 'a list of values';
    case 'list':
      return 'a list of items';
    case 'group':
      return 'a group of answers';
    default:
      return 'a value no question can write';
  }
}

/** Every field path under a group schema, for "did you mean" suggestions. */
function fieldPaths(root: unknown, prefix = '', depth = 0): string[] {
  const described = describeSchema(root);
  if (described.type !== 'group' || depth > 3) return [];
  const shape = (described.schema as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape;
  const out: string[] = [];
  for (const key of Object.keys(shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    out.push(...fieldPaths(shape[key], path, depth + 1));
  }
  return out;
}

interface Scope {
  /** The schema paths are resolved against; `undefined` for a host's own (extension) list. */
  root: unknown;
  /** The plan path of the list the questions belong to, or `''` at the top. */
  base: string;
}

interface WalkState {
  issues: DefinitionIssue[];
  questionIds: Map<string, string>;
  listPaths: Set<string>;
  links: { target: string; path: Path }[];
}

const choiceKindSet = new Set<string>(choiceKinds);
const itemKindSet = new Set<string>(itemKinds);
const textKinds = new Set<string>(['text', 'textarea', 'voicedText']);

function checkKindOptions(question: Question, path: Path, state: WalkState): void {
  const { kind } = question;
  const isChoice = choiceKindSet.has(kind);
  if (isChoice && !question.options?.length && !question.optionsFrom) {
    state.issues.push(
      issue(
        'no-options',
        [...path, 'options'],
        `a '${kind}' question needs options. Add 'options' ([{ value: '…' }]) or 'optionsFrom' (one of: ${optionSources.join(', ')}).`,
      ),
    );
  }
  if (!isChoice && question.options !== undefined) {
    state.issues.push(
      issue(
        'options-not-allowed',
        [...path, 'options'],
        `only radios, checkboxes and select questions have options; this is a '${kind}' question. Remove 'options' or change the kind.`,
      ),
    );
  }
  if (!isChoice && question.optionsFrom !== undefined) {
    state.issues.push(
      issue(
        'options-not-allowed',
        [...path, 'optionsFrom'],
        `only radios, checkboxes and select questions take 'optionsFrom'; this is a '${kind}' question. Remove it or change the kind.`,
      ),
    );
  }
  const seen = new Set<string>();
  question.options?.forEach((option, index) => {
    if (seen.has(option.value)) {
      state.issues.push(
        issue(
          'duplicate-option',
          [...path, 'options', index, 'value'],
          `option '${option.value}' is listed twice. Remove one.`,
        ),
      );
    }
    seen.add(option.value);
  });
  if (kind === 'links' && question.linksTo === undefined) {
    state.issues.push(
      issue(
        'missing-links-to',
        [...path, 'linksTo'],
        `a 'links' question needs 'linksTo'. Use one of: ${linkTargets.join(', ')}.`,
      ),
    );
  }
  if (kind !== 'links' && question.linksTo !== undefined) {
    state.issues.push(
      issue(
        'links-to-not-allowed',
        [...path, 'linksTo'],
        `only 'links' questions take 'linksTo'; this is a '${kind}' question. Remove it or use kind 'links'.`,
      ),
    );
  }
  if (kind !== 'yesNo' && question.reveal !== undefined) {
    state.issues.push(
      issue(
        'reveal-not-allowed',
        [...path, 'reveal'],
        `only 'yesNo' questions can reveal questions; this is a '${kind}' question. Move these questions out of 'reveal', or use kind 'yesNo'.`,
      ),
    );
  }
  if (!itemKindSet.has(kind) && question.itemQuestions !== undefined) {
    state.issues.push(
      issue(
        'item-questions-not-allowed',
        [...path, 'itemQuestions'],
        `only list, supportLadder and readings questions have 'itemQuestions'; this is a '${kind}' question. Remove them or use kind 'list'.`,
      ),
    );
  }
  if (kind === 'list' && !question.itemQuestions?.length) {
    state.issues.push(
      issue(
        'missing-item-questions',
        [...path, 'itemQuestions'],
        `a 'list' question needs 'itemQuestions': the fields of each item, with paths relative to the item (e.g. { id: 'needs.description', kind: 'voicedText', path: 'description', picture: 'help' }).`,
      ),
    );
  }
  if (!textKinds.has(kind) && question.maxLength !== undefined) {
    state.issues.push(
      issue(
        'max-length-not-allowed',
        [...path, 'maxLength'],
        `'maxLength' applies to text, textarea and voicedText questions only; this is a '${kind}' question. Remove it.`,
      ),
    );
  }
  if (kind !== 'date' && question.dateMustBe !== undefined) {
    state.issues.push(
      issue(
        'date-rule-not-allowed',
        [...path, 'dateMustBe'],
        `'dateMustBe' applies to date questions only; this is a '${kind}' question. Remove it.`,
      ),
    );
  }
}

function checkKindAgainstField(
  question: Question,
  field: PlanFieldType,
  planPath: string,
  path: Path,
  state: WalkState,
): void {
  const allowed = kindsFor(field);
  if (!allowed.includes(question.kind)) {
    const fix =
      allowed.length > 0
        ? `Use kind ${allowed.map((kind) => `'${kind}'`).join(' or ')}, or choose another path.`
        : field.type === 'group'
          ? `Write one of its fields instead, such as '${planPath}.${
              fieldPaths(planSchema)
                .find((p) => p.startsWith(`${planPath}.`))
                ?.slice(planPath.length + 1) ?? '…'
            }'.`
          : 'Choose another path.';
    state.issues.push(
      issue(
        'kind-path-mismatch',
        [...path, 'kind'],
        `a '${question.kind}' question cannot write '${planPath}', which holds ${describeField(field)}. ${fix}`,
      ),
    );
    return;
  }
  const enumValues =
    field.type === 'enum'
      ? field.values
      : field.type === 'stringList'
        ? field.values
        : question.kind === 'checkboxes'
          ? checkboxItemValues(field)
          : undefined;
  if (enumValues && choiceKindSet.has(question.kind)) {
    if (question.optionsFrom !== undefined) {
      state.issues.push(
        issue(
          'options-not-allowed',
          [...path, 'optionsFrom'],
          `'${planPath}' only holds one of ${enumValues.join(', ')}, so options cannot come from '${question.optionsFrom}'. Remove 'optionsFrom' and list those values in 'options'.`,
        ),
      );
    }
    question.options?.forEach((option, index) => {
      if (!enumValues.includes(option.value)) {
        state.issues.push(
          issue(
            'option-not-allowed',
            [...path, 'options', index, 'value'],
            `'${option.value}' cannot be kept in '${planPath}'. Use one of: ${enumValues.join(', ')}.`,
          ),
        );
      }
    });
  }
}

function walkQuestions(questions: readonly Question[], path: Path, scope: Scope, state: WalkState): void {
  const paths = new Map<string, string>();
  questions.forEach((question, index) => walkQuestion(question, [...path, index], scope, state, paths));
}

function walkQuestion(
  question: Question,
  path: Path,
  scope: Scope,
  state: WalkState,
  paths: Map<string, string>,
): void {
  const here = pathToString(path);
  const earlier = state.questionIds.get(question.id);
  if (earlier !== undefined) {
    state.issues.push(
      issue(
        'duplicate-id',
        [...path, 'id'],
        `id '${question.id}' is already used at ${earlier}. Give every question its own id.`,
      ),
    );
  } else {
    state.questionIds.set(question.id, here);
  }

  checkKindOptions(question, path, state);
  const segments = question.path.split('.');
  const fullPath = scope.base ? `${scope.base}.${question.path}` : question.path;
  const forbidden = segments.find(isForbiddenKey);
  if (forbidden !== undefined) {
    state.issues.push(
      issue(
        'forbidden-path',
        [...path, 'path'],
        `'${forbidden}' cannot be part of a path: it could change every object. Rename the field.`,
      ),
    );
    return;
  }

  const earlierPath = paths.get(question.path);
  if (earlierPath !== undefined) {
    state.issues.push(
      issue(
        'duplicate-path',
        [...path, 'path'],
        `'${question.path}' is already written by the question at ${earlierPath}. Each answer needs one question: remove one, or change its path.`,
      ),
    );
  } else {
    paths.set(question.path, here);
  }

  let childRoot: unknown;
  const isExtension = segments[0] === 'extensions';
  if (scope.root === undefined) {
    childRoot = undefined;
  } else if (isExtension && scope.base !== '') {
    state.issues.push(
      issue(
        'host-field-in-list',
        [...path, 'path'],
        `'${question.path}' would be dropped: items of '${scope.base}' keep only their own fields. Put host fields in a top-level question with path 'extensions.<name>'.`,
      ),
    );
    return;
  } else if (isExtension) {
    if (segments.length < 2) {
      state.issues.push(
        issue(
          'unknown-path',
          [...path, 'path'],
          `'extensions' is the bag of host fields, not a field. Use 'extensions.<name>', e.g. 'extensions.gpPractice'.`,
        ),
      );
      return;
    }
    childRoot = undefined;
  } else {
    const field = planFieldType(question.path, scope.root);
    if (field === undefined) {
      const known = fieldPaths(scope.root);
      const suggestion = closest(question.path, known);
      const where = scope.base ? `an item of '${scope.base}'` : 'the plan';
      state.issues.push(
        issue(
          'unknown-path',
          [...path, 'path'],
          `'${question.path}' is not a field of ${where}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}${scope.base ? '' : " Host fields go under 'extensions.<name>'."}`,
        ),
      );
      return;
    }
    checkKindAgainstField(question, field, fullPath, path, state);
    childRoot = field.type === 'list' ? field.item : undefined;
  }

  if (question.kind === 'list' || question.kind === 'supportLadder') state.listPaths.add(fullPath);
  if (question.kind === 'links' && question.linksTo !== undefined) {
    state.links.push({ target: question.linksTo, path: [...path, 'linksTo'] });
  }
  if (question.itemQuestions) {
    walkQuestions(
      question.itemQuestions,
      [...path, 'itemQuestions'],
      { root: childRoot, base: fullPath },
      state,
    );
  }
  if (question.reveal) {
    question.reveal.forEach((revealed, index) =>
      walkQuestion(revealed, [...path, 'reveal', index], scope, state, paths),
    );
  }
}

function checkDefinition(definition: FormDefinition): DefinitionIssue[] {
  const state: WalkState = { issues: [], questionIds: new Map(), listPaths: new Set(), links: [] };
  for (const list of choiceLists) {
    const seen = new Set<string>();
    definition[list].forEach((choice, index) => {
      if (seen.has(choice.key)) {
        state.issues.push(
          issue(
            'duplicate-key',
            [list, index, 'key'],
            `key '${choice.key}' is listed twice. Give each entry its own key.`,
          ),
        );
      }
      seen.add(choice.key);
    });
  }
  const sectionIds = new Map<string, number>();
  const topPaths = new Map<string, string>();
  definition.sections.forEach((section, index) => {
    const earlier = sectionIds.get(section.id);
    if (earlier !== undefined) {
      state.issues.push(
        issue(
          'duplicate-id',
          ['sections', index, 'id'],
          `section id '${section.id}' is already used by sections[${earlier}]. Give every section its own id.`,
        ),
      );
    } else {
      sectionIds.set(section.id, index);
    }
    section.questions.forEach((question, questionIndex) =>
      walkQuestion(
        question,
        ['sections', index, 'questions', questionIndex],
        { root: planSchema, base: '' },
        state,
        topPaths,
      ),
    );
  });
  for (const link of state.links) {
    if (!state.listPaths.has(link.target)) {
      state.issues.push(
        issue(
          'link-target-missing',
          link.path,
          `links to '${link.target}', but no question in the definition asks for '${link.target}'. Add a 'list' question with path '${link.target}', or remove this question.`,
        ),
      );
    }
  }
  return state.issues;
}

const MAX_DEPTH = 40;
const MAX_NODES = 200_000;

/** Finds a loop or excessive nesting before zod recurses into it (a loop would overflow the stack). */
function shapeProblem(input: unknown): DefinitionIssue | undefined {
  const ancestors = new Set<object>();
  let nodes = 0;
  const visit = (node: unknown, path: Path): DefinitionIssue | undefined => {
    if (typeof node !== 'object' || node === null) return undefined;
    if (++nodes > MAX_NODES)
      return issue(
        'too-large',
        [],
        'The form definition is too large to check. Give a plain object like the default definition.',
      );
    if (ancestors.has(node))
      return issue(
        'cycle',
        path,
        'refers back to itself. A definition is a tree: copy the questions instead of nesting the same object inside itself.',
      );
    if (path.length > MAX_DEPTH)
      return issue('too-deep', path, `is nested more than ${MAX_DEPTH} levels deep. Flatten the questions.`);
    ancestors.add(node);
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((value, index) => [index, value])
      : Object.keys(node).map((key) => [key, (node as Record<string, unknown>)[key]]);
    for (const [key, value] of entries) {
      const found = visit(value, [...path, key]);
      if (found) return found;
    }
    ancestors.delete(node);
    return undefined;
  };
  return visit(input, []);
}

/**
 * Checks a form definition (from code, JSON or a host's config) and never throws. Reports
 * every problem by its exact path with the fix: the zod shape first, then what zod cannot
 * see: duplicate ids, paths the plan does not have, kinds that cannot write their path,
 * choice questions without options, links to lists nobody asks for, reveal on a non-yesNo.
 */
export function parseDefinition(input: unknown): ParseDefinitionResult {
  try {
    const problem = shapeProblem(input);
    if (problem) return { ok: false, issues: [problem] };
    const parsed = definitionSchema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        issues: parsed.error.issues.map((zodIssue) => zodIssueToDefinitionIssue(zodIssue, input)),
      };
    }
    const issues = checkDefinition(parsed.data);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, definition: parsed.data };
  } catch (error) {
    const reason =
      error instanceof RangeError ? 'it is nested too deeply or refers to itself' : 'it could not be read';
    return {
      ok: false,
      issues: [
        issue(
          'unreadable',
          [],
          `The form definition cannot be checked: ${reason}. Give a plain object like the default definition.`,
        ),
      ],
    };
  }
}
