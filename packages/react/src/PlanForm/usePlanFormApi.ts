import { useState } from 'react';
import { FormApi } from '@tanstack/react-form';
import type { Plan } from '@wholepicture/core';

function createPlanFormApi(initial: Plan) {
  // Plan paths come from the definition at run time, so the form is typed by string paths.
  // Made empty and then given the plan: TanStack's constructor offers a form made with
  // `defaultValues` (its whole state: the plan) to a devtools bus on `window`, and keeps it until
  // some script on the page answers. A plan is personal data: it goes to nobody. `reset` sets
  // the same state without offering it.
  const values = initial as unknown as Record<string, unknown>;
  const form = new FormApi({ defaultValues: undefined as typeof values | undefined });
  form.reset(values);
  return form;
}

/**
 * A TanStack form over a plan, addressed by plan paths (`needs[0].description.text`).
 *
 * The FormApi itself, not `useForm`: `useForm` attaches `Field`, `FormGroup` and `Subscribe`
 * components, which bring TanStack's FieldApi and FormGroupApi into every host's bundle (about
 * 32 KB minified). The form reads and writes values through its own subscriptions
 * (`fieldValueHub`, `useFormState`) and validates with core, so it needs none of them.
 */
export function usePlanFormApi(initial: Plan): PlanFormApi {
  const [form] = useState(() => createPlanFormApi(initial));
  // Never `form.mount()`: it only wires TanStack's devtools, which would send the form's state
  // (the plan) to `window` on every change and let any script on the page reset or submit the
  // form. The form validates with core and needs none of what it sets up.
  return form;
}

/** The TanStack form API of a plan form. */
export type PlanFormApi = ReturnType<typeof createPlanFormApi>;
