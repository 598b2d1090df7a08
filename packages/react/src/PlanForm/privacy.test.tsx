import { act, fireEvent, render, screen } from '@testing-library/react';
import { createPlan } from '@wholepicture/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanForm } from './PlanForm.js';

/**
 * TanStack Form offers each form's state to a devtools bus on `window`: it announces itself
 * (`tanstack-connect`) and, once any script on the page answers, sends the state
 * (`tanstack-dispatch-event`). A plan is personal data, so our forms must never take part.
 */
describe('PlanForm and scripts on the page', () => {
  const heard: string[] = [];
  const listen = (event: Event) => {
    heard.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail ?? null)}`);
    // Answer as TanStack's devtools would, so anything queued would be sent now.
    if (event.type === 'tanstack-connect') window.dispatchEvent(new CustomEvent('tanstack-connect-success'));
  };
  const events = ['tanstack-connect', 'tanstack-dispatch-event'];

  beforeEach(() => {
    vi.useFakeTimers();
    heard.length = 0;
    for (const type of events) window.addEventListener(type, listen);
  });
  afterEach(() => {
    for (const type of events) window.removeEventListener(type, listen);
    vi.useRealTimers();
  });

  it('never offers the plan, or any change to it, to a devtools bus on window', () => {
    render(
      <PlanForm
        defaultPlan={createPlan({ person: { preferredName: 'Sam Secret', identifiers: [] } })}
        initialView={{ page: 'section', sectionId: 'aboutYou' }}
      />,
    );
    const name = screen.getByLabelText('Preferred name');
    expect((name as HTMLInputElement).value).toBe('Sam Secret');
    fireEvent.change(name, { target: { value: 'Sam Secret Jones' } });
    expect((name as HTMLInputElement).value).toBe('Sam Secret Jones');
    // TanStack retries its announcement every second, five times, and throttles state by 300 ms.
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(heard).toEqual([]);
  });
});
