import type { Meta, StoryObj } from '@storybook/react-vite';
import { CheckAnswers, ErrorSummary } from '@wholepicture/react';
import { useIsWelsh, withWelsh } from './decorators';

function Demo({
  filled = false,
  error = false,
  easyRead = false,
}: {
  filled?: boolean;
  error?: boolean;
  easyRead?: boolean;
}) {
  const welsh = useIsWelsh();
  const message = welsh ? 'Rhowch rif ffôn' : 'Enter a phone number';
  return (
    <main className="wp-root" lang={welsh ? 'cy' : 'en'} data-easy-read={easyRead ? 'true' : undefined}>
      <CheckAnswers
        onBack={() => {}}
        onSubmit={() => {}}
        errorSummary={error ? <ErrorSummary errors={[{ message, onActivate: () => {} }]} /> : undefined}
        sections={[
          {
            id: 'about',
            title: welsh ? 'Am yr unigolyn' : easyRead ? 'About me' : 'About the person',
            rows: [
              {
                id: 'name',
                label: welsh ? 'Enw dewisol' : 'Preferred name',
                value: filled ? 'Callum' : undefined,
                onChange: () => {},
              },
              {
                id: 'dob',
                label: welsh ? 'Dyddiad geni' : 'Date of birth',
                value: filled ? '27 March 1990' : undefined,
                onChange: () => {},
              },
            ],
          },
        ]}
      />
    </main>
  );
}

const meta = { title: 'Pages/CheckAnswers', component: Demo } satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { filled: true } };
export const Error: Story = { args: { error: true } };
export const EasyRead: Story = { args: { easyRead: true, filled: true } };
export const Welsh: Story = { decorators: [withWelsh], args: { filled: true } };
