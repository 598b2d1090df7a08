import type { Route } from '../parseRoute.js';
import { HomePage } from './HomePage.js';
import { NotFoundPage } from './NotFoundPage.js';
import { BarriersPage } from './BarriersPage.js';
import { FhirDraftPage } from './FhirDraftPage.js';
import { FhirPage } from './FhirPage.js';
import { PlanWorkspace } from './PlanWorkspace.js';

/** Props of {@link Page}. */
export interface PageProps {
  route: Route;
}

/** The page for a route. Plan pages share one workspace per plan, so its draft stays open between them. */
export function Page({ route }: PageProps) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'barriers':
      return <BarriersPage />;
    case 'fhir':
      return <FhirPage />;
    case 'fhirDraft':
      return <FhirDraftPage key={route.draftId} draftId={route.draftId} />;
    case 'plan':
    case 'section':
    case 'check':
    case 'easyRead':
      return <PlanWorkspace key={route.planId} route={route} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
