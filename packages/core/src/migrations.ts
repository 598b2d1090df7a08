import { createId } from './createId.js';
import { createPlanIssue } from './planIssue.js';
import type { PlanIssue } from './planIssue.js';
import { CURRENT_SCHEMA_VERSION } from './planSchema.js';

/** A plan (or an older plan) as plain JSON data, before validation. */
export type PlanData = Record<string, unknown>;

/** Brings plan data from one schema version to the next. Pure: never changes its input. */
export type PlanMigration = (old: PlanData) => PlanData;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `DD/MM/YYYY` (or `D/M/YYYY`, with `/`, `.` or `-`) as `YYYY-MM-DD`, if it is a real date. */
function ukDateToIso(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
  if (!match) return undefined;
  const [, d = '', m = '', y = ''] = match;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const month = Number(m);
  const day = Number(d);
  const year = Number(y);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days ? iso : undefined;
}

function voiced(value: unknown): unknown {
  return typeof value === 'string' ? { text: value } : value;
}

/** v0 support types and the v1 ladder rungs they became. */
const v0SupportTypes: Record<string, string> = {
  self: 'me',
  me: 'me',
  family: 'family-friends',
  'family-friends': 'family-friends',
  community: 'community',
  universal: 'universal',
  targeted: 'targeted',
  specialist: 'specialist',
  residential: 'residential',
};

function score(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= 10
    ? number
    : undefined;
}

function mapList(value: unknown, map: (item: PlanData) => PlanData): unknown {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? map(item) : item)) : value;
}

/**
 * Schema version 0 → 1. Version 0 was the prototype's format (2025), written with no
 * `schemaVersion` field or with `schemaVersion: 0`. It differed from version 1 like this:
 *
 * - `name` → `person.preferredName`; `fullName`, `pronouns` → `person.*`
 * - `dob` as `DD/MM/YYYY` → `person.dateOfBirth` as `YYYY-MM-DD`
 * - `nhsNumber` → `person.identifiers: [{ system: 'nhs-number', value }]`
 * - `communication` was one string → `communication.howICommunicate.text`;
 *   `easyRead: true` → `communication.accessibleFormats: [{ kind: 'easy-read' }]`
 * - `aboutMe.*` were plain strings → voiced texts `{ text }`
 * - `needs[]` and `strengths[]` had `text` → `description: { text }`
 * - `outcomes[]` had plain `text` and one `score` (1–10) → `statement: { text }` and a reading
 *   `{ id: '<outcome id>-score', by: 'together', now: score }`
 * - `support[]` had `type` (`self`, `family`, `community`, `universal`, `targeted`,
 *   `specialist`, `residential`) → `rung` (`self` → `me`, `family` → `family-friends`),
 *   `description` as a string → `{ text }`, `hours` → `hoursPerWeek`, `cost` → `costPerWeek`
 * - `reviewDate` as `DD/MM/YYYY` → `review.nextReviewDate`
 * - a missing `id` gets a new one; a missing `createdAt`/`updatedAt` takes the other, or now.
 *
 * A value that cannot be converted (a `dob` that is not a real date, a `score` outside 1–10)
 * is left under its old name, so parsePlan keeps it as an unrecognised field with a warning:
 * nothing the person entered is lost. Everything else passes through unchanged.
 */
