/** What the bench bakes into each page: the form in the library's own format and what to expect. */
export interface PageForm<Format> {
  format: Format;
  /** Inputs, textareas and selects the form renders. */
  expectedControls: number;
  /** The last question's label. */
  lastLabel: string;
}
