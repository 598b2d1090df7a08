import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { version } from 'react';
import { renderToString } from 'react-dom/server';
import { createPlan } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { PlanForm, WholePictureProvider, createMemoryAdapter, useDraft } from '@wholepicture/react';
import { describe, expect, it, vi } from 'vitest';

const now = new Date('2026-03-01T10:00:00Z');

describe('under React 18', () => {
  it('runs on React 18 itself', () => {
    expect(version).toMatch(/^18\./);
  });

  it('shows the error summary, moves focus to it and links to the field', async () => {
    const user = userEvent.setup();
    render(
      <PlanForm defaultPlan={createPlan({ now })} initialView={{ page: 'section', sectionId: 'aboutYou' }} />,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const alert = screen.getByRole('alert');
    expect(document.activeElement).toBe(alert.parentElement);
    await user.click(within(alert).getByRole('link', { name: 'Enter the person’s preferred name' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Preferred name'));
  });

  it('reports every keystroke in a controlled form and goes on to the task list', async () => {
    const user = userEvent.setup();
    const changes: Plan[] = [];
    render(
      <PlanForm
        defaultPlan={createPlan({ now })}
        initialView={{ page: 'section', sectionId: 'aboutYou' }}
        onChange={(plan) => changes.push(plan)}
      />,
    );
    await user.type(screen.getByLabelText('Preferred name'), 'Sam');
    expect(changes.at(-1)?.person.preferredName).toBe('Sam');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks Welsh when the provider says so', async () => {
    render(
      <WholePictureProvider locale="cy">
        <PlanForm
          defaultPlan={createPlan({ now })}
          initialView={{ page: 'section', sectionId: 'aboutYou' }}
        />
      </WholePictureProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Parhau' })).toBeTruthy();
  });

  it('renders on the server with react-dom/server 18', () => {
    const html = renderToString(
      <PlanForm defaultPlan={createPlan({ now })} initialView={{ page: 'section', sectionId: 'aboutYou' }} />,
    );
    expect(html).toContain('Preferred name');
  });

  it('submits the plan from the check answers page', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const plan = createPlan({ now, person: { preferredName: 'Sam', identifiers: [] } });
    render(<PlanForm defaultPlan={plan} initialView={{ page: 'check' }} onSubmit={onSubmit} />);
    await act(async () => {
      await user.click(screen.getByRole('button', { name: /submit|accept and send/i }));
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      status: 'submitted',
      person: { preferredName: 'Sam' },
    });
  });

  it('saves a draft as the person types and restores it in a new session', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    try {
      const adapter = createMemoryAdapter();
      const plan = createPlan({ id: 'plan-18', now });
      const first = renderHook(() => useDraft({ adapter, draftId: 'plan-18', journal: null }));
      act(() => first.result.current.save({ ...plan, person: { ...plan.person, preferredName: 'Sam' } }));
      await act(async () => first.result.current.flush());
      expect(first.result.current.status).toBe('saved');
      first.unmount();
      const restored: Plan[] = [];
      renderHook(() =>
        useDraft({ adapter, draftId: 'plan-18', journal: null, onRestore: (saved) => restored.push(saved) }),
      );
      await waitFor(() => expect(restored.at(-1)?.person.preferredName).toBe('Sam'));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
