import { enDocument } from './enDocument.js';
import { enForm } from './enForm.js';
import { mergeResources } from './mergeResources.js';

export { namespace } from './namespace.js';

/**
 * English resources for the `wholepicture` namespace. Subpath export: `@wholepicture/core/locales/en`.
 * Also in two halves, for a form that loads the second on demand: `@wholepicture/core/locales/en/form`
 * (what the form shows) and `@wholepicture/core/locales/en/document` (the easy-read document,
 * PDF and glossary words).
 */
export const en = /* @__PURE__ */ mergeResources(enForm, enDocument);

/** The English resources' type: every other language must have the same keys. */
export type Resources = typeof en;
