import type { Translation } from '../Translation.js';
import type { pdf as en } from '../en/pdf.js';

/** Welsh strings for the `pdf.*` keys. Awaiting review by a fluent Welsh speaker. */
export const pdf: Translation<typeof en> = {};
