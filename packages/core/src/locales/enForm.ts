import { drafts } from './en/drafts.js';
import { issues } from './en/issues.js';
import { plan } from './en/plan.js';
import { ui } from './en/ui.js';
import { view } from './en/view.js';

export { namespace } from './namespace.js';

/**
 * The English strings a form shows: questions, issues, controls, drafts, and the easy-read
 * view's few words. Subpath export: `@wholepicture/core/locales/en/form`.
 */
export const enForm = { plan, issues, ui, drafts, view };
