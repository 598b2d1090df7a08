import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { DateField, ErrorSummary, Picture, RadiosField, SectionPage, TextField } from '@wholepicture/react';
import type { DateParts } from '@wholepicture/react';
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

const frequency = ['Never', 'Sometimes', 'Often', 'Always'].map((label) => ({ value: label, label }));

/** One question of the long section, by its number: text boxes, radios and dates in turn. */
function LongQuestion({ number }: { number: number }) {
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<string | undefined>();
  const [date, setDate] = useState<DateParts>({ day: '', month: '', year: '' });
  const label = `Question ${number}`;
  if (number % 3 === 1)
    return <RadiosField label={label} options={frequency} value={choice} onChange={setChoice} />;
  if (number % 3 === 2) return <DateField label={label} value={date} onChange={setDate} />;
  return <TextField id={`long-${number}`} label={label} value={text} onChange={setText} />;
}

/**
 * A long section (an assessment of 60 questions). Questions far off screen are not laid out or
 * painted until they come near; the question holding focus is always drawn whole, focus ring
 * and all.
 */
export const LongSection: Story = {
  render: () => (
    <main className="wp-root" lang="en">
      <SectionPage
        title="A long assessment"
        onContinue={() => {}}
        errorSummary={<ErrorSummary errors={[{ message: 'Answer question 57', targetId: 'long-57' }]} />}
      >
        {Array.from({ length: 60 }, (_, index) => (
          <LongQuestion key={index} number={index + 1} />
        ))}
      </SectionPage>
    </main>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const groups = [
      ...canvasElement.querySelectorAll<HTMLElement>('.wp-section-page > form > .wp-form-group'),
    ];
    await expect(groups).toHaveLength(60);
    const visibility = (group: HTMLElement) => getComputedStyle(group).contentVisibility;
    await expect(groups.every((group) => visibility(group) === 'auto')).toBe(true);
    // Every control is in the page, with its role and name, skipped or not.
    await expect(canvas.getAllByRole('radio')).toHaveLength(20 * 4);
    // The error summary's link reaches a question far down the page, skipped until then: it is
    // focused and scrolled into view.
    await userEvent.click(canvas.getByRole('link', { name: 'Answer question 57' }));
    const linked = canvas.getByRole('textbox', { name: 'Question 57' });
    await expect(linked).toHaveFocus();
    const box = linked.getBoundingClientRect();
    await expect(box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0).toBe(true);
    await expect(visibility(groups[56]!)).toBe('visible');
    const last = canvas.getByRole('textbox', { name: 'Question 60' });
    await userEvent.click(last);
    await userEvent.keyboard('Yes');
    await expect(last).toHaveValue('Yes');
    // The focused question is never skipped, so nothing clips its focus ring.
    await expect(visibility(groups[59]!)).toBe('visible');
    await expect(visibility(groups[56]!)).toBe('auto');
  },
};
