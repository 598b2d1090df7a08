import type { PlanIssue } from './planIssue.js';
import type { TranslateFn } from './translate.js';

/**
 * Puts an issue into words in the reader's language: `t` is i18next's `t` (bound to the
 * `wholepicture` namespace) or `createTranslator`'s. Without `t`, or when the locale has no
 * wording for the issue, the issue's English message is used, so a gap is never blank.
 */
export function formatIssue(issue: PlanIssue, t?: TranslateFn): string {
  if (!t) return issue.message;
  let words: unknown;
  try {
    words = t(issue.messageKey, issue.params);
  } catch {
    return issue.message;
  }
  // i18next and createTranslator both return the key itself when it is missing.
  if (typeof words !== 'string' || words === '' || words === issue.messageKey) return issue.message;
  return words;
}
