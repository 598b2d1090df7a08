import type * as z from 'zod/mini';
import { issues as enIssues } from './locales/en/issues.js';
import { createTranslator } from './translate.js';

/** How serious an issue is: an error stops a plan being used; a warning is worth knowing. */
export type PlanIssueSeverity = 'error' | 'warning';

/**
 * One problem found in a plan (or a plan file): data, not words. `formatIssue` turns it into
 * words in any locale; `message` is the English wording, for logs and hosts without i18n.
 */
export interface PlanIssue {
  /** A stable, kebab-case code, e.g. `too-long`, `future-schema-version`. */
  code: string;
  /** Where in the plan, e.g. `['needs', 2, 'description', 'text']`; `[]` for the whole plan. */
  path: (string | number)[];
  /** The path written out, e.g. `needs[2].description.text`, or `''` for the whole plan. */
  pathString: string;
  /** The i18n key of the message, under `issues.*`, e.g. `issues.required`. */
  messageKey: string;
  /** Named values for the message's placeholders, e.g. `{ max: 1000 }`. */
  params?: Record<string, string | number>;
  /** The message in English: what to do, never just "invalid". */
  message: string;
  /** `error` stops the plan being used; `warning` is worth knowing. */
  severity: 'error' | 'warning';
}

const englishTranslate = createTranslator({ issues: enIssues }, 'en');
const plainKey = /^[A-Za-z_$][\w$]*$/;

