import { createId } from './createId.js';
import { CURRENT_SCHEMA_VERSION, planSchema } from './planSchema.js';
import type { Plan, PlanInput } from './planSchema.js';

/** Options for {@link createPlan}: any part of a plan, plus the clock. */
export type CreatePlanOptions = Partial<Omit<PlanInput, 'schemaVersion'>> & {
  /** The time the plan is made (for tests and replays). @default new Date() */
  now?: Date;
};

/**
 * A new, valid, empty draft plan with a fresh id and timestamps. Anything in `overrides`
 * replaces the matching part of the empty plan; the result is validated, so a bad override
 * throws a zod error naming the field.
 */
export function createPlan(overrides: CreatePlanOptions = {}): Plan {
  const { now = new Date(), ...parts } = overrides;
  const timestamp = now.toISOString();
  return planSchema.parse({
    id: createId('plan'),
    createdAt: timestamp,
    updatedAt: timestamp,
    ...parts,
    schemaVersion: CURRENT_SCHEMA_VERSION,
  });
}
