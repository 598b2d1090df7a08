import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { DateField, Picture } from '@wholepicture/react';
import type { DatePart, DateParts } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';

function Demo({
  initial = { day: '', month: '', year: '' },
  errorParts,
  easyRead = false,
}: {
  initial?: DateParts;
  errorParts?: DatePart[];
  easyRead?: boolean;
}) {
  const welsh = useIsWelsh();
  const [value, setValue] = useState<DateParts>(initial);
  return (
    <DateField
      label={welsh ? 'Dyddiad geni' : easyRead ? 'My birthday' : 'Date of birth'}
      value={value}
      onChange={setValue}
      isBirthday
      errorParts={errorParts}
      error={
        errorParts
          ? welsh
            ? 'Rhaid i ddyddiad geni gynnwys mis'
            : 'Date of birth must include a month'
          : undefined
      }
      picture={easyRead ? <Picture pictureKey="calendar" alt="" /> : undefined}
    />
  );
}

const meta = {
  title: 'Fields/DateField',
  component: Demo,
  decorators: [withPage({ en: 'About the person', cy: 'Am yr unigolyn' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: { day: '27', month: '3', year: '1990' } } };
export const Error: Story = {
  args: { initial: { day: '27', month: '', year: '1990' }, errorParts: ['month'] },
};
export const EasyRead: Story = { args: { easyRead: true } };
export const Welsh: Story = {
  args: { initial: { day: '27', month: '', year: '1990' }, errorParts: ['month'] },
};
