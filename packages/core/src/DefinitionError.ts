/** One problem in a form definition, for the developer: where it is and how to fix it. */
export interface DefinitionIssue {
  /** A stable, kebab-case code, e.g. `unknown-path`, `duplicate-id`. */
  code: string;
  /** Where in the definition, e.g. `['sections', 2, 'questions', 0, 'kind']`. */
  path: (string | number)[];
  /** The path written out, e.g. `sections[2].questions[0].kind`; `''` for the whole definition. */
  pathString: string;
  /** The path, what is wrong and the fix, e.g. "sections[2].questions[0].kind: 'txt' is not a field kind. Use one of: text, …". */
  message: string;
}

/**
 * Thrown by `defineForm` when a definition is broken: a developer error, so the form fails at
 * load with a message naming each exact path and the fix, never with a blank screen.
 */
export class DefinitionError extends Error {
  override name = 'DefinitionError';
  /** Every problem found, in definition order. */
  readonly issues: DefinitionIssue[];

  constructor(issues: DefinitionIssue[]) {
    const shown = issues.slice(0, 20).map((issue) => `- ${issue.message}`);
    if (issues.length > shown.length) shown.push(`- …and ${issues.length - shown.length} more.`);
    super(
      `The form definition has ${issues.length === 1 ? '1 problem' : `${issues.length} problems`}:\n${shown.join('\n')}`,
    );
    this.issues = issues;
  }
}
