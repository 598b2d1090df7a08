import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { fromQuestionnaire } from '@wholepicture/core';
import type { FormDefinition } from '@wholepicture/core';
import phq9 from './fixtures/phq9.questionnaire.json';
import { emptyPlan, PlanFormPage } from './storyHelpers';

function imported(questionnaire: unknown): FormDefinition {
  const result = fromQuestionnaire(questionnaire);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.definition;
}

/** A small Questionnaire of our own using conditions, read-only, prefixes and initial answers. */
const checkIn = imported({
  resourceType: 'Questionnaire',
  status: 'active',
  title: 'Weekly check-in',
  item: [
    {
      linkId: 'service',
      type: 'string',
      text: 'Service',
      readOnly: true,
      initial: [{ valueString: 'Riverside outreach' }],
    },
    { linkId: 'smoker', type: 'boolean', prefix: '1.', text: 'Do you smoke?' },
    { linkId: 'sleep', type: 'string', prefix: '2.', text: 'How have you been sleeping?' },
    {
      linkId: 'perDay',
      type: 'integer',
      prefix: '1a.',
      text: 'How many cigarettes a day?',
      required: true,
      enableWhen: [{ question: 'smoker', operator: '=', answerBoolean: true }],
    },
  ],
});

const phq9Definition = imported(phq9);

const meta = {
  title: 'Pages/FHIR Questionnaire',
  component: PlanFormPage,
  args: { defaultPlan: emptyPlan },
} satisfies Meta<typeof PlanFormPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** HL7's PHQ-9 example Questionnaire, imported with `fromQuestionnaire` and shown by PlanForm. */
export const Phq9: Story = {
  args: {
    definition: phq9Definition,
    initialView: { page: 'section', sectionId: phq9Definition.sections[0]?.id ?? '' },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('textbox', { name: 'Little interest or pleasure in doing things' }),
    ).toBeTruthy();
  },
};

/** A follow-up question appears right after the answer that asks for it, and is announced. */
export const Conditional: Story = {
  args: {
    definition: checkIn,
    initialView: { page: 'section', sectionId: checkIn.sections[0]?.id ?? '' },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('textbox', { name: '1a. How many cigarettes a day?' })).toBeNull();
    await userEvent.click(canvas.getByRole('radio', { name: 'Yes' }));
    await expect(canvas.getByRole('textbox', { name: '1a. How many cigarettes a day?' })).toBeTruthy();
    await expect(canvas.getByText('Riverside outreach')).toBeTruthy();
  },
};
