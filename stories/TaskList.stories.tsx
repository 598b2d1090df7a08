import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SectionStatus } from '@wholepicture/core';
import { Picture, TaskList } from '@wholepicture/react';
import { useIsWelsh, withPage } from './decorators';

function Demo({
  statuses = ['not-started', 'not-started', 'not-started'],
  easyRead = false,
}: {
  statuses?: SectionStatus[];
  easyRead?: boolean;
}) {
  const welsh = useIsWelsh();
  const names = welsh
    ? ['Am yr unigolyn', 'Anghenion', 'Canlyniadau']
    : ['About the person', 'Needs', 'Outcomes'];
  const pictures = ['person', 'help', 'star'];
  return (
    <TaskList
      onSelect={() => {}}
      items={names.map((title, index) => ({
        id: `task-${index}`,
        title,
        status: statuses[index] ?? 'not-started',
        picture: easyRead ? <Picture pictureKey={pictures[index] ?? 'person'} alt="" /> : undefined,
      }))}
    />
  );
}

const meta = {
  title: 'Pages/TaskList',
  component: Demo,
  decorators: [withPage({ en: 'Your plan', cy: 'Eich cynllun' })],
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Filled: Story = { args: { statuses: ['complete', 'in-progress', 'not-started'] } };
export const Error: Story = { args: { statuses: ['in-progress', 'in-progress', 'not-started'] } };
export const EasyRead: Story = {
  args: { easyRead: true, statuses: ['complete', 'in-progress', 'not-started'] },
};
export const Welsh: Story = { args: { statuses: ['complete', 'in-progress', 'not-started'] } };
