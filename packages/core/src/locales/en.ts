import { drafts } from './en/drafts.js';
import { easyRead } from './en/easyRead.js';
import { glossary } from './en/glossary.js';
import { issues } from './en/issues.js';
import { pdf } from './en/pdf.js';
import { plan } from './en/plan.js';
import { ui } from './en/ui.js';
import { view } from './en/view.js';

/** The i18next namespace all Whole Picture strings live in. */
export const namespace = 'wholepicture';

/** English resources for the `wholepicture` namespace. Subpath export: `@wholepicture/core/locales/en`. */
export const en = { plan, issues, ui, drafts, view, pdf, easyRead, glossary };

/** The English resources' type: every other language must have the same keys. */
export type Resources = typeof en;
