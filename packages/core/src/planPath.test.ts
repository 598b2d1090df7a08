import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanPathError, getAtPath, parsePath, setAtPath } from './planPath.js';

const plan = {
  person: { preferredName: 'Sam' },
  needs: [
    { id: 'n1', description: { text: 'Buses' } },
    { id: 'n2', description: { text: 'Money' } },
  ],
};

describe('parsePath', () => {
  it('splits names and list positions', () => {
    expect(parsePath('needs[2].description.text')).toEqual(['needs', 2, 'description', 'text']);
    expect(parsePath('outcomes[0].readings[3].now')).toEqual(['outcomes', 0, 'readings', 3, 'now']);
    expect(parsePath('')).toEqual([]);
  });

  it('refuses malformed paths with the way to write them', () => {
    expect(() => parsePath('needs[x]')).toThrow(/Write it like needs\[2\]\.description\.text/);
    expect(() => parsePath('a..b')).toThrow(PlanPathError);
  });
});

describe('getAtPath', () => {
  it('reads nested values and list items', () => {
    expect(getAtPath(plan, 'person.preferredName')).toBe('Sam');
    expect(getAtPath(plan, 'needs[1].description.text')).toBe('Money');
    expect(getAtPath(plan, ['needs', 0, 'id'])).toBe('n1');
  });

  it('gives undefined for missing steps instead of throwing', () => {
    expect(getAtPath(plan, 'needs[5].description.text')).toBeUndefined();
    expect(getAtPath(plan, 'person.preferredName.first')).toBeUndefined();
    expect(getAtPath(null, 'person')).toBeUndefined();
    expect(getAtPath(plan, 'needs.length')).toBeUndefined();
  });

  it('never reads through the prototype', () => {
    expect(getAtPath(plan, '__proto__')).toBeUndefined();
    expect(getAtPath(plan, 'person.constructor')).toBeUndefined();
    expect(getAtPath(plan, 'person.toString')).toBeUndefined();
    expect(getAtPath(plan, ['prototype'])).toBeUndefined();
  });
});

describe('setAtPath', () => {
  it('returns a changed copy and leaves the original alone', () => {
    const before = JSON.stringify(plan);
    const next = setAtPath(plan, 'needs[1].description.text', 'Bills');
    expect(getAtPath(next, 'needs[1].description.text')).toBe('Bills');
    expect(JSON.stringify(plan)).toBe(before);
    expect(next.needs[0]).toBe(plan.needs[0]);
    expect(next.person).toBe(plan.person);
  });

  it('creates missing groups and adds an item at the end of a list', () => {
    const next = setAtPath(plan, 'needs[2].description.text', 'Food');
    expect(next.needs).toHaveLength(3);
    expect(getAtPath(setAtPath({}, 'extensions.gp.name', 'Dr Jones'), 'extensions.gp.name')).toBe('Dr Jones');
    expect(setAtPath({}, 'list[0]', 'a')).toEqual({ list: ['a'] });
  });

  it('refuses to skip list positions or step through words', () => {
    expect(() => setAtPath(plan, 'needs[9].id', 'x')).toThrow(/skips items/);
    expect(() => setAtPath(plan, 'person.preferredName.first', 'x')).toThrow(PlanPathError);
  });

  it('refuses every key that could reach a prototype', () => {
    for (const path of ['__proto__.polluted', 'person.constructor.prototype', 'prototype']) {
      expect(() => setAtPath({}, path, 'x')).toThrow(PlanPathError);
    }
    expect(() => setAtPath({}, ['a', '__proto__'], 'x')).toThrow(PlanPathError);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never pollutes Object.prototype, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'a'), fc.nat(2)), {
          maxLength: 5,
        }),
        (parts) => {
          try {
            setAtPath({}, parts, 'x');
          } catch (error) {
            expect(error).toBeInstanceOf(PlanPathError);
          }
          expect(Object.prototype).not.toHaveProperty('a');
        },
      ),
    );
  });
});
