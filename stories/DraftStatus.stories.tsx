import type { Meta, StoryObj } from '@storybook/react-vite';
import '@wholepicture/react/styles.css';
import { DraftStatus } from '@wholepicture/react';
import type { DraftStatusProps } from '@wholepicture/react';

const savedAt = new Date(2026, 2, 1, 14, 32).toISOString();

/** The status line as a page shows it. */
function StatusOnPage(props: DraftStatusProps) {
  return (
    <main>
      <DraftStatus {...props} />
    </main>
  );
}

const meta = {
  title: 'Drafts/DraftStatus',
  component: StatusOnPage,
  args: { status: 'idle' },
} satisfies Meta<typeof StatusOnPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing saved yet: an empty line, ready to announce. */
export const Idle: Story = {};

/** A save in progress: shown, not announced. */
export const Saving: Story = { args: { status: 'saving', lastSavedAt: savedAt } };

/** Saved: "Saved at 14:32". */
export const Saved: Story = { args: { status: 'saved', lastSavedAt: savedAt } };

/** The device is full. */
export const ErrorQuota: Story = { args: { status: 'error', error: { code: 'quota' } } };

/** The browser blocks storage. */
export const ErrorUnavailable: Story = { args: { status: 'error', error: { code: 'unavailable' } } };

/** Another tab holds an older database open. */
export const ErrorBlocked: Story = { args: { status: 'error', error: { code: 'blocked' } } };

/** Another tab or window changed the plan; a link-style button reopens the choice. */
export const Conflict: Story = { args: { status: 'conflict', onReviewConflict: () => {} } };
