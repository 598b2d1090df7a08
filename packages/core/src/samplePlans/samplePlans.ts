import { planSchema } from '../planSchema.js';
import type { Plan } from '../planSchema.js';
import { callumPlanInput } from './callum.js';
import { darrenPlanInput } from './darren.js';
import { margaretPlanInput } from './margaret.js';

/** The names of the sample plans. */
export type SamplePlanName = 'callum' | 'darren' | 'margaret';

/**
 * Three realistic, fictional plans for demos, stories and tests: Callum (17, moving to adult
 * services in Wales, does not use speech), Darren (44, mental ill-health and drug use, at risk
 * of losing his tenancy) and Margaret (81, living with dementia, with her exhausted husband Ron).
 */
export const samplePlans: Record<SamplePlanName, Plan> = {
  callum: planSchema.parse(callumPlanInput),
  darren: planSchema.parse(darrenPlanInput),
  margaret: planSchema.parse(margaretPlanInput),
};
