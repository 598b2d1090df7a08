import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './parseRoute.js';
import { routeOfView, viewOfRoute } from './planView.js';

describe('planView', () => {
  it('gives each form page its own address, and reads the same page back from it', () => {
    const views = [{ page: 'tasks' }, { page: 'section', sectionId: 'aboutMe' }, { page: 'check' }] as const;
    for (const view of views) {
      const href = routeHref(routeOfView('plan 1', view));
      const route = parseRoute(href);
      if (!('planId' in route)) throw new Error(`${href} is not a plan page`);
      expect(route.planId).toBe('plan 1');
      expect(viewOfRoute(route)).toEqual(view);
    }
    expect(routeHref(routeOfView('p', { page: 'section', sectionId: 'aboutMe' }))).toBe(
      '#/plan/p/section/aboutMe',
    );
  });

  it('shows the task list for the plan address and the easy-read page', () => {
    expect(viewOfRoute({ name: 'plan', planId: 'p' })).toEqual({ page: 'tasks' });
    expect(viewOfRoute({ name: 'easyRead', planId: 'p' })).toEqual({ page: 'tasks' });
  });
});
