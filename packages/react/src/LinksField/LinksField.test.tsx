import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LinksField } from './LinksField.js';
import type { LinkableItem } from './LinksField.js';

const needs: LinkableItem[] = [
  { id: 'n1', text: 'I get very anxious on buses' },
  { id: 'n2', text: '   ' },
  { id: 'n3', text: 'x'.repeat(250) },
];

function Links({ items = needs, onChange }: { items?: LinkableItem[]; onChange?: (ids: string[]) => void }) {
  const [value, setValue] = useState<string[]>(['n1']);
  return (
    <LinksField
      label="Which needs does this answer?"
      hint="Choose all that apply"
      itemName="need"
      items={items}
      value={value}
      onChange={(ids) => {
        setValue(ids);
        onChange?.(ids);
      }}
    />
  );
}

describe('LinksField', () => {
  describe('given items to link to', () => {
    it('offers one labelled checkbox per item in a group named by the question', () => {
      render(<Links />);
      const group = screen.getByRole('group', { name: /Which needs does this answer\?/ });
      const boxes = within(group).getAllByRole('checkbox');
      expect(boxes).toHaveLength(3);
      expect(within(group).getByRole('checkbox', { name: 'I get very anxious on buses' })).toHaveProperty(
        'checked',
        true,
      );
    });

    it('names an item with no words by its place in its list', () => {
      render(<Links />);
      expect(screen.getByRole('checkbox', { name: 'Need 2 (no words yet)' })).toHaveProperty(
        'checked',
        false,
      );
    });

    it('shortens a very long item to 200 characters and an ellipsis', () => {
      render(<Links />);
      expect(screen.getByRole('checkbox', { name: `${'x'.repeat(200)}…` })).toBeTruthy();
    });

    it('adds and removes links by the items’ ids', async () => {
      const user = userEvent.setup();
      const onChange = vi.fn();
      render(<Links onChange={onChange} />);
      await user.click(screen.getByRole('checkbox', { name: 'Need 2 (no words yet)' }));
      expect(onChange).toHaveBeenLastCalledWith(['n1', 'n2']);
      await user.click(screen.getByRole('checkbox', { name: 'I get very anxious on buses' }));
      expect(onChange).toHaveBeenLastCalledWith(['n2']);
    });
  });

  describe('given nothing to link to', () => {
    it('says so instead of showing an empty group', () => {
      render(<Links items={[]} />);
      expect(screen.queryByRole('group')).toBeNull();
      expect(screen.queryByRole('checkbox')).toBeNull();
      expect(screen.getByText('Which needs does this answer?')).toBeTruthy();
      expect(
        screen.getByText('There is nothing to link to yet. Add some in the earlier section first.'),
      ).toBeTruthy();
    });
  });
});
