import type { Translation } from '../Translation.js';
import type { easyRead as en } from '../en/easyRead.js';

/** Welsh strings for the `easyRead.*` keys. Awaiting review by a fluent Welsh speaker. */
export const easyRead: Translation<typeof en> = {};
