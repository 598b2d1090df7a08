import type { Translation } from '../Translation.js';
import type { ui as en } from '../en/ui.js';

/** Welsh strings for the `ui.*` keys. Awaiting review by a fluent Welsh speaker. */
export const ui: Translation<typeof en> = {};
