import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import type { Voice } from '@wholepicture/core';
import { VoicePicker } from '@wholepicture/react';
import { withPage } from './decorators';

const contributors = [
  { id: 'c-person', name: 'Callum' },
  { id: 'c-worker', name: 'Priya (support worker)' },
];

function Demo({ initial }: { initial?: Voice; easyRead?: boolean; error?: boolean }) {
  const [value, setValue] = useState<Voice | undefined>(initial);
  return (
    <VoicePicker
      value={value}
      onChange={setValue}
      contributors={contributors}
      context="What does a good day look like?"
    />
  );
}

const meta = {
  title: 'Fields/VoicePicker',
  component: Demo,
  decorators: [withPage({ en: 'Whose words', cy: 'Geiriau pwy' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: { contributorId: 'c-person', ownWords: true } } };
// The voice is never required, so its error state is the unknown contributor of an imported plan.
export const Error: Story = { args: { initial: { contributorId: 'c-gone', ownWords: false } } };
export const EasyRead: Story = { args: { easyRead: true } };
export const Welsh: Story = { args: { initial: { contributorId: 'c-worker', ownWords: false } } };
