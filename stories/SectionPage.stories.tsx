import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { ErrorSummary, Picture, SectionPage, TextField } from '@wholepicture/react';
import { useIsWelsh, withWelsh } from './decorators';
import type { FieldStoryArgs } from './storyHelpers';

function Demo({ initial = '', error, easyRead = false }: FieldStoryArgs) {
  const welsh = useIsWelsh();
  const [value, setValue] = useState(initial);
  const message = welsh ? 'Rhowch enw dewisol yr unigolyn' : 'Enter the person’s preferred name';
  return (
    <main className="wp-root" lang={welsh ? 'cy' : 'en'} data-easy-read={easyRead ? 'true' : undefined}>
      <SectionPage
        title={welsh ? 'Am yr unigolyn' : easyRead ? 'About me' : 'About the person'}
        position={{ number: 1, count: 12 }}
        picture={easyRead ? <Picture pictureKey="person" alt="" /> : undefined}
        onBack={() => {}}
        onContinue={() => {}}
        errorSummary={error ? <ErrorSummary errors={[{ message, targetId: 'section-name' }]} /> : undefined}
      >
        <TextField
          id="section-name"
          label={welsh ? 'Enw dewisol' : 'Preferred name'}
          value={value}
          onChange={setValue}
          error={error ? message : undefined}
        />
      </SectionPage>
    </main>
  );
}

const meta = { title: 'Pages/SectionPage', component: Demo } satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: 'Callum' } };
export const Error: Story = { args: { error: true } };
export const EasyRead: Story = { args: { easyRead: true } };
export const Welsh: Story = { decorators: [withWelsh], args: { error: true } };
