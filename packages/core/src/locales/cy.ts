import { drafts } from './cy/drafts.js';
import { easyRead } from './cy/easyRead.js';
import { glossary } from './cy/glossary.js';
import { issues } from './cy/issues.js';
import { pdf } from './cy/pdf.js';
import { plan } from './cy/plan.js';
import { ui } from './cy/ui.js';
import { view } from './cy/view.js';
import type { Resources } from './en.js';
import type { Translation } from './Translation.js';
import { registerJargonTable } from '../registerJargonTable.js';
import { welshJargonTable } from '../welshJargonTable.js';

// The Welsh word lists of `checkEasyRead` travel with the Welsh strings, so an English-only
// bundle carries no Welsh (package.json lists this module under `sideEffects`).
registerJargonTable('cy', welshJargonTable);

/**
 * Welsh resources for the `wholepicture` namespace. Subpath export: `@wholepicture/core/locales/cy`.
 * Machine-assisted and awaiting review by a fluent Welsh speaker before production use.
 */
export const cy: Translation<Resources> = { plan, issues, ui, drafts, view, pdf, easyRead, glossary };

/** Review status of the Welsh strings, shown to hosts in the docs. */
export const reviewStatus = 'awaiting-review-by-fluent-speaker' as const;
