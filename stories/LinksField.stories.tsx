import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { LinksField, Picture } from '@wholepicture/react';
import type { LinkableItem } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';

const needs: LinkableItem[] = [
  { id: 'n1', text: 'I get very anxious on buses.' },
  { id: 'n2', text: '' },
];

function Demo({
  items = needs,
  initial = [],
  error,
  easyRead = false,
}: {
  items?: LinkableItem[];
  initial?: string[];
  error?: boolean;
  easyRead?: boolean;
}) {
  const welsh = useIsWelsh();
  const [value, setValue] = useState<string[]>(initial);
  return (
    <LinksField
      label={
        welsh ? 'Pa anghenion mae’r canlyniad hwn yn eu hateb?' : 'Which needs does this outcome answer?'
      }
      itemName={welsh ? 'angen' : 'need'}
      items={items}
      value={value}
      onChange={setValue}
      error={error ? (welsh ? 'Dewiswch o leiaf un angen' : 'Select at least one need') : undefined}
      picture={easyRead ? <Picture pictureKey="help" alt="" /> : undefined}
    />
  );
}

const meta = {
  title: 'Fields/LinksField',
  component: Demo,
  decorators: [withPage({ en: 'Outcomes', cy: 'Canlyniadau' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { args: { items: [] } };
export const Filled: Story = { args: { initial: ['n1'] } };
export const Error: Story = { args: { error: true } };
export const EasyRead: Story = { args: { easyRead: true } };
export const Welsh: Story = { args: { items: [{ id: 'n1', text: 'Rwy’n bryderus iawn ar fysiau.' }] } };