export function migrateV0ToV1(old: PlanData): PlanData {
  const next: PlanData = { ...old, schemaVersion: 1 };
  const person: PlanData = isRecord(old['person']) ? { ...old['person'] } : {};

  if (typeof old['name'] === 'string' && person['preferredName'] === undefined) {
    person['preferredName'] = old['name'];
    delete next['name'];
  }
  for (const key of ['fullName', 'pronouns'] as const) {
    if (typeof old[key] === 'string' && person[key] === undefined) {
      person[key] = old[key];
      delete next[key];
    }
  }
  if (old['dob'] !== undefined) {
    const iso = ukDateToIso(old['dob']);
    if (iso !== undefined) {
      person['dateOfBirth'] = iso;
      delete next['dob'];
    }
  }
  if (typeof old['nhsNumber'] === 'string') {
    const identifiers = Array.isArray(person['identifiers']) ? [...person['identifiers']] : [];
    identifiers.push({ system: 'nhs-number', value: old['nhsNumber'] });
    person['identifiers'] = identifiers;
    delete next['nhsNumber'];
  }
  if (Object.keys(person).length > 0 || isRecord(old['person'])) next['person'] = person;

  if (typeof old['communication'] === 'string' || old['easyRead'] === true) {
    const communication: PlanData = isRecord(old['communication']) ? { ...old['communication'] } : {};
    if (typeof old['communication'] === 'string') {
      communication['howICommunicate'] = { text: old['communication'] };
    }
    if (old['easyRead'] === true) {
      const formats = Array.isArray(communication['accessibleFormats'])
        ? [...communication['accessibleFormats']]
        : [];
      formats.push({ kind: 'easy-read' });
      communication['accessibleFormats'] = formats;
      delete next['easyRead'];
    }
    next['communication'] = communication;
  }
  if (old['easyRead'] === false) delete next['easyRead'];

  if (isRecord(old['aboutMe'])) {
    const aboutMe: PlanData = { ...old['aboutMe'] };
    for (const key of Object.keys(aboutMe)) aboutMe[key] = voiced(aboutMe[key]);
    next['aboutMe'] = aboutMe;
  }

  const describe = (item: PlanData): PlanData => {
    if (typeof item['text'] !== 'string' || item['description'] !== undefined) return item;
    const { text, ...rest } = item;
    return { ...rest, description: { text } };
  };
  next['needs'] = mapList(old['needs'], describe);
  next['strengths'] = mapList(old['strengths'], describe);

  next['outcomes'] = mapList(old['outcomes'], (item) => {
    const outcome: PlanData = { ...item };
    if (typeof item['text'] === 'string' && item['statement'] === undefined) {
      outcome['statement'] = { text: item['text'] };
      delete outcome['text'];
    }
    const now = score(item['score']);
    if (now !== undefined) {
      const readings = Array.isArray(item['readings']) ? [...item['readings']] : [];
      const id = typeof item['id'] === 'string' ? item['id'].slice(0, 80) : 'outcome';
      readings.push({ id: `${id}-score`, by: 'together', now });
      outcome['readings'] = readings;
      delete outcome['score'];
    }
    return outcome;
  });

  next['support'] = mapList(old['support'], (item) => {
    const support: PlanData = { ...item };
    const type = item['type'];
    if (typeof type === 'string' && item['rung'] === undefined) {
      support['rung'] = Object.hasOwn(v0SupportTypes, type) ? v0SupportTypes[type] : type;
      delete support['type'];
    }
    if (typeof item['description'] === 'string') support['description'] = { text: item['description'] };
    if (item['hours'] !== undefined && item['hoursPerWeek'] === undefined) {
      support['hoursPerWeek'] = item['hours'];
      delete support['hours'];
    }
    if (item['cost'] !== undefined && item['costPerWeek'] === undefined) {
      support['costPerWeek'] = item['cost'];
      delete support['cost'];
    }
    return support;
  });

  if (old['reviewDate'] !== undefined) {
    const iso = ukDateToIso(old['reviewDate']);
    if (iso !== undefined) {
      const review: PlanData = isRecord(old['review']) ? { ...old['review'] } : {};
      review['nextReviewDate'] = iso;
      next['review'] = review;
      delete next['reviewDate'];
    }
  }

  if (typeof next['id'] !== 'string' || next['id'] === '') next['id'] = createId('plan');
  const stamp =
    (typeof old['createdAt'] === 'string' && old['createdAt']) ||
    (typeof old['updatedAt'] === 'string' && old['updatedAt']) ||
    new Date().toISOString();
  if (typeof next['createdAt'] !== 'string') next['createdAt'] = stamp;
  if (typeof next['updatedAt'] !== 'string') next['updatedAt'] = stamp;

  for (const key of ['needs', 'strengths', 'outcomes', 'support'] as const) {
    if (next[key] === undefined) delete next[key];
  }
  return next;
}

/**
 * The migrations, keyed by the version they start from: `migrations[0]` turns a version 0
 * plan into version 1. Every version below {@link CURRENT_SCHEMA_VERSION} has one.
 */
export const migrations: Record<number, PlanMigration> = {
  0: migrateV0ToV1,
};

/** Keys that only a version 0 plan has: with no `schemaVersion`, any of them marks version 0. */
const v0Markers = ['name', 'dob', 'nhsNumber', 'reviewDate', 'aboutMe', 'outcomes', 'support'];

/** The result of {@link migratePlan}. */
export type MigratePlanResult =
  { ok: true; value: PlanData; migratedFrom?: number } | { ok: false; issues: PlanIssue[] };

/**
 * Reads which version `input` is and brings it to the current one. Never throws.
 * No `schemaVersion` counts as version 0 if the data has version 0's fields, and otherwise
 * is refused as not a plan; a newer version than this library knows is refused with a
 * message saying to update.
 */
export function migratePlan(input: unknown): MigratePlanResult {
  if (!isRecord(input)) return { ok: false, issues: [createPlanIssue('not-an-object')] };
  let version: number;
  const declared = input['schemaVersion'];
  if (declared === undefined) {
    if (!v0Markers.some((key) => Object.hasOwn(input, key))) {
      return { ok: false, issues: [createPlanIssue('missing-schema-version', { path: ['schemaVersion'] })] };
    }
    version = 0;
  } else if (typeof declared === 'number' && Number.isInteger(declared) && declared >= 0) {
    version = declared;
  } else {
    return { ok: false, issues: [createPlanIssue('bad-schema-version', { path: ['schemaVersion'] })] };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [createPlanIssue('future-schema-version', { path: ['schemaVersion'], params: { version } })],
    };
  }
  if (version === CURRENT_SCHEMA_VERSION) return { ok: true, value: input };

  let value: PlanData = input;
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from += 1) {
    const migration = Object.hasOwn(migrations, from) ? migrations[from] : undefined;
    try {
      if (!migration) throw new Error(`no migration from version ${from}`);
      value = migration(value);
    } catch {
      return {
        ok: false,
        issues: [createPlanIssue('migration-failed', { params: { version: from } })],
      };
    }
  }
  return { ok: true, value, migratedFrom: version };
}
