import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { Picture, ScaleField } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';

function Demo({
  initial,
  error,
  easyRead = false,
}: {
  initial?: number;
  error?: boolean;
  easyRead?: boolean;
}) {
  const welsh = useIsWelsh();
  const [value, setValue] = useState<number | undefined>(initial);
  return (
    <ScaleField
      value={value}
      onChange={setValue}
      error={error ? (welsh ? 'Dewiswch rif o 1 i 10' : 'Select a number from 1 to 10') : undefined}
      picture={easyRead ? <Picture pictureKey="ladder" alt="" /> : undefined}
    />
  );
}

const meta = {
  title: 'Fields/ScaleField',
  component: Demo,
  decorators: [withPage({ en: 'Outcomes', cy: 'Canlyniadau' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: 4 } };
export const Error: Story = { args: { error: true } };
export const EasyRead: Story = { args: { easyRead: true, initial: 7 } };
export const Welsh: Story = { args: { error: true } };
