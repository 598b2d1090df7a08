import { render, screen } from '@testing-library/react';
import { createPlan } from '@wholepicture/core';
import { describe, expect, it } from 'vitest';
import { PlanForm } from './PlanForm.js';

const script = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">';
const bidi = '\u202Egnp.exe\u202C \u2066isolated\u2069 \u200F';
const control = 'a\u0000b\u0007c\u001Bd\u007F';
const huge = 'x'.repeat(100_000);

const plan = createPlan({
  now: new Date('2026-03-01T10:00:00Z'),
  person: { preferredName: script, fullName: `${bidi}${control}`, identifiers: [] },
  aboutMe: {
    mostImportant: { text: huge },
    goodDay: { text: script },
  },
  needs: [{ id: 'need-1', lifeArea: script, description: { text: bidi } }],
  contributors: [{ id: 'c-1', name: script, role: 'worker' }],
});

describe('hostile text', () => {
  it('renders HTML, scripts, control and bidi characters as inert text in the fields', () => {
    render(<PlanForm defaultPlan={plan} initialView={{ page: 'section', sectionId: 'aboutYou' }} />);
    expect((screen.getByLabelText('Preferred name') as HTMLInputElement).value).toBe(script);
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe(`${bidi}${control}`);
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps a 100 000-character answer whole in its box', () => {
    render(<PlanForm defaultPlan={plan} initialView={{ page: 'section', sectionId: 'aboutMe' }} />);
    const box = document.querySelector('textarea') as HTMLTextAreaElement;
    expect(box.value).toHaveLength(100_000);
  });

  it('shows hostile answers as text on the check answers page, unknown choices by their value', () => {
    render(<PlanForm defaultPlan={plan} initialView={{ page: 'check' }} />);
    expect(screen.getAllByText(script).length).toBeGreaterThan(0);
    expect(document.querySelector('.wp-check-answers script, .wp-check-answers img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    // Long answers are shortened on the check page; the whole answer stays in the plan.
    const long = [...document.querySelectorAll('bdi')].find((el) => el.textContent?.startsWith('xxx'));
    expect(long?.textContent?.length).toBeLessThan(100_000);
  });
});
