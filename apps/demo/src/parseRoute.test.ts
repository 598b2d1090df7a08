import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './parseRoute.js';

describe('parseRoute', () => {
  it('reads every page of the demo from the hash', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/barriers')).toEqual({ name: 'barriers' });
    expect(parseRoute('#/plan/p-1')).toEqual({ name: 'plan', planId: 'p-1' });
    expect(parseRoute('#/plan/p-1/check')).toEqual({ name: 'check', planId: 'p-1' });
    expect(parseRoute('#/plan/p-1/easy-read')).toEqual({ name: 'easyRead', planId: 'p-1' });
    expect(parseRoute('#/plan/p-1/section/aboutMe')).toEqual({
      name: 'section',
      planId: 'p-1',
      sectionId: 'aboutMe',
    });
  });

  it('treats unknown or broken addresses as not found rather than throwing', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/plan')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/plan/%E0%A4%A')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/plan/p/section')).toEqual({ name: 'notFound' });
  });

  it('reads the FHIR import page and a questionnaire draft', () => {
    expect(parseRoute('#/fhir')).toEqual({ name: 'fhir' });
    expect(parseRoute(routeHref({ name: 'fhirDraft', draftId: 'plan a/b' }))).toEqual({
      name: 'fhirDraft',
      draftId: 'plan a/b',
    });
    expect(parseRoute('#/fhir/a/b')).toEqual({ name: 'notFound' });
  });

  it('writes hrefs that read back as the same route', () => {
    const route = { name: 'section', planId: 'a b/c', sectionId: 'x?y' } as const;
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
