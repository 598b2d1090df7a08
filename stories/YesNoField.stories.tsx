import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { Picture, TextField, YesNoField } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';

function Demo({
  initial,
  error,
  easyRead = false,
}: {
  initial?: boolean;
  error?: boolean;
  easyRead?: boolean;
}) {
  const welsh = useIsWelsh();
  const [value, setValue] = useState<boolean | undefined>(initial);
  const [language, setLanguage] = useState(initial ? 'Polish' : '');
  return (
    <YesNoField
      label={
        welsh
          ? 'Oes angen cyfieithydd ar yr unigolyn?'
          : easyRead
            ? 'Do I need someone to interpret for me?'
            : 'Does the person need an interpreter?'
      }
      value={value}
      onChange={setValue}
      revealCount={1}
      reveal={
        <TextField label={welsh ? 'Pa iaith?' : 'Which language?'} value={language} onChange={setLanguage} />
      }
      error={
        error
          ? welsh
            ? 'Dewiswch ie os oes angen cyfieithydd'
            : 'Select yes if the person needs an interpreter'
          : undefined
      }
      picture={easyRead ? <Picture pictureKey="ear" alt="" /> : undefined}
    />
  );
}

const meta = {
  title: 'Fields/YesNoField',
  component: Demo,
  decorators: [withPage({ en: 'Communication', cy: 'Cyfathrebu' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: true } };
export const Error: Story = { args: { error: true } };
export const EasyRead: Story = { args: { easyRead: true, initial: true } };
export const Welsh: Story = { args: { initial: true } };
