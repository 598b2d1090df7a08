import { describe, expect, it } from 'vitest';
import { createPlan } from './createPlan.js';
import { MAX_PLAN_BYTES, parsePlan, parsePlanJson } from './parsePlan.js';
import type { ParsePlanResult } from './parsePlan.js';
import type { Plan } from './planSchema.js';

const now = new Date('2026-03-27T10:00:00Z');

function basePlan(): Plan {
  return createPlan({ now, person: { preferredName: 'Sam' } });
}

function expectOk(result: ParsePlanResult) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result;
}

function expectIssues(result: ParsePlanResult) {
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('parsePlan', () => {
  it('accepts a valid plan with no warnings', () => {
    const plan = basePlan();
    const result = expectOk(parsePlan(JSON.parse(JSON.stringify(plan))));
    expect(result.plan).toEqual(plan);
    expect(result.warnings).toEqual([]);
    expect(result.migratedFrom).toBeUndefined();
  });

  it('fills in the defaults of a minimal plan', () => {
    const result = expectOk(
      parsePlan({
        schemaVersion: 1,
        id: 'p1',
        createdAt: '2026-03-27T10:00:00Z',
        updatedAt: '2026-03-27T10:00:00Z',
      }),
    );
    expect(result.plan.needs).toEqual([]);
    expect(result.plan.aboutMe.goodDay.text).toBe('');
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'plan'],
    ['a list', [1, 2]],
    ['undefined', undefined],
  ])('refuses %s: it is not a plan', (_, input) => {
    expect(expectIssues(parsePlan(input)).map((issue) => issue.code)).toEqual(['not-an-object']);
  });

  it('refuses an object with no schemaVersion and nothing of a plan in it', () => {
    const [issue] = expectIssues(parsePlan({ hello: 'world' }));
    expect(issue?.code).toBe('missing-schema-version');
    expect(issue?.message).toContain('does not say which version');
  });

  it('tells the reader to update for a plan from a newer version', () => {
    const [issue] = expectIssues(parsePlan({ ...basePlan(), schemaVersion: 3 }));
    expect(issue?.code).toBe('future-schema-version');
    expect(issue?.message).toBe(
      'This plan was made by a newer version of Whole Picture (version 3). Update Whole Picture to open it.',
    );
  });

  it('refuses a schemaVersion that is not a whole number', () => {
    for (const schemaVersion of ['1', 1.5, -1, null]) {
      const [issue] = expectIssues(parsePlan({ ...basePlan(), schemaVersion }));
      expect(issue?.code).toBe('bad-schema-version');
    }
  });

  it('lists every problem with a path and words that say what to do', () => {
    const issues = expectIssues(
      parsePlan({
        ...basePlan(),
        person: { preferredName: 'x'.repeat(1001), dateOfBirth: '31/02/2000' },
        support: [{ id: 's1', hoursPerWeek: 200 }],
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.pathString])).toEqual([
      ['too-long', 'person.preferredName'],
      ['bad-date', 'person.dateOfBirth'],
      ['number-too-big', 'support[0].hoursPerWeek'],
    ]);
    expect(issues[0]?.message).toBe('This text is too long: at most 1000 characters. Shorten it.');
  });

  it('keeps unrecognised fields at any depth, with a warning each', () => {
    const input = {
      ...JSON.parse(JSON.stringify(basePlan())),
      favouriteColour: 'green',
      person: { preferredName: 'Sam', shoeSize: 9 },
      needs: [{ id: 'n1', description: { text: 'Buses', tone: 'worried' } }],
    };
    const result = expectOk(parsePlan(input));
    expect(result.plan.extensions['x-unrecognised']).toEqual({
      favouriteColour: 'green',
      'person.shoeSize': 9,
      'needs[0].description.tone': 'worried',
    });
    expect(result.warnings.map((issue) => [issue.code, issue.pathString])).toEqual([
      ['unrecognised-field', 'person.shoeSize'],
      ['unrecognised-field', 'needs[0].description.tone'],
      ['unrecognised-field', 'favouriteColour'],
    ]);
    expect(result.warnings[0]?.severity).toBe('warning');
    expect(result.plan.person).not.toHaveProperty('shoeSize');
  });

  it('keeps earlier unrecognised fields when a plan is opened again', () => {
    const first = expectOk(parsePlan({ ...basePlan(), mood: 'happy' }));
    const second = expectOk(parsePlan({ ...JSON.parse(JSON.stringify(first.plan)), colour: 'blue' }));
    expect(second.plan.extensions['x-unrecognised']).toEqual({ mood: 'happy', colour: 'blue' });
    const third = expectOk(parsePlan(JSON.parse(JSON.stringify(second.plan))));
    expect(third.plan).toEqual(second.plan);
    expect(third.warnings).toEqual([]);
  });

  it('keeps the host extensions as they are', () => {
    const extensions = { 'host:caseId': 'C-12', nested: { list: [1, 'two', null, { deep: true }] } };
    const result = expectOk(parsePlan({ ...basePlan(), extensions }));
    expect(result.plan.extensions).toEqual(extensions);
  });

  it('strips control characters from text with a warning, but keeps tabs and new lines', () => {
    const input = JSON.parse(JSON.stringify(basePlan()));
    input.aboutMe.goodDay = { text: 'Tea\u0000 in\u0007 the\tgarden\r\nwith Mum\u009B' };
    const result = expectOk(parsePlan(input));
    expect(result.plan.aboutMe.goodDay.text).toBe('Tea in the\tgarden\r\nwith Mum');
    expect(result.warnings.map((issue) => [issue.code, issue.pathString])).toEqual([
      ['control-characters', 'aboutMe.goodDay.text'],
    ]);
  });

  it('removes links to missing items with a warning each, and never fails for them', () => {
    const input = {
      ...basePlan(),
      contributors: [{ id: 'c1', name: 'Sam', role: 'person' }],
      needs: [{ id: 'n1' }],
      outcomes: [
        {
          id: 'o1',
          needIds: ['n1', 'gone'],
          readings: [
            { id: 'r1', by: 'c1', now: 3 },
            { id: 'r2', by: 'c9', now: 7 },
          ],
        },
      ],
      support: [{ id: 's1', outcomeIds: ['o1', 'o2'] }],
    };
    const result = expectOk(parsePlan(input));
    expect(result.plan.outcomes[0]?.needIds).toEqual(['n1']);
    expect(result.plan.outcomes[0]?.readings.map((reading) => reading.id)).toEqual(['r1']);
    expect(result.plan.support[0]?.outcomeIds).toEqual(['o1']);
    expect(result.warnings.map((issue) => [issue.code, issue.pathString])).toEqual([
      ['broken-reference-removed', 'outcomes[0].needIds[1]'],
      ['reading-without-voice-removed', 'outcomes[0].readings[1].by'],
      ['broken-reference-removed', 'support[0].outcomeIds[1]'],
    ]);
  });

  it('warns about an NHS number with a wrong check digit, without refusing the plan', () => {
    const result = expectOk(
      parsePlan({
        ...basePlan(),
        person: { preferredName: 'Sam', identifiers: [{ system: 'nhs-number', value: '943 476 5918' }] },
      }),
    );
    expect(result.warnings.map((issue) => [issue.code, issue.pathString, issue.severity])).toEqual([
      ['bad-nhs-number', 'person.identifiers[0].value', 'warning'],
    ]);
  });

  it('migrates a version 0 plan and says so', () => {
    const result = expectOk(
      parsePlan({ id: 'old', createdAt: '2025-05-01T09:00:00Z', name: 'Sam', dob: '02/03/1990' }),
    );
    expect(result.migratedFrom).toBe(0);
    expect(result.plan.person.preferredName).toBe('Sam');
    expect(result.plan.person.dateOfBirth).toBe('1990-03-02');
  });
});

