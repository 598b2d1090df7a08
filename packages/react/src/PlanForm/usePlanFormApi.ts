import { useForm } from '@tanstack/react-form';
import type { Plan } from '@wholepicture/core';

/** A TanStack form over a plan, addressed by plan paths (`needs[0].description.text`). */
export function usePlanFormApi(initial: Plan) {
  // Plan paths come from the definition at run time, so the form is typed by string paths.
  return useForm({ defaultValues: initial as unknown as Record<string, unknown> });
}

/** The TanStack form API of a plan form. */
export type PlanFormApi = ReturnType<typeof usePlanFormApi>;
