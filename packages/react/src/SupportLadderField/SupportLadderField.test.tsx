import { render, screen, within } from '@testing-library/react';
import { rightSizeSummary } from '@wholepicture/core';
import type { Support } from '@wholepicture/core';
import { describe, expect, it } from 'vitest';
import { SupportLadderField } from './SupportLadderField.js';
import type { LadderItem, LadderRung } from './SupportLadderField.js';

const rungs: LadderRung[] = [
  { key: 'me', label: 'Me' },
  { key: 'community', label: 'Community' },
  { key: 'specialist', label: 'Specialist services' },
];

const items: LadderItem[] = [
  { id: 's1', rung: 'me', description: 'Cooking my own tea', status: 'both' },
  {
    id: 's2',
    rung: 'specialist',
    description: 'Supported living',
    provider: 'Acme Care',
    hoursPerWeek: 40,
    costPerWeek: 1200,
    status: 'current',
  },
  {
    id: 's3',
    rung: 'community',
    description: 'Travel training',
    hoursPerWeek: 2,
    costPerWeek: 60,
    status: 'right-size',
  },
  { id: 's4', rung: 'specialist', description: 'Outreach visits', hoursPerWeek: 10, status: 'right-size' },
];

/** The column ("Support now" or "Right-size support") of one rung, by the rung's heading. */
function column(rung: string, title: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name: rung });
  const rungItem = heading.closest('li') as HTMLElement;
  const titleElement = within(rungItem).getByText(title);
  return titleElement.parentElement as HTMLElement;
}

describe('SupportLadderField', () => {
  describe('given support now and right-size support', () => {
    it('shows only rungs with support, least restrictive first', () => {
      render(
        <SupportLadderField
          rungs={[{ key: 'family', label: 'Family and friends' }, ...rungs]}
          items={items}
        />,
      );
      expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
        'Me',
        'Community',
        'Specialist services',
      ]);
    });

    it('puts support now and right-size support side by side on each rung', () => {
      render(<SupportLadderField rungs={rungs} items={items} />);
      // "Both" stays as it is, so it shows on both sides.
      expect(within(column('Me', 'Support now')).getByText('Cooking my own tea')).toBeTruthy();
      expect(within(column('Me', 'Right-size support')).getByText('Cooking my own tea')).toBeTruthy();
      expect(within(column('Specialist services', 'Support now')).getByText('Supported living')).toBeTruthy();
      expect(within(column('Specialist services', 'Support now')).queryByText('Outreach visits')).toBeNull();
      expect(
        within(column('Specialist services', 'Right-size support')).getByText('Outreach visits'),
      ).toBeTruthy();
      expect(within(column('Community', 'Support now')).getByText('None')).toBeTruthy();
    });

    it('gives hours, cost in pounds and provider beside each piece of support', () => {
      render(<SupportLadderField rungs={rungs} items={items} />);
      expect(screen.getByText('40 hours a week · £1,200.00 a week · Provided by Acme Care')).toBeTruthy();
      expect(screen.getByText('2 hours a week · £60.00 a week')).toBeTruthy();
    });

    it('names a rung the ladder does not know by its key, and a missing rung as not answered', () => {
      render(
        <SupportLadderField
          rungs={rungs}
          items={[
            { id: 'x', rung: 'peer-support', description: 'Peer group', status: 'current' },
            { id: 'y', rung: '', description: '', status: 'current' },
          ]}
        />,
      );
      expect(screen.getByRole('heading', { level: 3, name: 'peer-support' })).toBeTruthy();
      expect(screen.getByRole('heading', { level: 3, name: 'Not answered' })).toBeTruthy();
    });
  });

  describe('given the right-size summary', () => {
    const support = items.map(
      (item): Support =>
        ({
          id: item.id,
          rung: item.rung,
          description: { text: item.description },
          status: item.status,
          outcomeIds: [],
          ...(item.hoursPerWeek !== undefined ? { hoursPerWeek: item.hoursPerWeek } : {}),
          ...(item.costPerWeek !== undefined ? { costPerWeek: item.costPerWeek } : {}),
        }) as Support,
    );
    const summary = rightSizeSummary({ support }, { rungs: rungs.map((rung) => rung.key) });

    it('totals hours and cost now and right-sized, rung by rung, in a captioned table', () => {
      render(<SupportLadderField rungs={rungs} items={items} summary={summary} />);
      const table = screen.getByRole('table', { name: 'Support now and right-size support, by rung' });
      const header = within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent);
      expect(header).toEqual(['Rung', 'Hours now', 'Right-size hours', 'Cost now', 'Right-size cost']);
      const specialist = within(table).getByRole('row', { name: /^Specialist services/ });
      expect(
        within(specialist)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(['40 hours a week', '10 hours a week', '£1,200.00', '£0.00']);
    });

    it('marks totals with missing hours with "+", never counting them as 0 hours', () => {
      render(<SupportLadderField rungs={rungs} items={items} summary={summary} />);
      const total = screen.getByRole('row', { name: /^Total/ });
      expect(
        within(total)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ).toEqual(['40 hours a week +', '12 hours a week +', '£1,200.00', '£60.00']);
    });

    it('lets the table scroll sideways by keyboard, as a named region', () => {
      render(<SupportLadderField rungs={rungs} items={items} summary={summary} />);
      const region = screen.getByRole('region', { name: 'Support now and right-size support, by rung' });
      expect(region.getAttribute('tabindex')).toBe('0');
    });
  });
});
