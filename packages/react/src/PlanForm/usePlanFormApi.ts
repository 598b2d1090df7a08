import { useEffect, useState } from 'react';
import { FormApi } from '@tanstack/react-form';
import type { Plan } from '@wholepicture/core';

function createPlanFormApi(initial: Plan) {
  // Plan paths come from the definition at run time, so the form is typed by string paths.
  return new FormApi({ defaultValues: initial as unknown as Record<string, unknown> });
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
  useEffect(() => form.mount(), [form]);
  return form;
}

/** The TanStack form API of a plan form. */
export type PlanFormApi = ReturnType<typeof createPlanFormApi>;
