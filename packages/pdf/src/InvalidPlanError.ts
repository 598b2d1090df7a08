import { formatIssue } from '@wholepicture/core';
import type { PlanIssue } from '@wholepicture/core';

/** How many issues the error's message lists; all of them are in `issues`. */
const LISTED = 5;

/**
 * Thrown (as a rejection) by `renderEasyReadPdf` when the plan it is given is not a valid
 * plan. `issues` holds every problem, as data, for a host to show with `formatIssue`.
 */
export class InvalidPlanError extends Error {
  override readonly name = 'InvalidPlanError';
  /** What is wrong, each with a path and an i18n key. */
  readonly issues: readonly PlanIssue[];

  constructor(issues: readonly PlanIssue[]) {
    const listed = issues
      .slice(0, LISTED)
      .map((issue) => (issue.pathString ? `${issue.pathString}: ${formatIssue(issue)}` : formatIssue(issue)));
    const more = issues.length > LISTED ? ` (and ${issues.length - LISTED} more)` : '';
    super(
      `renderEasyReadPdf: the plan is not valid. ${listed.join(' ')}${more} Check the plan with parsePlan before rendering it.`,
    );
    this.issues = issues;
  }
}
