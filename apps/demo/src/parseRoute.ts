/** A page of the demo, as named by the URL's hash. */
export type Route =
  | { name: 'home' }
  | { name: 'plan'; planId: string }
  | { name: 'section'; planId: string; sectionId: string }
  | { name: 'check'; planId: string }
  | { name: 'easyRead'; planId: string }
  | { name: 'barriers' }
  | { name: 'fhir' }
  | { name: 'fhirDraft'; draftId: string }
  | { name: 'notFound' };

function decode(part: string): string | undefined {
  try {
    const value = decodeURIComponent(part);
    return value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

/**
 * Reads a route from a location hash: `#/`, `#/plan/<id>`, `#/plan/<id>/section/<sectionId>`,
 * `#/plan/<id>/check`, `#/plan/<id>/easy-read`, `#/barriers`, `#/fhir` (import a FHIR
 * Questionnaire), `#/fhir/<draftId>` (answer one). Anything else is `notFound`.
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '') return { name: 'home' };
  const parts = path.split('/');
  if (parts.length === 1 && parts[0] === 'barriers') return { name: 'barriers' };
  if (parts[0] === 'fhir') {
    if (parts.length === 1) return { name: 'fhir' };
    const draftId = parts.length === 2 && parts[1] !== undefined ? decode(parts[1]) : undefined;
    return draftId === undefined ? { name: 'notFound' } : { name: 'fhirDraft', draftId };
  }
  if (parts[0] !== 'plan' || parts[1] === undefined) return { name: 'notFound' };
  const planId = decode(parts[1]);
  if (planId === undefined) return { name: 'notFound' };
  if (parts.length === 2) return { name: 'plan', planId };
  if (parts.length === 3 && parts[2] === 'check') return { name: 'check', planId };
  if (parts.length === 3 && parts[2] === 'easy-read') return { name: 'easyRead', planId };
  if (parts.length === 4 && parts[2] === 'section' && parts[3] !== undefined) {
    const sectionId = decode(parts[3]);
    if (sectionId !== undefined) return { name: 'section', planId, sectionId };
  }
  return { name: 'notFound' };
}

/** The hash URL of a route, e.g. `#/plan/plan-1/check`. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
    case 'notFound':
      return '#/';
    case 'barriers':
      return '#/barriers';
    case 'fhir':
      return '#/fhir';
    case 'fhirDraft':
      return `#/fhir/${encodeURIComponent(route.draftId)}`;
    case 'plan':
      return `#/plan/${encodeURIComponent(route.planId)}`;
    case 'section':
      return `#/plan/${encodeURIComponent(route.planId)}/section/${encodeURIComponent(route.sectionId)}`;
    case 'check':
      return `#/plan/${encodeURIComponent(route.planId)}/check`;
    case 'easyRead':
      return `#/plan/${encodeURIComponent(route.planId)}/easy-read`;
  }
}
