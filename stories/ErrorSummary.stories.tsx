import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorSummary, TextField } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';

function Demo({ count = 2 }: { count?: number; easyRead?: boolean }) {
  const welsh = useIsWelsh();
  const errors = [
    {
      message: welsh ? 'Rhowch enw dewisol yr unigolyn' : 'Enter the person’s preferred name',
      targetId: 'story-name',
    },
    { message: welsh ? 'Rhowch rif ffôn' : 'Enter a phone number', targetId: 'story-phone' },
  ].slice(0, count);
  return (
    <>
      <ErrorSummary errors={errors} />
      <TextField
        id="story-name"
        label={welsh ? 'Enw dewisol' : 'Preferred name'}
        value=""
        onChange={() => {}}
        error={count > 0 ? errors[0]?.message : undefined}
      />
      <TextField
        id="story-phone"
        label={welsh ? 'Rhif ffôn' : 'Phone number'}
        type="tel"
        value=""
        onChange={() => {}}
        error={count > 1 ? errors[1]?.message : undefined}
      />
    </>
  );
}

const meta = {
  title: 'Pages/ErrorSummary',
  component: Demo,
  decorators: [withPage({ en: 'About the person', cy: 'Am yr unigolyn' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { count: 1 } };
export const Error: Story = { args: { count: 2 } };
export const EasyRead: Story = { args: { easyRead: true } };
export const Welsh: Story = {};
