import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { samplePlans } from '@wholepicture/core';
import { withWelsh } from './decorators';
import { emptyPlan, PlanFormPage } from './storyHelpers';

const meta = {
  title: 'Pages/PlanForm',
  component: PlanFormPage,
  args: { defaultPlan: emptyPlan },
} satisfies Meta<typeof PlanFormPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { defaultPlan: samplePlans.callum, initialView: { page: 'check' } } };
export const Error: Story = {
  args: { initialView: { page: 'section', sectionId: 'aboutYou' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('alert')).toBeTruthy();
  },
};
export const EasyRead: Story = { args: { easyRead: true, defaultPlan: samplePlans.margaret } };
export const Welsh: Story = {
  decorators: [withWelsh],
  args: { locale: 'cy', defaultPlan: samplePlans.darren },
};
