import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WholePictureProvider } from '../WholePictureProvider/WholePictureProvider.js';
import { ReadingsField, readingsDiffer } from './ReadingsField.js';
import type { ReadingView } from './ReadingsField.js';

const differing: ReadingView[] = [
  { id: 'r1', by: 'Callum (in his own words)', date: '2026-03-01', now: 3, goal: 8 },
  { id: 'r2', by: 'Sam (support worker)', date: '2026-03-01', now: 7, goal: 8 },
];

describe('ReadingsField', () => {
  describe('given readings that differ', () => {
    it('keeps each voice’s reading side by side and says they differ', () => {
      render(<ReadingsField readings={differing} />);
      expect(screen.getByRole('heading', { level: 4, name: 'Readings on the scale' })).toBeTruthy();
      expect(screen.getByText('These readings differ. Both are kept, side by side.')).toBeTruthy();
      const cards = screen.getAllByRole('listitem');
      expect(cards).toHaveLength(2);
      expect(within(cards[0] as HTMLElement).getByText('Callum (in his own words)')).toBeTruthy();
      expect(within(cards[0] as HTMLElement).getByText('Now: 3 out of 10')).toBeTruthy();
      expect(within(cards[1] as HTMLElement).getByText('Sam (support worker)')).toBeTruthy();
      expect(within(cards[1] as HTMLElement).getByText('Now: 7 out of 10')).toBeTruthy();
    });

    it('never shows an average', () => {
      const { container } = render(<ReadingsField readings={differing} />);
      expect(container.textContent).not.toMatch(/\b5 out of 10/);
      expect(screen.getAllByText(/^Now: /).map((p) => p.textContent)).toEqual([
        'Now: 3 out of 10',
        'Now: 7 out of 10',
      ]);
    });

    it('shows the date of each reading in the reader’s language', async () => {
      render(
        <WholePictureProvider locale="cy">
          <ReadingsField readings={differing} />
        </WholePictureProvider>,
      );
      expect(await screen.findAllByText('1 Mawrth 2026')).toHaveLength(2);
    });
  });

  describe('given readings that agree, or are missing a value', () => {
    it('does not say they differ when they agree', () => {
      render(
        <ReadingsField
          readings={[
            { id: 'a', by: 'Agreed together', now: 5, goal: 9 },
            { id: 'b', by: 'Sam', now: 5, goal: 9 },
          ]}
        />,
      );
      expect(screen.queryByText(/These readings differ/)).toBeNull();
    });

    it('says "Not given" for a value nobody gave', () => {
      render(<ReadingsField readings={[{ id: 'a', by: 'Agreed together', goal: 9 }]} />);
      expect(screen.getByText('Where I am now: Not given')).toBeTruthy();
      expect(screen.getByText('Want to be: 9 out of 10')).toBeTruthy();
    });

    it('shows only its editing controls when there are no readings', () => {
      render(
        <ReadingsField readings={[]} headingLevel={3}>
          <button type="button">Add a reading</button>
        </ReadingsField>,
      );
      expect(screen.queryByRole('heading')).toBeNull();
      expect(screen.getByRole('button', { name: 'Add a reading' })).toBeTruthy();
    });
  });

  describe('readingsDiffer', () => {
    it('compares only readings that give a value', () => {
      expect(readingsDiffer(differing)).toBe(true);
      expect(
        readingsDiffer([
          { id: 'a', by: 'A', now: 4 },
          { id: 'b', by: 'B' },
        ]),
      ).toBe(false);
      expect(
        readingsDiffer([
          { id: 'a', by: 'A', now: 4 },
          { id: 'b', by: 'B', goal: 4 },
        ]),
      ).toBe(true);
      expect(readingsDiffer([])).toBe(false);
    });
  });
});
