import { describe, expect, it } from 'vitest';
import { migratePlan, migrations, migrateV0ToV1 } from './migrations.js';
import { parsePlan } from './parsePlan.js';
import { CURRENT_SCHEMA_VERSION } from './planSchema.js';
import { samplePlanV0 } from './samplePlans/samplePlanV0.js';

/** A deep copy of JSON data (the core package's type-check has no DOM or Node globals). */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('migrations', () => {
  it('has a migration from every version below the current one', () => {
    for (let version = 0; version < CURRENT_SCHEMA_VERSION; version += 1) {
      expect(typeof migrations[version]).toBe('function');
    }
  });
});

describe('migrateV0ToV1', () => {
  it('moves every version 0 field to its version 1 place', () => {
    const next = migrateV0ToV1(clone(samplePlanV0));
    expect(next).toMatchObject({
      schemaVersion: 1,
      person: {
        preferredName: 'Darren',
        fullName: 'Darren Michael Hughes',
        dateOfBirth: '1981-09-14',
        identifiers: [{ system: 'nhs-number', value: '943 476 5870' }],
      },
      communication: {
        howICommunicate: { text: 'I talk fine. Write things down for me, I forget appointments.' },
      },
      aboutMe: { goodDay: { text: 'I get up, walk the dog, have a brew with Lee at the project.' } },
      needs: [{ id: 'n-post', description: { text: 'Letters about rent pile up and I do not open them.' } }],
      strengths: [{ id: 's-dog', description: { text: 'I walk Bella twice a day, every day.' } }],
      support: [
        {
          id: 'sp-lee',
          rung: 'targeted',
          hoursPerWeek: 3,
          costPerWeek: 96,
          description: { text: 'Housing First support from Lee' },
        },
        { id: 'sp-sister', rung: 'family-friends', hoursPerWeek: 0.5 },
      ],
      review: { nextReviewDate: '2025-12-10' },
    });
    expect(next['outcomes']).toEqual([
      {
        id: 'o-rent',
        lifeArea: 'home',
        statement: { text: 'I know what I owe on my rent and I am paying it back.' },
        needIds: ['n-post'],
        readings: [{ id: 'o-rent-score', by: 'together', now: 3 }],
      },
      {
        id: 'o-kayleigh',
        lifeArea: 'relationships',
        statement: { text: 'I see Kayleigh every other Saturday.' },
        score: 11,
      },
    ]);
    for (const gone of ['name', 'fullName', 'dob', 'nhsNumber', 'easyRead', 'reviewDate']) {
      expect(next).not.toHaveProperty(gone);
    }
  });

  it('does not change its input', () => {
    const input = clone(samplePlanV0);
    migrateV0ToV1(input);
    expect(input).toEqual(samplePlanV0);
  });

  it('turns easyRead: true into an easy-read format need', () => {
    const next = migrateV0ToV1({ name: 'Ann', easyRead: true });
    expect(next['communication']).toEqual({ accessibleFormats: [{ kind: 'easy-read' }] });
  });

  it('leaves a date of birth it cannot read under its old name, so it is not lost', () => {
    const next = migrateV0ToV1({ name: 'Ann', dob: '31/02/1950' });
    expect(next['dob']).toBe('31/02/1950');
    expect(next['person']).toEqual({ preferredName: 'Ann' });
  });

  it('gives a plan with no id or times a new id and a time', () => {
    const next = migrateV0ToV1({ name: 'Ann' });
    expect(next['id']).toMatch(/^plan-/);
    expect(typeof next['createdAt']).toBe('string');
    expect(next['updatedAt']).toBe(next['createdAt']);
  });

  it('maps an unknown support type to itself rather than to a prototype property', () => {
    const next = migrateV0ToV1({ name: 'Ann', support: [{ id: 's', type: 'constructor' }] });
    expect(next['support']).toStrictEqual([{ id: 's', rung: 'constructor' }]);
  });
});

describe('migratePlan', () => {
  it('treats a plan with no schemaVersion but version 0 fields as version 0', () => {
    const result = migratePlan(clone(samplePlanV0));
    expect(result.ok && result.migratedFrom).toBe(0);
  });

  it('treats schemaVersion 0 as version 0', () => {
    const result = migratePlan({ schemaVersion: 0, id: 'p' });
    expect(result.ok && result.migratedFrom).toBe(0);
  });

  it('passes a current plan through untouched', () => {
    const input = { schemaVersion: CURRENT_SCHEMA_VERSION, id: 'p' };
    const result = migratePlan(input);
    expect(result).toEqual({ ok: true, value: input });
  });
});

describe('parsePlan on the version 0 sample', () => {
  it('opens it, says it was migrated from version 0 and keeps what could not be converted', () => {
    const result = parsePlan(clone(samplePlanV0));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.migratedFrom).toBe(0);
    expect(result.plan.person.preferredName).toBe('Darren');
    expect(result.plan.outcomes[0]?.readings).toEqual([{ id: 'o-rent-score', by: 'together', now: 3 }]);
    expect(result.plan.extensions['x-unrecognised']).toEqual({
      'outcomes[1].score': 11,
      keyworkerNotes: 'Prefers a morning visit.',
    });
  });
});
