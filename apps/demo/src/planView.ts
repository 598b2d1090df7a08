import type { PlanFormView } from '@wholepicture/react';
import type { Route } from './parseRoute.js';

/** A route inside one plan. */
export type PlanRoute = Extract<Route, { planId: string }>;

/** The form page a plan route shows: the task list, a section or check your answers. */
export function viewOfRoute(route: PlanRoute): PlanFormView {
  if (route.name === 'section') return { page: 'section', sectionId: route.sectionId };
  if (route.name === 'check') return { page: 'check' };
  return { page: 'tasks' };
}

/** The route of a form page of one plan, so the URL follows the form. */
export function routeOfView(planId: string, view: PlanFormView): PlanRoute {
  if (view.page === 'section') return { name: 'section', planId, sectionId: view.sectionId };
  if (view.page === 'check') return { name: 'check', planId };
  return { name: 'plan', planId };
}
