import { extractUnrecognisedFields } from './extractUnrecognisedFields.js';
import { migratePlan } from './migrations.js';
import { validateIdentifier } from './nhsNumber.js';
import { createPlanIssue, issuesFromZod, pathToString } from './planIssue.js';
import type { PlanIssue } from './planIssue.js';
import { planSchema } from './planSchema.js';
import type { JsonValue, Plan } from './planSchema.js';
import { findDanglingReferences, repairReferences } from './references.js';
import { readJsonText } from './readJsonText.js';
import { sanitiseInput } from './sanitiseInput.js';

/** The largest plan we open: 5 MB of JSON (a photo is at most about 2 MB of it). */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

/** The deepest nesting we open; a plan itself is about 6 levels deep, host extensions add more. */
export const MAX_PLAN_DEPTH = 100;

/** Where unrecognised fields are kept: `plan.extensions[UNRECOGNISED_KEY]`, keyed by path. */
export const UNRECOGNISED_KEY = 'x-unrecognised';

/** The result of {@link parsePlan}: a valid plan and what is worth knowing, or why not. */
export type ParsePlanResult =
  { ok: true; plan: Plan; migratedFrom?: number; warnings: PlanIssue[] } | { ok: false; issues: PlanIssue[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, because assigning a key named __proto__ would set the prototype instead.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function fail(issues: PlanIssue[]): ParsePlanResult {
  return { ok: false, issues };
}

function parse(input: unknown): ParsePlanResult {
  if (typeof input !== 'object' || input === null) return fail([createPlanIssue('not-an-object')]);
  const sanitised = sanitiseInput(input, {
    maxBytes: MAX_PLAN_BYTES,
    maxDepth: MAX_PLAN_DEPTH,
    // Host extensions are the host's own data: kept byte for byte.
    stripControlCharactersAt: (path) => path[0] !== 'extensions',
  });
  if (sanitised.errors.length > 0) return fail(sanitised.errors);
  const warnings = [...sanitised.warnings];

  const migrated = migratePlan(sanitised.value);
  if (!migrated.ok) return fail(migrated.issues);
  const data = migrated.value;

  const unrecognised = extractUnrecognisedFields(planSchema, data);
  const extensions: Record<string, unknown> = isRecord(data['extensions']) ? data['extensions'] : {};
  if (unrecognised.length > 0) {
    const kept: Record<string, unknown> = {};
    const previous = Object.hasOwn(extensions, UNRECOGNISED_KEY) ? extensions[UNRECOGNISED_KEY] : undefined;
    if (isRecord(previous)) for (const key of Object.keys(previous)) defineKey(kept, key, previous[key]);
    else if (previous !== undefined)
      defineKey(kept, pathToString(['extensions', UNRECOGNISED_KEY]), previous);
    for (const field of unrecognised) {
      const path = pathToString(field.path);
      defineKey(kept, path, field.value);
      warnings.push(
        createPlanIssue('unrecognised-field', { path: field.path, params: { path }, severity: 'warning' }),
      );
    }
    defineKey(extensions, UNRECOGNISED_KEY, kept);
    data['extensions'] = extensions;
  }

  const result = planSchema.safeParse(data);
  if (!result.success) return fail(issuesFromZod(result.error, [], data));

  // zod rebuilds records with assignment, which skips keys such as __proto__: the sanitised
  // copy holds only JSON values, so it is kept as the extensions, byte for byte.
  let plan: Plan = { ...result.data, extensions: extensions as Record<string, JsonValue> };

  const dangling = findDanglingReferences(plan);
  if (dangling.length > 0) {
    for (const ref of dangling) {
      const code = ref.kind === 'reading' ? 'reading-without-voice-removed' : 'broken-reference-removed';
      warnings.push(createPlanIssue(code, { path: ref.path, params: { id: ref.id }, severity: 'warning' }));
    }
    plan = repairReferences(plan);
  }

  plan.person.identifiers.forEach((identifier, index) => {
    const issue = validateIdentifier(identifier, ['person', 'identifiers', index, 'value']);
    if (issue) warnings.push({ ...issue, severity: 'warning' });
  });

  return migrated.migratedFrom === undefined
    ? { ok: true, plan, warnings }
    : { ok: true, plan, migratedFrom: migrated.migratedFrom, warnings };
}

/**
 * Checks untrusted data and returns a valid, current plan, or the issues that stop it.
 * Never throws, whatever it is given. Older plans are migrated (`migratedFrom` says from
 * which version). Nothing is dropped silently: unrecognised fields, at any depth, are moved
 * to `plan.extensions['x-unrecognised']` keyed by path, with a warning each; control
 * characters (other than tab and new lines) are stripped from text with a warning; links to
 * items that are not in the plan are removed with a warning each.
 */
export function parsePlan(input: unknown): ParsePlanResult {
  try {
    return parse(input);
  } catch {
    return fail([createPlanIssue('internal')]);
  }
}

/**
 * Reads a plan file's text: strips a byte order mark, refuses files over {@link MAX_PLAN_BYTES}
 * (`too-large`), says where the JSON is broken (`not-json`), then runs {@link parsePlan}.
 * Never throws.
 */
export function parsePlanJson(text: string): ParsePlanResult {
  try {
    const read = readJsonText(text, MAX_PLAN_BYTES);
    if (read.ok) return parsePlan(read.value);
    const { problem } = read;
    if (problem.kind === 'too-large') {
      return fail([createPlanIssue('too-large', { params: { maxMegabytes: problem.maxMegabytes } })]);
    }
    if (problem.kind === 'empty') return fail([createPlanIssue('empty-file')]);
    if (problem.line !== undefined && problem.column !== undefined) {
      const { line, column } = problem;
      return fail([
        createPlanIssue('not-json', { messageKey: 'issues.notJsonAt', params: { line, column } }),
      ]);
    }
    return fail([createPlanIssue('not-json')]);
  } catch {
    return fail([createPlanIssue('internal')]);
  }
}
