import type { Translation } from '../Translation.js';
import type { issues as en } from '../en/issues.js';

/** Welsh strings for the `issues.*` keys. Awaiting review by a fluent Welsh speaker. */
export const issues: Translation<typeof en> = {};
