import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { Picture, SelectField } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';
import type { FieldStoryArgs } from './storyHelpers';

function Demo({ initial, error, easyRead = false }: FieldStoryArgs) {
  const welsh = useIsWelsh();
  const [value, setValue] = useState<string | undefined>(initial);
  return (
    <SelectField
      label={welsh ? 'Rhan o fywyd' : easyRead ? 'What part of my life' : 'Part of life'}
      value={value}
      onChange={setValue}
      options={[
        { value: 'home', label: welsh ? 'Cartref' : 'Home' },
        { value: 'health', label: welsh ? 'Iechyd a lles' : 'Health and wellbeing' },
        { value: 'money', label: welsh ? 'Arian a budd-daliadau' : 'Money and benefits' },
      ]}
      error={
        error ? (welsh ? 'Dewiswch y rhan o fywyd' : 'Select the part of life this need is about') : undefined
      }
      picture={easyRead ? <Picture pictureKey="home" alt="" /> : undefined}
    />
  );
}

const meta = {
  title: 'Fields/SelectField',
  component: Demo,
  decorators: [withPage({ en: 'Needs', cy: 'Anghenion' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: 'money' } };
export const Error: Story = { args: { error: true } };
export const EasyRead: Story = { args: { easyRead: true } };
export const Welsh: Story = { args: { error: true } };