describe('parsePlan with hostile input', () => {
  it('keeps __proto__ and constructor keys as data, and pollutes no prototype', () => {
    const text = `{
      "schemaVersion": 1, "id": "p", "createdAt": "2026-03-27T10:00:00Z",
      "updatedAt": "2026-03-27T10:00:00Z",
      "__proto__": { "polluted": "yes" },
      "constructor": { "prototype": { "polluted": "yes" } },
      "person": { "preferredName": "Sam", "__proto__": { "isAdmin": true } },
      "extensions": { "__proto__": { "polluted": "yes" }, "ok": 1 }
    }`;
    const result = expectOk(parsePlanJson(text));
    const plan = result.plan as unknown as Record<string, unknown>;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(Object.getPrototypeOf(plan)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.plan.person)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.plan.extensions)).toBe(Object.prototype);
    expect(plan['polluted']).toBeUndefined();
    expect(Object.hasOwn(result.plan.extensions, '__proto__')).toBe(true);
    expect(JSON.parse(JSON.stringify(result.plan.extensions))).toEqual(
      JSON.parse(
        '{ "__proto__": { "polluted": "yes" }, "ok": 1, "x-unrecognised": {' +
          '"person.__proto__": { "isAdmin": true },' +
          '"__proto__": { "polluted": "yes" },' +
          '"constructor": { "prototype": { "polluted": "yes" } } } }',
      ),
    );
    expect(result.warnings.map((issue) => issue.pathString)).toEqual([
      '__proto__',
      'constructor',
      'person.__proto__',
    ]);
  });

  it('refuses functions, symbols, BigInt and class instances, naming where they are', () => {
    const input = {
      ...basePlan(),
      person: { preferredName: () => 'Sam', fullName: Symbol('x') },
      needs: [{ id: 'n1', count: 10n }],
      createdAt: new Date(),
      contacts: [{ id: 'c', name: 'Mum', phone: new Map() }],
    };
    const issues = expectIssues(parsePlan(input));
    expect(issues.map((issue) => [issue.code, issue.pathString, issue.params?.['kind']])).toEqual([
      ['not-json-value', 'createdAt', 'Date'],
      ['not-json-value', 'person.preferredName', 'function'],
      ['not-json-value', 'person.fullName', 'symbol'],
      ['not-json-value', 'needs[0].count', 'bigint'],
      ['not-json-value', 'contacts[0].phone', 'Map'],
    ]);
  });

  it('refuses NaN and Infinity', () => {
    const issues = expectIssues(parsePlan({ ...basePlan(), support: [{ id: 's', hoursPerWeek: NaN }] }));
    expect(issues[0]?.code).toBe('not-json-value');
  });

  it('refuses a plan that refers back to itself', () => {
    const input: Record<string, unknown> = { ...basePlan() };
    input['extensions'] = { self: input };
    const issues = expectIssues(parsePlan(input));
    expect(issues.map((issue) => [issue.code, issue.pathString])).toEqual([['cycle', 'extensions.self']]);
  });

  it('accepts the same object used twice (not a loop)', () => {
    const shared = { text: 'Same words' };
    const result = expectOk(parsePlan({ ...basePlan(), aboutMe: { goodDay: shared, badDay: shared } }));
    expect(result.plan.aboutMe.badDay.text).toBe('Same words');
  });

  it('survives getters that throw and hostile proxies', () => {
    const input: Record<string, unknown> = { ...basePlan() };
    Object.defineProperty(input, 'person', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(expectIssues(parsePlan(input))[0]).toMatchObject({ code: 'unreadable', pathString: 'person' });

    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap, has: trap });
    expect(expectIssues(parsePlan(hostile))[0]?.code).toBe('unreadable');

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(expectIssues(parsePlan(proxy))[0]?.code).toBe('unreadable');
    expect(expectIssues(parsePlan({ ...basePlan(), extensions: { p: proxy } }))[0]?.pathString).toBe(
      'extensions.p',
    );
  });

  it('refuses an object bigger than the size limit, even with shared parts', () => {
    const big = 'x'.repeat(MAX_PLAN_BYTES + 1);
    expect(expectIssues(parsePlan({ ...basePlan(), extensions: { big } }))[0]?.code).toBe('too-large');

    // 40 levels of a list holding the same list twice: 2^40 strings if written out.
    let node: unknown = 'leaf';
    for (let i = 0; i < 40; i += 1) node = [node, node];
    expect(expectIssues(parsePlan({ ...basePlan(), extensions: { node } }))[0]?.code).toBe('too-large');
  });

  it('refuses nesting deeper than the limit instead of overflowing the stack', () => {
    let node: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) node = [node];
    expect(expectIssues(parsePlan({ ...basePlan(), extensions: { node } }))[0]?.code).toBe('too-deep');
  });

  it('says a very long text is too long rather than failing', () => {
    const issues = expectIssues(
      parsePlan({ ...basePlan(), aboutMe: { goodDay: { text: 'a'.repeat(100_001) } } }),
    );
    expect(issues[0]).toMatchObject({ code: 'too-long', pathString: 'aboutMe.goodDay.text' });
  });
});