/** Writes a path as `needs[2].description.text`; unusual keys as `extensions["x-y"]`. */
export function pathToString(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (plainKey.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

function camelCase(code: string): string {
  return code.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Options for {@link createPlanIssue}. */
export interface CreatePlanIssueOptions {
  /** Where in the plan; `[]` (the default) for the whole plan. */
  path?: readonly (string | number)[];
  /** Placeholder values. */
  params?: Record<string, string | number>;
  /** @default 'error' */
  severity?: PlanIssueSeverity;
  /** The i18n key, when it is not `issues.<camelCase code>`. */
  messageKey?: string;
  /** English words to use instead of the English resource (e.g. a custom check's message). */
  message?: string;
}

/** Makes a {@link PlanIssue} whose English message comes from the `issues.*` resources. */
export function createPlanIssue(code: string, options: CreatePlanIssueOptions = {}): PlanIssue {
  const path = (options.path ?? []).slice();
  const messageKey = options.messageKey ?? `issues.${camelCase(code)}`;
  const issue: PlanIssue = {
    code,
    path,
    pathString: pathToString(path),
    messageKey,
    message: options.message ?? englishTranslate(messageKey, options.params),
    severity: options.severity ?? 'error',
  };
  if (options.params) issue.params = { ...options.params };
  return issue;
}

type ZodIssue = z.core.$ZodIssue;

/**
 * zod's message for an issue whose check gave none, when no locale is loaded: zod/mini loads
 * none (so the bundle stays small), so every wording shown to people is our own.
 */
export const GENERIC_ZOD_MESSAGE = 'Invalid input';

const hasInput = Symbol('hasInput');

/** The value at `path` in `root`, or `undefined` when any step is missing. Never throws. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    try {
      if (!Object.hasOwn(node, key)) return undefined;
      node = (node as Record<PropertyKey, unknown>)[key];
    } catch {
      return undefined;
    }
  }
  return node;
}

function toNumber(value: number | bigint): number {
  return typeof value === 'bigint' ? Number(value) : value;
}

function describeAllowed(values: readonly unknown[]): string {
  return values.map((value) => (typeof value === 'string' ? value : String(value))).join(', ');
}

type Mapped = Pick<CreatePlanIssueOptions, 'params' | 'message'> & { code: string };

function mapIssue(issue: ZodIssue, input: unknown): Mapped {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      const missing =
        input !== hasInput
          ? valueAt(input, issue.path) === undefined
          : 'input' in issue
            ? issue.input === undefined // parsed with zod's `reportInput`
            : // Classic zod's English message says what it received; zod/mini's says nothing.
              issue.message.endsWith('received undefined');
      if (missing && issue.expected !== 'undefined' && issue.expected !== 'never') {
        return { code: 'required' };
      }
      switch (issue.expected) {
        case 'string':
          return { code: 'expected-text' };
        case 'number':
        case 'nan':
          return { code: 'expected-number' };
        case 'int':
          return { code: 'expected-whole-number' };
        case 'boolean':
          return { code: 'expected-boolean' };
        case 'array':
        case 'tuple':
        case 'set':
          return { code: 'expected-list' };
        case 'object':
        case 'record':
        case 'map':
          return { code: 'expected-group' };
        case 'undefined':
        case 'never':
        case 'void':
          return { code: 'expected-nothing' };
        default:
          return { code: 'check-answer' };
      }
    }
    case 'too_big': {
      const max = toNumber(issue.maximum);
      if (issue.origin === 'string') return { code: 'too-long', params: { max } };
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { code: 'too-many', params: { max } };
      }
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return { code: 'number-too-big', params: { max } };
      }
      return { code: 'check-answer' };
    }
    case 'too_small': {
      const min = toNumber(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1 ? { code: 'empty' } : { code: 'too-short', params: { min } };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return { code: 'too-few', params: { min } };
      }
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return { code: 'number-too-small', params: { min } };
      }
      return { code: 'check-answer' };
    }
    case 'invalid_format': {
      if (issue.format === 'date') return { code: 'bad-date' };
      if (issue.format === 'datetime') return { code: 'bad-date-time' };
      if (last === 'photo') return { code: 'bad-photo' };
      if (last === 'snomedCode') return { code: 'bad-snomed-code' };
      if (last === 'locale') return { code: 'bad-locale' };
      return { code: 'bad-format' };
    }
    case 'not_multiple_of':
      return { code: 'number-not-multiple', params: { divisor: issue.divisor } };
    case 'invalid_value':
      if (last === 'schemaVersion') return { code: 'bad-schema-version' };
      return { code: 'not-allowed-value', params: { allowed: describeAllowed(issue.values) } };
    case 'invalid_union':
      return { code: 'no-matching-kind' };
    case 'invalid_key':
      return { code: 'bad-key' };
    case 'unrecognized_keys':
      return { code: 'unrecognised-field', params: { path: describeAllowed(issue.keys) } };
    case 'custom':
      // A check's own words; zod's fallback ("Invalid input") says nothing, so ours are used.
      return issue.message && issue.message !== GENERIC_ZOD_MESSAGE
        ? { code: 'check-answer', message: issue.message }
        : { code: 'check-answer' };
    default:
      return { code: 'check-answer' };
  }
}

/**
 * Turns a zod v4 error (from zod/mini or classic zod schemas) into plan issues with specific,
 * actionable English messages that never depend on zod's own wording or locale.
 * `basePath` is prepended to every path (for a schema checked inside a bigger document);
 * `input`, the data that was checked, lets a missing answer be told apart from a wrong one
 * (without it, only errors from classic zod's English messages or from a parse with
 * `reportInput: true` can tell).
 */
export function issuesFromZod(
  error: { readonly issues: readonly ZodIssue[] },
  basePath: readonly (string | number)[] = [],
  // A rest parameter, so that an input of `undefined` counts as given (and so as missing).
  ...checked: [input?: unknown]
): PlanIssue[] {
  const input = checked.length > 0 ? checked[0] : hasInput;
  return error.issues.map((issue) => {
    const mapped = mapIssue(issue, input);
    const path = [...basePath, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    const options: CreatePlanIssueOptions = { path, severity: 'error' };
    if (mapped.params) options.params = mapped.params;
    if (mapped.message) options.message = mapped.message;
    return createPlanIssue(mapped.code, options);
  });
}
