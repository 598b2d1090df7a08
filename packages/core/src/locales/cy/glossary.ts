import type { Translation } from '../Translation.js';
import type { glossary as en } from '../en/glossary.js';

/** Welsh strings for the `glossary.*` keys. Awaiting review by a fluent Welsh speaker. */
export const glossary: Translation<typeof en> = {};
