import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { Picture, TextareaField } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';
import type { FieldStoryArgs } from './storyHelpers';

function Demo({ initial = '', error, easyRead = false }: FieldStoryArgs) {
  const welsh = useIsWelsh();
  const [value, setValue] = useState(initial);
  return (
    <TextareaField
      label={
        easyRead
          ? 'A good day for me'
          : welsh
            ? 'Sut olwg sydd ar ddiwrnod da?'
            : 'What does a good day look like?'
      }
      hint={welsh ? 'Yn eu geiriau eu hunain lle bo modd.' : 'In their own words where possible.'}
      value={value}
      onChange={setValue}
      maxLength={500}
      error={
        error
          ? welsh
            ? 'Rhowch sut olwg sydd ar ddiwrnod da'
            : 'Enter what a good day looks like'
          : undefined
      }
      picture={easyRead ? <Picture pictureKey="happy" alt="" /> : undefined}
    />
  );
}

const meta = {
  title: 'Fields/TextareaField',
  component: Demo,
  decorators: [withPage({ en: 'About me', cy: 'Amdanaf i' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: 'I get up late, walk the dog and see my sister.' } };
export const Error: Story = { args: { error: true } };
export const EasyRead: Story = { args: { easyRead: true, initial: 'I walk the dog.' } };
export const Welsh: Story = { args: { error: true } };
