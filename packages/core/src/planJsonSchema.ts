import * as z from 'zod/mini';
import { planSchema } from './planSchema.js';

/** Options for {@link planJsonSchema}. */
export interface PlanJsonSchemaOptions {
  /**
   * The JSON Schema dialect: 2020-12 for current validators (Ajv's `ajv/dist/2020`),
   * draft-07 for older ones. @default 'draft-2020-12'
   */
  target?: 'draft-2020-12' | 'draft-07';
}

/**
 * The plan as a JSON Schema, for a host's backend to check plans it stores. It describes the
 * plan as it may be *written* (zod's `io: 'input'`): fields with defaults are optional, so it
 * accepts both a full plan from `parsePlan` and a sparse draft, exactly what `parsePlan` would
 * accept at the current version; extra fields are allowed, because `parsePlan` keeps them.
 * Dates carry `format: "date"` and a pattern that checks real calendar dates. It cannot check
 * what needs code: migrations from older versions, NHS number check digits, or that links
 * between items resolve; run `parsePlan` for those.
 */
export function planJsonSchema(options: PlanJsonSchemaOptions = {}): Record<string, unknown> {
  return z.toJSONSchema(planSchema, {
    io: 'input',
    target: options.target ?? 'draft-2020-12',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
}
