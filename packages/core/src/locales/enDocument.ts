import { easyRead } from './en/easyRead.js';
import { glossary } from './en/glossary.js';
import { pdf } from './en/pdf.js';
import { planEasyRead } from './en/planEasyRead.js';

export { namespace } from './namespace.js';

/**
 * The English strings of the easy-read document, the PDF and the glossary of hard words (which
 * writing help also uses), and the person's easy-read wording of the form's sections and
 * questions (`plan.*.easyRead`, for easy-read mode). A form loads them on demand. Subpath export:
 * `@wholepicture/core/locales/en/document`.
 */
export const enDocument = { easyRead, glossary, pdf, plan: planEasyRead };
