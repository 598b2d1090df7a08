import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { Picture, RadiosField } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';
import type { FieldStoryArgs } from './storyHelpers';

function Demo({ initial, error, easyRead = false }: FieldStoryArgs) {
  const welsh = useIsWelsh();
  const [value, setValue] = useState<string | undefined>(initial);
  return (
    <RadiosField
      label={
        welsh
          ? 'Sut gafodd y penderfyniad ei wneud?'
          : easyRead
            ? 'Who made this choice'
            : 'How was the decision made?'
      }
      value={value}
      onChange={setValue}
      options={[
        { value: 'by-me', label: welsh ? 'Gennyf i' : 'By me' },
        { value: 'with-support', label: welsh ? 'Gyda chymorth' : 'With support' },
        { value: 'best-interests', label: welsh ? 'Er fy lles pennaf' : 'In my best interests' },
      ]}
      error={
        error
          ? welsh
            ? 'Dewiswch sut gafodd y penderfyniad ei wneud'
            : 'Select how the decision was made'
          : undefined
      }
      picture={easyRead ? <Picture pictureKey="decision" alt="" /> : undefined}
    />
  );
}

const meta = {
  title: 'Fields/RadiosField',
  component: Demo,
  decorators: [withPage({ en: 'Decisions', cy: 'Penderfyniadau' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: 'with-support' } };
export const Error: Story = { args: { error: true } };
export const EasyRead: Story = { args: { easyRead: true } };
export const Welsh: Story = { args: { error: true } };