describe('parsePlanJson', () => {
  it('reads a saved plan, with or without a byte order mark', () => {
    const plan = basePlan();
    expect(expectOk(parsePlanJson(JSON.stringify(plan))).plan).toEqual(plan);
    expect(expectOk(parsePlanJson(`\uFEFF${JSON.stringify(plan, null, 2)}`)).plan).toEqual(plan);
  });

  it('says where the JSON is broken', () => {
    const [issue] = expectIssues(parsePlanJson('{\n  "schemaVersion": 1,\n  "id": "p",,\n}'));
    expect(issue?.code).toBe('not-json');
    expect(issue?.messageKey).toBe('issues.notJsonAt');
    expect(issue?.params).toEqual({ line: 3, column: 13 });
    expect(issue?.message).toContain('line 3, column 13');
  });

  it('says where a file that stops early ends', () => {
    const [issue] = expectIssues(parsePlanJson('{"schemaVersion": 1'));
    expect(issue?.code).toBe('not-json');
  });

  it('says an empty file is empty', () => {
    expect(expectIssues(parsePlanJson(''))[0]?.code).toBe('empty-file');
    expect(expectIssues(parsePlanJson('\uFEFF  \n'))[0]?.code).toBe('empty-file');
  });

  it('refuses a file over 5 MB before reading it', () => {
    const [issue] = expectIssues(parsePlanJson(`"${'x'.repeat(MAX_PLAN_BYTES)}"`));
    expect(issue).toMatchObject({ code: 'too-large', params: { maxMegabytes: 5 } });
    expect(issue?.message).toContain('5 MB');
  });

  it('counts bytes, not characters, against the limit', () => {
    // 2.7 million pound signs are under 5 million characters but 5.4 MB in UTF-8.
    const text = JSON.stringify({ ...basePlan(), extensions: { note: '£'.repeat(2_700_000) } });
    expect(text.length).toBeLessThan(MAX_PLAN_BYTES);
    expect(expectIssues(parsePlanJson(text))[0]?.code).toBe('too-large');
  });

  it('answers a value that is not text with an issue', () => {
    expect(expectIssues(parsePlanJson(42 as unknown as string))[0]?.code).toBe('not-json');
  });
});
