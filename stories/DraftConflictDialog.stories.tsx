import type { Meta, StoryObj } from '@storybook/react-vite';
import '@wholepicture/react/styles.css';
import { createPlan } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { DraftConflictDialog, WholePictureProvider } from '@wholepicture/react';
import type { DraftConflict, DraftConflictDialogProps } from '@wholepicture/react';

function planNamed(name: string): Plan {
  return createPlan({ id: 'plan-story', person: { preferredName: name, identifiers: [] } });
}

const conflict: DraftConflict = {
  draftId: 'plan-story',
  mine: planNamed('Sam'),
  theirs: {
    id: 'plan-story',
    plan: planNamed('Samira'),
    revision: 5,
    savedAt: new Date(2026, 2, 1, 14, 35).toISOString(),
    savedBy: 'tab-other',
  },
};

/** The dialog over a page, in a language. */
function DialogOnPage({ locale, ...props }: DraftConflictDialogProps & { locale: 'en' | 'cy' }) {
  return (
    <WholePictureProvider locale={locale}>
      <main>
        <h1>Sam's plan</h1>
        <DraftConflictDialog {...props} />
      </main>
    </WholePictureProvider>
  );
}

const meta = {
  title: 'Drafts/DraftConflictDialog',
  component: DialogOnPage,
  args: { conflict, onResolve: () => {}, locale: 'en' },
} satisfies Meta<typeof DialogOnPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Open: the plan changed in another tab or window; three choices. */
export const Open: Story = {};

/** The same dialog in Welsh. */
export const OpenInWelsh: Story = { args: { locale: 'cy' } };

/** No conflict: nothing is shown. */
export const Closed: Story = { args: { conflict: undefined } };
