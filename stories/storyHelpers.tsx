import { createPlan } from '@wholepicture/core';
import { PlanForm } from '@wholepicture/react';
import type { PlanFormProps } from '@wholepicture/react';

/** The args of a one-field story: a starting value, an error to show, and easy read. */
export interface FieldStoryArgs {
  /** The value the field starts with. */
  initial?: string;
  /** Shows the field's error message. */
  error?: boolean;
  /** Shows the easy-read wording and picture. */
  easyRead?: boolean;
}

/** A blank plan with a fixed id and date, so the PlanForm stories render the same every time. */
export const emptyPlan = createPlan({ id: 'plan-story', now: new Date('2026-03-01T10:00:00Z') });

/** PlanForm on its own page, inside a main landmark. */
export function PlanFormPage(props: PlanFormProps) {
  return (
    <main>
      <PlanForm {...props} />
    </main>
  );
}
