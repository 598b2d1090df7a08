import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TextField } from '../TextField/TextField.js';
import { ListField } from './ListField.js';
import type { ListFieldProps } from './ListField.js';

interface Need {
  id: string;
  text: string;
}

function Needs({ initial = [], ...rest }: { initial?: Need[] } & Partial<ListFieldProps<Need>>) {
  const [items, setItems] = useState<Need[]>(initial);
  const [created, setCreated] = useState(0);
  return (
    <ListField<Need>
      label="Needs"
      itemName="need"
      items={items}
      getKey={(item) => item.id}
      onAdd={() => {
        setItems((list) => [...list, { id: `new-${created}`, text: '' }]);
        setCreated((n) => n + 1);
      }}
      onRemove={(index) => setItems((list) => list.filter((_, i) => i !== index))}
      onMove={(from, to) =>
        setItems((list) => {
          const copy = [...list];
          const [moved] = copy.splice(from, 1);
          if (moved) copy.splice(to, 0, moved);
          return copy;
        })
      }
      renderItem={(item, { index }) => (
        <TextField
          label="What is hard or missing?"
          value={item.text}
          onChange={(text) =>
            setItems((list) => list.map((entry, i) => (i === index ? { ...entry, text } : entry)))
          }
        />
      )}
      {...rest}
    />
  );
}

const two: Need[] = [
  { id: 'n1', text: 'Buses' },
  { id: 'n2', text: 'Letters' },
];

describe('ListField', () => {
  describe('given no items', () => {
    it('is a group named by its heading that says nothing is added yet', () => {
      render(<Needs />);
      const group = screen.getByRole('group', { name: 'Needs' });
      expect(within(group).getByRole('heading', { level: 2, name: 'Needs' })).toBeTruthy();
      expect(within(group).getByText('Nothing added yet.')).toBeTruthy();
      expect(within(group).getByRole('button', { name: 'Add need' })).toBeTruthy();
    });

    it('adds an item, moves focus to its first field and announces it', async () => {
      const user = userEvent.setup();
      render(<Needs />);
      await user.click(screen.getByRole('button', { name: 'Add need' }));
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'What is hard or missing?' }));
      expect(screen.getByText('Need 1 added').getAttribute('aria-live')).toBe('polite');
      expect(screen.getByRole('button', { name: 'Add another need' })).toBeTruthy();
    });
  });

  describe('given items', () => {
    it('names each item by a heading that also names its fields and buttons', () => {
      render(<Needs initial={two} headingLevel={3} />);
      expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
        'Need 1',
        'Need 2',
      ]);
      const second = screen.getByRole('group', { name: 'Need 2' });
      expect(within(second).getByRole('textbox', { name: 'What is hard or missing?' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Remove: Need 2' })).toBeTruthy();
      // The first has no "Move up", the last no "Move down".
      expect(screen.queryByRole('button', { name: 'Move up: Need 1' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Move down: Need 2' })).toBeNull();
    });

    it('moves an item down, keeps focus with it and announces where it went', async () => {
      const user = userEvent.setup();
      render(<Needs initial={two} />);
      await user.click(screen.getByRole('button', { name: 'Move down: Need 1' }));
      const values = screen.getAllByRole('textbox').map((box) => (box as HTMLInputElement).value);
      expect(values).toEqual(['Letters', 'Buses']);
      // Now last, it has no "Move down": focus goes to its "Move up".
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up: Need 2' }));
      expect(screen.getByText('Need 1 moved down to position 2')).toBeTruthy();
    });

    it('after removing, moves focus to the previous item’s heading', async () => {
      const user = userEvent.setup();
      render(<Needs initial={two} />);
      await user.click(screen.getByRole('button', { name: 'Remove: Need 2' }));
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Need 1' }));
      expect(screen.getByText('Need 2 removed')).toBeTruthy();
    });

    it('keeps each item’s own text when one before it is removed (keys, not positions)', async () => {
      const user = userEvent.setup();
      render(<Needs initial={two} />);
      await user.click(screen.getByRole('button', { name: 'Remove: Need 1' }));
      expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('Letters');
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add another need' }));
    });
  });

  describe('given a limit and an error', () => {
    it('replaces the add button with a message once full', () => {
      render(<Needs initial={two} maxItems={2} />);
      expect(screen.queryByRole('button', { name: /Add/ })).toBeNull();
      expect(screen.getByText('You cannot add more than 2.')).toBeTruthy();
    });

    it('shows the error with a hidden "Error:" prefix and describes the add button with it', () => {
      render(<Needs error="Add at least one need" id="needs-add" />);
      const add = screen.getByRole('button', { name: 'Add need' });
      expect(add.id).toBe('needs-add');
      const error = document.getElementById(add.getAttribute('aria-describedby') ?? '');
      expect(error?.textContent).toBe('Error: Add at least one need');
      expect(screen.getByRole('group', { name: 'Needs' }).getAttribute('data-invalid')).toBe('true');
    });
  });
});
