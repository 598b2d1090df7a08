/**
 * The easy-read document builder on its own: `@wholepicture/core/easy-read`. Kept off the
 * package root so a form's start-up bundle never holds it or the word lists it checks with.
 */
export { buildEasyReadDocument } from './buildEasyReadDocument.js';
export type { BuildEasyReadDocumentOptions } from './buildEasyReadDocument.js';
