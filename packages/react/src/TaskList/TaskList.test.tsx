import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TaskList } from './TaskList.js';
import type { TaskListItem } from './TaskList.js';

const items: TaskListItem[] = [
  { id: 'aboutYou', title: 'About the person', status: 'complete' },
  { id: 'needs', title: 'Needs', hint: 'What is hard or missing', status: 'in-progress' },
  { id: 'outcomes', title: 'Outcomes', status: 'not-started', href: '#/plan/p/section/outcomes' },
];

/** The words an element's aria-describedby points at, in order. */
function description(element: HTMLElement): string[] {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? `(missing ${id})`);
}

describe('TaskList', () => {
  describe('given sections in each state', () => {
    it('reads each section’s status after its name, and its hint before the status', () => {
      render(<TaskList items={items} />);
      expect(description(screen.getByRole('link', { name: 'About the person' }))).toEqual(['Completed']);
      expect(description(screen.getByRole('link', { name: 'Needs' }))).toEqual([
        'What is hard or missing',
        'In progress',
      ]);
      expect(description(screen.getByRole('link', { name: 'Outcomes' }))).toEqual(['Not yet started']);
    });

    it('shows unfinished statuses as tags and "Completed" as plain text', () => {
      render(<TaskList items={items} />);
      const rows = screen.getAllByRole('listitem');
      expect(rows).toHaveLength(3);
      expect(within(rows[0] as HTMLElement).getByText('Completed').tagName).not.toBe('STRONG');
      expect(within(rows[1] as HTMLElement).getByText('In progress').className).toContain('wp-tag');
      expect(within(rows[2] as HTMLElement).getByText('Not yet started').className).toContain('wp-tag--blue');
      expect(rows.map((row) => row.getAttribute('data-status'))).toEqual([
        'complete',
        'in-progress',
        'not-started',
      ]);
    });

    it('gives every status its own id, even with two lists on one page', () => {
      render(
        <>
          <TaskList items={items} />
          <TaskList items={items} />
        </>,
      );
      const ids = screen.getAllByRole('link').map((link) => link.getAttribute('aria-describedby'));
      expect(new Set(ids).size).toBe(ids.length);
    });
  });

  describe('given links', () => {
    it('links each section to its href, or to #id', () => {
      render(<TaskList items={items} />);
      expect(screen.getByRole('link', { name: 'About the person' }).getAttribute('href')).toBe('#aboutYou');
      expect(screen.getByRole('link', { name: 'Outcomes' }).getAttribute('href')).toBe(
        '#/plan/p/section/outcomes',
      );
    });

    it('calls onSelect with the section id instead of following the link', async () => {
      const user = userEvent.setup();
      const onSelect = vi.fn();
      render(<TaskList items={items} onSelect={onSelect} />);
      const before = window.location.hash;
      await user.click(screen.getByRole('link', { name: 'Needs' }));
      expect(onSelect).toHaveBeenCalledWith('needs');
      expect(window.location.hash).toBe(before);
    });

    it('is reached and chosen by keyboard', async () => {
      const user = userEvent.setup();
      const onSelect = vi.fn();
      render(<TaskList items={items} onSelect={onSelect} />);
      await user.tab();
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Needs' }));
      await user.keyboard('{Enter}');
      expect(onSelect).toHaveBeenCalledWith('needs');
    });
  });
});
