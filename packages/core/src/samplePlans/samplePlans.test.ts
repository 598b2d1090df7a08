import { describe, expect, it } from 'vitest';
import { findBrokenReferences } from '../references.js';
import { parsePlan, parsePlanJson } from '../parsePlan.js';
import { samplePlans } from './samplePlans.js';

const lifeAreas = [
  'home',
  'health',
  'relationships',
  'community',
  'work-learning',
  'money',
  'daily-living',
  'safety',
];
const rungs = ['me', 'family-friends', 'community', 'universal', 'targeted', 'specialist', 'residential'];
const themes = [
  'funding-health-social-care',
  'housing',
  'information-sharing',
  'waiting-lists',
  'eligibility',
  'benefits',
  'workforce',
  'legal-process',
  'transport',
];

describe.each(Object.entries(samplePlans))('the %s sample plan', (_, plan) => {
  it('opens with parsePlan with no warnings, unchanged', () => {
    const result = parsePlanJson(JSON.stringify(plan));
    expect(result.ok && result.warnings).toEqual([]);
    expect(result.ok && result.plan).toEqual(plan);
  });

  it('has links that all resolve', () => {
    expect(findBrokenReferences(plan)).toEqual([]);
  });

  it('uses only the default life areas, ladder rungs and barrier themes', () => {
    for (const item of [...plan.needs, ...plan.strengths, ...plan.outcomes]) {
      expect(lifeAreas).toContain(item.lifeArea);
    }
    for (const item of plan.support) expect(rungs).toContain(item.rung);
    for (const barrier of plan.barriers) expect(themes).toContain(barrier.theme);
  });

  it('covers the whole picture: household, voices, easy read, support now and right-size', () => {
    expect(plan.household.length).toBeGreaterThan(0);
    expect(plan.contributors.some((c) => c.role === 'person')).toBe(true);
    expect(plan.communication.accessibleFormats.some((f) => f.kind === 'easy-read')).toBe(true);
    expect(plan.support.some((s) => s.status === 'current' || s.status === 'both')).toBe(true);
    expect(plan.support.some((s) => s.status === 'right-size')).toBe(true);
    expect(plan.support.some((s) => s.costPerWeek !== undefined && s.hoursPerWeek !== undefined)).toBe(true);
    expect(plan.outcomes.every((o) => o.readings.length > 0)).toBe(true);
    expect(plan.decisions.length).toBeGreaterThan(0);
    expect(plan.barriers.length).toBeGreaterThan(0);
    expect(plan.safety.every((s) => s.contactIds.length > 0)).toBe(true);
    expect(plan.sharing.consentGiven).toBe(true);
    expect(plan.review.nextReviewDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.values(plan.aboutMe).every((entry) => entry.text.length > 0)).toBe(true);
  });
});

describe('the sample plans together', () => {
  it('include an outcome where the person and their mum see it differently', () => {
    const bus = samplePlans.callum.outcomes.find((outcome) => outcome.id === 'o-bus');
    expect(bus?.readings.map((reading) => [reading.by, reading.now])).toEqual([
      ['c-callum', 7],
      ['c-sian', 2],
    ]);
  });

  it('include a best-interests decision with capacity assessed', () => {
    const decisions = Object.values(samplePlans).flatMap((plan) => plan.decisions);
    expect(
      decisions.some(
        (d) => d.howMade === 'best-interests' && d.capacityAssessed === 'yes' && d.capacityOutcome,
      ),
    ).toBe(true);
  });

  it('use every life area, ladder rung and barrier theme between them', () => {
    const all = Object.values(samplePlans);
    const used = (values: string[]) => new Set(values);
    expect(used(all.flatMap((p) => [...p.needs, ...p.outcomes].map((i) => i.lifeArea)))).toEqual(
      new Set(lifeAreas),
    );
    expect(used(all.flatMap((p) => p.support.map((s) => s.rung)))).toEqual(new Set(rungs));
    expect(used(all.flatMap((p) => p.barriers.map((b) => b.theme)))).toEqual(new Set(themes));
  });

  it('pass parsePlan as objects too', () => {
    for (const plan of Object.values(samplePlans)) expect(parsePlan(plan).ok).toBe(true);
  });
});
