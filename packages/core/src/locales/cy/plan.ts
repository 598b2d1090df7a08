import type { Translation } from '../Translation.js';
import type { plan as en } from '../en/plan.js';

/** Welsh strings for the `plan.*` keys. Awaiting review by a fluent Welsh speaker. */
export const plan: Translation<typeof en> = {};
