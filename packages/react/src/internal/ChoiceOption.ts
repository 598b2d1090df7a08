import type { ReactNode } from 'react';

/** One option of a radios, checkboxes or select field. */
export interface ChoiceOption {
  /** The value written to the plan. */
  value: string;
  /** The option's visible words. */
  label: ReactNode;
  /** A hint under the option, e.g. what follows when it is chosen. */
  hint?: ReactNode;
  /** Fields revealed right after this option while it is chosen (radios and checkboxes). */
  reveal?: ReactNode;
}
