import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { Picture, TextField } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';
import type { FieldStoryArgs } from './storyHelpers';

function Demo({ initial = '', error, easyRead = false }: FieldStoryArgs) {
  const welsh = useIsWelsh();
  const [value, setValue] = useState(initial);
  return (
    <TextField
      label={easyRead ? 'The name I like to be called' : welsh ? 'Enw dewisol' : 'Preferred name'}
      hint={welsh ? 'Yr enw maen nhw’n hoffi cael eu galw.' : 'The name they like to be called.'}
      value={value}
      onChange={setValue}
      error={
        error ? (welsh ? 'Rhowch enw dewisol yr unigolyn' : 'Enter the person’s preferred name') : undefined
      }
      picture={easyRead ? <Picture pictureKey="person" alt="" /> : undefined}
    />
  );
}

const meta = {
  title: 'Fields/TextField',
  component: Demo,
  decorators: [withPage({ en: 'About the person', cy: 'Am yr unigolyn' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: 'Callum' } };
export const Error: Story = { args: { error: true } };
export const EasyRead: Story = { args: { easyRead: true, initial: 'Callum' } };
export const Welsh: Story = { args: { error: true } };
