import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { createPlan, samplePlans } from '@wholepicture/core';
import { PlanForm } from '@wholepicture/react';
import type { PlanFormProps } from '@wholepicture/react';
import { withWelsh } from './decorators';

const empty = createPlan({ id: 'plan-story', now: new Date('2026-03-01T10:00:00Z') });

function Demo(props: PlanFormProps) {
  return (
    <main>
      <PlanForm {...props} />
    </main>
  );
}

const meta = {
  title: 'Pages/PlanForm',
  component: Demo,
  args: { defaultPlan: empty },
} satisfies Meta<typeof Demo>;
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
