import type { Meta, StoryObj } from '@storybook/react-vite';
import { rightSizeSummary, samplePlans } from '@wholepicture/core';
import type { Support } from '@wholepicture/core';
import { SupportLadderField } from '@wholepicture/react';
import type { LadderItem } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';

const rungKeys = ['me', 'family-friends', 'community', 'universal', 'targeted', 'specialist', 'residential'];
const english = [
  'Me',
  'Family and friends',
  'Community',
  'Universal services',
  'Targeted services',
  'Specialist services',
  'Residential or out of area',
];
const welshRungs = [
  'Fi',
  'Teulu a ffrindiau',
  'Cymuned',
  'Gwasanaethau cyffredinol',
  'Gwasanaethau wedi’u targedu',
  'Gwasanaethau arbenigol',
  'Preswyl neu y tu allan i’r ardal',
];

function toItems(support: readonly Support[]): LadderItem[] {
  return support.map((item) => ({
    id: item.id,
    rung: item.rung,
    description: item.description.text,
    provider: item.provider,
    hoursPerWeek: item.hoursPerWeek,
    costPerWeek: item.costPerWeek,
    status: item.status,
  }));
}

function Demo({ support = [] }: { support?: Support[]; easyRead?: boolean; error?: boolean }) {
  const welsh = useIsWelsh();
  const rungs = rungKeys.map((key, index) => ({ key, label: (welsh ? welshRungs : english)[index] ?? key }));
  return (
    <SupportLadderField
      rungs={rungs}
      items={toItems(support)}
      summary={rightSizeSummary({ support }, { rungs: rungKeys })}
      headingLevel={2}
    />
  );
}

const sample = samplePlans.callum.support;
const unknownRung: Support[] =
  sample.length > 0 ? [{ ...(sample[0] as Support), id: 'x', rung: '', hoursPerWeek: undefined }] : [];

const meta = {
  title: 'Fields/SupportLadderField',
  component: Demo,
  decorators: [withPage({ en: 'Support', cy: 'Cymorth' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { support: sample } };
// Missing rung and hours: shown as "Not answered" and totals marked as lower bounds.
export const Error: Story = { args: { support: [...sample, ...unknownRung] } };
export const EasyRead: Story = { args: { easyRead: true, support: sample } };
export const Welsh: Story = { args: { support: sample } };
