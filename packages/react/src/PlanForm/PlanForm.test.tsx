import { useState } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPlan, defaultDefinition } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { describe, expect, it, vi } from 'vitest';
import { WholePictureProvider } from '../WholePictureProvider/WholePictureProvider.js';
import { PlanForm } from './PlanForm.js';
import type { PlanFormView } from './PlanForm.js';

const now = new Date('2026-03-01T10:00:00Z');

function openSection(
  sectionId: string,
  plan: Plan = createPlan({ now }),
  extra: Partial<Parameters<typeof PlanForm>[0]> = {},
) {
  return render(<PlanForm defaultPlan={plan} initialView={{ page: 'section', sectionId }} {...extra} />);
}

describe('PlanForm', () => {
  describe('given a section with a required answer missing', () => {
    it('moves focus to the error summary when the person continues, and links to the field', async () => {
      const user = userEvent.setup();
      openSection('aboutYou');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      const alert = screen.getByRole('alert');
      expect(within(alert).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
      const summary = alert.parentElement as HTMLElement;
      expect(document.activeElement).toBe(summary);
      const link = within(alert).getByRole('link', { name: 'Enter the person’s preferred name' });
      const input = screen.getByLabelText('Preferred name');
      expect(link.getAttribute('href')).toBe(`#${input.id}`);
      await user.click(link);
      expect(document.activeElement).toBe(input);
    });

    it('shows the inline error after the hint in aria-describedby, with a hidden "Error:" prefix', async () => {
      const user = userEvent.setup();
      openSection('aboutYou');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      const input = screen.getByLabelText('Preferred name');
      const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
      expect(ids).toHaveLength(2);
      expect(ids[1]).toBe(`${input.id}-error`);
      expect(document.getElementById(ids[0] ?? '')?.textContent).toContain('The name they like to be called');
      const error = document.getElementById(`${input.id}-error`);
      expect(error?.textContent).toBe('Error: Enter the person’s preferred name');
      expect(error?.querySelector('.wp-visually-hidden')?.textContent).toBe('Error: ');
    });

    it('does not validate while the person types', async () => {
      const user = userEvent.setup();
      openSection('aboutYou');
      await user.type(screen.getByLabelText('Preferred name'), 'A');
      await user.clear(screen.getByLabelText('Preferred name'));
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('prefixes the document title with "Error: " only when asked to', async () => {
      const user = userEvent.setup();
      document.title = 'Plan';
      const { unmount } = openSection('aboutYou', createPlan({ now }), { manageDocumentTitle: true });
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(document.title).toBe('Error: Plan');
      await user.type(screen.getByLabelText('Preferred name'), 'Sam');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(document.title).toBe('Plan');
      unmount();
      openSection('aboutYou');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(document.title).toBe('Plan');
    });
  });

  describe('given a date of birth', () => {
    it('names the missing part and highlights only that box', async () => {
      const user = userEvent.setup();
      openSection('aboutYou', createPlan({ now, person: { preferredName: 'Sam', identifiers: [] } }));
      const group = screen.getByRole('group', { name: 'Date of birth' });
      await user.type(within(group).getByLabelText('Day'), '12');
      await user.type(within(group).getByLabelText('Year'), '1990');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      const link = within(screen.getByRole('alert')).getByRole('link', {
        name: 'Date of birth must include a month',
      });
      const month = within(group).getByLabelText('Month');
      expect(month.getAttribute('aria-invalid')).toBe('true');
      expect(within(group).getByLabelText('Day').getAttribute('aria-invalid')).toBeNull();
      expect(within(group).getByLabelText('Year').getAttribute('aria-invalid')).toBeNull();
      await user.click(link);
      expect(document.activeElement).toBe(month);
    });

    it('rejects an impossible date and keeps a real one in the plan as YYYY-MM-DD', async () => {
      const user = userEvent.setup();
      const onChange = vi.fn();
      openSection('aboutYou', createPlan({ now, person: { preferredName: 'Sam', identifiers: [] } }), {
        onChange,
      });
      const group = screen.getByRole('group', { name: 'Date of birth' });
      await user.type(within(group).getByLabelText('Day'), '31');
      await user.type(within(group).getByLabelText('Month'), '2');
      await user.type(within(group).getByLabelText('Year'), '1990');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(
        within(screen.getByRole('alert')).getByRole('link', { name: 'Date of birth must be a real date' }),
      ).toBeTruthy();
      expect(within(group).getByLabelText('Day').getAttribute('aria-invalid')).toBe('true');
      expect(within(group).getByLabelText('Month').getAttribute('aria-invalid')).toBeNull();
      await user.clear(within(group).getByLabelText('Day'));
      await user.type(within(group).getByLabelText('Day'), '28');
      const last = onChange.mock.calls.at(-1)?.[0] as Plan;
      expect(last.person.dateOfBirth).toBe('1990-02-28');
    });
  });

  describe('given a yes/no question with a reveal', () => {
    it('shows the follow-up question right after "Yes", says so in its hint, and uses no aria-expanded', async () => {
      const user = userEvent.setup();
      openSection('communication');
      const group = screen.getByRole('group', { name: 'Does the person need an interpreter?' });
      const yes = within(group).getByRole('radio', { name: 'Yes' });
      expect(yes.getAttribute('aria-expanded')).toBeNull();
      const hint = document.getElementById(yes.getAttribute('aria-describedby') ?? '');
      expect(hint?.textContent).toBe('If you choose this, 1 more question follows.');
      expect(screen.queryByLabelText('Which language?')).toBeNull();
      await user.click(yes);
      const revealed = screen.getByLabelText('Which language?');
      // The revealed field comes directly after the Yes option, before No.
      const no = within(group).getByRole('radio', { name: 'No' });
      expect(yes.compareDocumentPosition(revealed) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(revealed.compareDocumentPosition(no) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(document.querySelector('[aria-expanded]')).toBeNull();
    });
  });

  describe('given a list', () => {
    it('adds, reorders and removes items by keyboard, moving focus sensibly and announcing changes', async () => {
      const user = userEvent.setup();
      openSection('needs');
      const add = screen.getByRole('button', { name: 'Add need' });
      add.focus();
      await user.keyboard('{Enter}');
      // Focus goes to the new item's first field.
      expect(document.activeElement).toBe(screen.getAllByLabelText('Part of life')[0]);
      expect(screen.getByText('Need 1 added')).toBeTruthy();
      await user.type(screen.getAllByLabelText('What is hard or missing?')[0] as HTMLElement, 'Buses');
      screen.getByRole('button', { name: 'Add another need' }).focus();
      await user.keyboard('{Enter}');
      expect(document.activeElement).toBe(screen.getAllByLabelText('Part of life')[1]);
      await user.type(screen.getAllByLabelText('What is hard or missing?')[1] as HTMLElement, 'Money');

      const moveUp = screen.getByRole('button', { name: 'Move up: Need 2' });
      moveUp.focus();
      await user.keyboard('{Enter}');
      const texts = screen
        .getAllByLabelText('What is hard or missing?')
        .map((el) => (el as HTMLTextAreaElement).value);
      expect(texts).toEqual(['Money', 'Buses']);
      // The moved item is now first: it has no "Move up", so focus goes to its "Move down".
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down: Need 1' }));
      expect(screen.getByText('Need 2 moved up to position 1')).toBeTruthy();

      screen.getByRole('button', { name: 'Remove: Need 2' }).focus();
      await user.keyboard('{Enter}');
      expect(screen.getByText('Need 2 removed')).toBeTruthy();
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Need 1' }));
      screen.getByRole('button', { name: 'Remove: Need 1' }).focus();
      await user.keyboard('{Enter}');
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add need' }));
    });
  });

  describe('given the Welsh locale', () => {
    it('shows the form in Welsh with lang="cy"', async () => {
      const user = userEvent.setup();
      const { container } = render(
        <PlanForm
          locale="cy"
          defaultPlan={createPlan({ now })}
          initialView={{ page: 'section', sectionId: 'aboutYou' }}
        />,
      );
      expect(await screen.findByRole('button', { name: 'Parhau' })).toBeTruthy();
      expect(container.querySelector('.wp-root')?.getAttribute('lang')).toBe('cy');
      await user.click(screen.getByRole('button', { name: 'Parhau' }));
      expect(
        within(screen.getByRole('alert')).getByRole('heading', { name: 'Mae problem wedi codi' }),
      ).toBeTruthy();
    });

    it('sets lang="ar" and dir="rtl" for a right-to-left language a host adds', () => {
      const resources = { ar: { wholepicture: { ui: { taskList: { title: 'خطتك' } } } } };
      const { container } = render(
        <WholePictureProvider locale="ar" resources={resources}>
          <PlanForm defaultPlan={createPlan({ now })} definition={defaultDefinition} />
        </WholePictureProvider>,
      );
      const root = container.querySelector('.wp-root');
      expect(root?.getAttribute('dir')).toBe('rtl');
      expect(root?.getAttribute('lang')).toBe('ar');
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('خطتك');
      // Words the host did not translate fall back to English.
      expect(screen.getByRole('button', { name: 'Check your answers' })).toBeTruthy();
    });

    it('falls back to English, with lang="en", for a language nobody added', () => {
      const { container } = render(<PlanForm locale="fr" defaultPlan={createPlan({ now })} />);
      expect(container.querySelector('.wp-root')?.getAttribute('lang')).toBe('en');
    });
  });

  describe('given the task list', () => {
    it('shows each section with its status and opens it', async () => {
      const user = userEvent.setup();
      render(
        <PlanForm defaultPlan={createPlan({ now, person: { preferredName: 'Sam', identifiers: [] } })} />,
      );
      const link = screen.getByRole('link', { name: 'About the person' });
      const status = document.getElementById(link.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '');
      expect(status?.textContent).toBe('Completed');
      const needs = screen.getByRole('link', { name: 'Needs' });
      expect(
        document.getElementById(needs.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent,
      ).toBe('Not yet started');
      await user.click(needs);
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Needs' }));
    });
  });

  describe('given the check answers page', () => {
    it('lists answers with "Change" links naming the question, and submits a complete plan', async () => {
      const user = userEvent.setup();
      const onSubmit = vi.fn();
      const plan = createPlan({ now, person: { preferredName: 'Sam', identifiers: [] } });
      render(<PlanForm defaultPlan={plan} initialView={{ page: 'check' }} onSubmit={onSubmit} />);
      expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeTruthy();
      const change = screen.getByRole('link', { name: 'Change Preferred name' });
      expect(change.textContent).toBe('Change Preferred name');
      await user.click(screen.getByRole('button', { name: 'Submit plan' }));
      expect(onSubmit).toHaveBeenCalledTimes(1);
      expect((onSubmit.mock.calls[0]?.[0] as Plan).status).toBe('submitted');
      await act(async () => {
        await user.click(change);
      });
      expect(document.activeElement).toBe(screen.getByLabelText('Preferred name'));
    });

    it('uses a host’s words for the submit button and the message after, for a form that is not a plan', async () => {
      const user = userEvent.setup();
      const plan = createPlan({ now, person: { preferredName: 'Sam', identifiers: [] } });
      render(
        <PlanForm
          defaultPlan={plan}
          initialView={{ page: 'check' }}
          submitLabel="Submit answers"
          submittedMessage="Your answers have been sent."
        />,
      );
      expect(screen.queryByRole('button', { name: 'Submit plan' })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Submit answers' }));
      expect(screen.getByRole('status').textContent).toBe('Your answers have been sent.');
    });
  });

  describe('given a controlled view', () => {
    function Routed({
      onViewChange,
      start,
    }: {
      onViewChange: (view: PlanFormView) => void;
      start: PlanFormView;
    }) {
      const [view, setView] = useState<PlanFormView>(start);
      return (
        <>
          <PlanForm
            defaultPlan={createPlan({ now, person: { preferredName: 'Sam', identifiers: [] } })}
            view={view}
            onViewChange={(next) => {
              onViewChange(next);
              setView(next);
            }}
          />
          <button type="button" onClick={() => setView({ page: 'check' })}>
            Go to check (as a URL would)
          </button>
        </>
      );
    }

    it('reports each move (task link, Continue, Back) and shows the page it is given', async () => {
      const user = userEvent.setup();
      const onViewChange = vi.fn();
      render(<Routed onViewChange={onViewChange} start={{ page: 'tasks' }} />);
      await user.click(screen.getByRole('link', { name: 'About the person' }));
      expect(onViewChange).toHaveBeenLastCalledWith({ page: 'section', sectionId: 'aboutYou' });
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { level: 1, name: 'About the person' }),
      );
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(onViewChange).toHaveBeenLastCalledWith({ page: 'section', sectionId: 'household' });
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { level: 1, name: 'Household and people who matter' }),
      );
      await user.click(screen.getByRole('button', { name: 'Back' }));
      expect(onViewChange).toHaveBeenLastCalledWith({ page: 'tasks' });
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Your plan' }));
      expect(onViewChange).toHaveBeenCalledTimes(3);
    });

    it('moves focus to the heading when the host changes the view, and drops errors from the page left', async () => {
      const user = userEvent.setup();
      render(<Routed onViewChange={() => {}} start={{ page: 'section', sectionId: 'needs' }} />);
      expect(document.activeElement).toBe(document.body);
      await user.click(screen.getByRole('button', { name: 'Add need' }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(screen.getByRole('alert')).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Go to check (as a URL would)' }));
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { level: 1, name: 'Check your answers' }),
      );
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('stays on its page when the host does not follow the move', async () => {
      const user = userEvent.setup();
      const onViewChange = vi.fn();
      render(
        <PlanForm defaultPlan={createPlan({ now })} view={{ page: 'tasks' }} onViewChange={onViewChange} />,
      );
      await user.click(screen.getByRole('button', { name: 'Check your answers' }));
      expect(onViewChange).toHaveBeenCalledWith({ page: 'check' });
      expect(screen.getByRole('heading', { level: 1, name: 'Your plan' })).toBeTruthy();
    });
  });

  describe('given easy-read mode', () => {
    it('shows the person’s own wording once it has loaded, and keeps errors when the mode changes', async () => {
      const user = userEvent.setup();
      const { rerender } = render(
        <WholePictureProvider>
          <PlanForm
            defaultPlan={createPlan({ now })}
            initialView={{ page: 'section', sectionId: 'aboutYou' }}
          />
        </WholePictureProvider>,
      );
      expect(screen.getByLabelText('Preferred name')).toBeTruthy();
      await user.click(screen.getByRole('button', { name: /continue|save/i }));
      expect(await screen.findByRole('alert')).toBeTruthy();
      rerender(
        <WholePictureProvider>
          <PlanForm
            defaultPlan={createPlan({ now })}
            initialView={{ page: 'section', sectionId: 'aboutYou' }}
            easyRead
          />
        </WholePictureProvider>,
      );
      expect(await screen.findByLabelText(/The name I like to be called/)).toBeTruthy();
      // The error on show before the switch is still on show.
      expect(screen.getByRole('alert')).toBeTruthy();
    });
  });
});
