import Ajv2020 from 'ajv/dist/2020';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { createPlan } from './createPlan.js';
import { planJsonSchema } from './planJsonSchema.js';
import { samplePlans } from './samplePlans/samplePlans.js';

function validator(target?: 'draft-07') {
  const ajv = target ? new Ajv({ strict: false }) : new Ajv2020({ strict: false });
  // Ajv knows no formats without ajv-formats: the patterns beside each format do the checking.
  ajv.addFormat('date', true);
  ajv.addFormat('date-time', true);
  return ajv.compile(planJsonSchema(target ? { target } : {}));
}

describe('planJsonSchema', () => {
  const validate = validator();

  it('accepts every sample plan and a new empty plan', () => {
    for (const plan of [...Object.values(samplePlans), createPlan()]) {
      expect(validate(JSON.parse(JSON.stringify(plan))), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('accepts a sparse draft, as parsePlan does', () => {
    expect(
      validate({
        schemaVersion: 1,
        id: 'p',
        createdAt: '2026-03-27T10:00:00Z',
        updatedAt: '2026-03-27T10:00:00Z',
      }),
    ).toBe(true);
  });

  it('refuses a broken plan and says where', () => {
    const broken = JSON.parse(JSON.stringify(samplePlans.callum));
    broken.outcomes[1].readings[0].now = 11;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/outcomes/1/readings/0/now');
  });

  it('refuses an impossible date, a wrong schemaVersion and a missing id', () => {
    const plan = JSON.parse(JSON.stringify(samplePlans.margaret));
    expect(validate({ ...plan, person: { ...plan.person, dateOfBirth: '1944-02-30' } })).toBe(false);
    expect(validate({ ...plan, schemaVersion: 2 })).toBe(false);
    const { id: _id, ...withoutId } = plan;
    expect(validate(withoutId)).toBe(false);
  });

  it('works with draft-07 validators too', () => {
    const validate07 = validator('draft-07');
    expect(validate07(JSON.parse(JSON.stringify(samplePlans.darren)))).toBe(true);
    expect(validate07({ ...samplePlans.darren, support: [{ id: 's', hoursPerWeek: 500 }] })).toBe(false);
  });
});
