import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { CheckboxesField, Picture } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';

function Demo({
  initial = [],
  error,
  easyRead = false,
}: {
  initial?: string[];
  error?: boolean;
  easyRead?: boolean;
}) {
  const welsh = useIsWelsh();
  const [value, setValue] = useState<string[]>(initial);
  return (
    <CheckboxesField
      label={
        welsh
          ? 'Pa fformatau gwybodaeth sydd eu hangen?'
          : easyRead
            ? 'How I like to get information'
            : 'Which information formats are needed?'
      }
      hint={welsh ? 'Dewiswch bob un sy’n berthnasol.' : 'Select all that apply.'}
      value={value}
      onChange={setValue}
      options={[
        { value: 'easy-read', label: welsh ? 'Hawdd ei ddarllen' : 'Easy read' },
        { value: 'large-print', label: welsh ? 'Print bras' : 'Large print' },
        { value: 'bsl', label: welsh ? 'Iaith Arwyddion Prydain' : 'British Sign Language' },
      ]}
      error={error ? (welsh ? 'Dewiswch o leiaf un fformat' : 'Select at least one format') : undefined}
      picture={easyRead ? <Picture pictureKey="eye" alt="" /> : undefined}
    />
  );
}

const meta = {
  title: 'Fields/CheckboxesField',
  component: Demo,
  decorators: [withPage({ en: 'Communication', cy: 'Cyfathrebu' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: ['easy-read', 'bsl'] } };
export const Error: Story = { args: { error: true } };
export const EasyRead: Story = { args: { easyRead: true } };
export const Welsh: Story = { args: { error: true } };
