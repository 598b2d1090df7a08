import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { TextareaField, WritingHelp } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';
import type { FieldStoryArgs } from './storyHelpers';

function Demo({ initial = '', isOutcome = false }: FieldStoryArgs & { isOutcome?: boolean }) {
  const welsh = useIsWelsh();
  const [text, setText] = useState(initial);
  return (
    <TextareaField label={welsh ? 'Beth sy’n helpu?' : 'What helps?'} value={text} onChange={setText}>
      <WritingHelp text={text} onChange={setText} isOutcome={isOutcome} />
    </TextareaField>
  );
}

const meta = {
  title: 'Fields/WritingHelp',
  component: Demo,
  decorators: [withPage({ en: 'Communication', cy: 'Cyfathrebu' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { initial: 'Talk to me slowly. Show me pictures.' } };
export const Error: Story = {
  args: {
    initial:
      'Staff should facilitate a multidisciplinary approach to ensure that appropriate interventions are implemented in a timely manner for the individual.',
  },
};
export const EasyRead: Story = {
  args: { easyRead: true, initial: '2 hours of support a week.', isOutcome: true },
};
export const Welsh: Story = { args: { initial: 'Siaradwch â fi yn araf.' } };
