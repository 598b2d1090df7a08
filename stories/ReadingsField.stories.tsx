import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReadingsField } from '@wholepicture/react';
import type { ReadingView } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';

function Demo({ readings = [] }: { readings?: ReadingView[]; easyRead?: boolean; error?: boolean }) {
  const welsh = useIsWelsh();
  const named = readings.map((reading) => ({
    ...reading,
    by: welsh && reading.by === 'Agreed together' ? 'Wedi cytuno gyda’n gilydd' : reading.by,
  }));
  return (
    <section aria-labelledby="readings-outcome">
      <h2 className="wp-heading-m" id="readings-outcome">
        {welsh ? 'Rwy’n mynd i’r coleg ar fy mhen fy hun' : 'I get to college on my own'}
      </h2>
      <h3 className="wp-heading-s">{welsh ? 'Darlleniadau' : 'Readings'}</h3>
      <ReadingsField readings={named} headingLevel={4} />
    </section>
  );
}

const together: ReadingView = { id: 'r1', by: 'Agreed together', date: '2026-01-12', now: 3, goal: 8 };
const worker: ReadingView = { id: 'r2', by: 'Priya (support worker)', date: '2026-01-12', now: 5, goal: 8 };

const meta = {
  title: 'Fields/ReadingsField',
  component: Demo,
  decorators: [withPage({ en: 'Outcomes', cy: 'Canlyniadau' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { readings: [together] } };
// Differing views: kept side by side, never averaged.
export const Error: Story = { args: { readings: [together, worker] } };
export const EasyRead: Story = { args: { easyRead: true, readings: [together, worker] } };
export const Welsh: Story = { args: { readings: [together, worker] } };
