import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CheckAnswers } from './CheckAnswers.js';
import type { CheckAnswersSection } from './CheckAnswers.js';

function sections(onChange = vi.fn()): CheckAnswersSection[] {
  return [
    {
      id: 'about',
      title: 'About the person',
      rows: [
        { id: 'name', label: 'Preferred name', value: 'Sam', onChange },
        { id: 'dob', label: 'Date of birth', value: undefined, onChange },
        { id: 'nhs', label: 'NHS number', value: '', href: '#/plan/p/section/about' },
        { id: 'id', label: 'Plan id', value: 'plan-1' },
      ],
    },
    { id: 'needs', title: 'Needs', rows: [{ id: 'needs', label: 'Needs', value: [] }] },
  ];
}

describe('CheckAnswers', () => {
  describe('given answers', () => {
    it('is headed "Check your answers" with an h2 per section', () => {
      render(<CheckAnswers sections={sections()} />);
      expect(
        screen.getByRole('heading', { level: 1, name: 'Check your answers' }).getAttribute('tabindex'),
      ).toBe('-1');
      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
        'About the person',
        'Needs',
      ]);
    });

    it('pairs each question with its answer, and says "Not answered" for an empty one', () => {
      render(<CheckAnswers sections={sections()} />);
      const terms = screen.getAllByRole('term').map((term) => term.textContent);
      expect(terms).toEqual(['Preferred name', 'Date of birth', 'NHS number', 'Plan id', 'Needs']);
      const values = screen
        .getAllByRole('definition')
        .filter((dd) => dd.className.includes('__value'))
        .map((dd) => dd.textContent);
      expect(values).toEqual(['Sam', 'Not answered', 'Not answered', 'plan-1', 'Not answered']);
    });
  });

  describe('given change links', () => {
    it('names the question after "Change" in visually hidden words', () => {
      render(<CheckAnswers sections={sections()} />);
      const change = screen.getByRole('link', { name: 'Change Preferred name' });
      const hidden = change.querySelector('.wp-visually-hidden');
      expect(hidden?.textContent).toBe('Preferred name');
      expect(change.firstChild?.textContent).toBe('Change');
      expect(screen.getByRole('link', { name: 'Change Date of birth' })).toBeTruthy();
    });

    it('calls onChange instead of following the link, and links to href when given', async () => {
      const user = userEvent.setup();
      const onChange = vi.fn();
      render(<CheckAnswers sections={sections(onChange)} />);
      await user.click(screen.getByRole('link', { name: 'Change Date of birth' }));
      expect(onChange).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('link', { name: 'Change NHS number' }).getAttribute('href')).toBe(
        '#/plan/p/section/about',
      );
    });

    it('has no change link for an answer that cannot be changed', () => {
      render(<CheckAnswers sections={sections()} />);
      expect(screen.queryByRole('link', { name: /Plan id/ })).toBeNull();
      expect(screen.getAllByRole('link')).toHaveLength(3);
    });
  });

  describe('given back and submit', () => {
    it('submits and goes back through its buttons, and shows the error summary under the heading', async () => {
      const user = userEvent.setup();
      const onSubmit = vi.fn();
      const onBack = vi.fn();
      render(
        <CheckAnswers
          sections={sections()}
          onSubmit={onSubmit}
          onBack={onBack}
          errorSummary={<div role="alert">There is a problem</div>}
        />,
      );
      const heading = screen.getByRole('heading', { level: 1 });
      expect(
        heading.compareDocumentPosition(screen.getByRole('alert')) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Submit plan' }));
      await user.click(screen.getByRole('button', { name: 'Back' }));
      expect(onSubmit).toHaveBeenCalledTimes(1);
      expect(onBack).toHaveBeenCalledTimes(1);
    });

    it('has neither button when not asked for, and its own words when given', () => {
      const { rerender } = render(<CheckAnswers sections={sections()} />);
      expect(screen.queryByRole('button')).toBeNull();
      rerender(
        <CheckAnswers
          sections={sections()}
          title="Check the plan"
          onSubmit={() => {}}
          submitLabel="Send plan"
        />,
      );
      expect(screen.getByRole('heading', { level: 1, name: 'Check the plan' })).toBeTruthy();
      expect(within(document.body).getByRole('button', { name: 'Send plan' })).toBeTruthy();
    });
  });
});
