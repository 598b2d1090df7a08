/** English source strings for the `drafts.*` keys. Edited by hand; Welsh mirrors it. */
export const drafts = {
  status: {
    saving: 'Saving…',
    saved: 'Saved at {{time}}',
    conflict: 'Not saved: this plan was changed in another tab or window.',
    reviewConflict: 'Choose which version to keep',
  },
  error: {
    quota:
      'Could not save: there is no storage space left on this device. Your changes are still on this page.',
    unavailable:
      'Could not save: this browser is not letting us save here. Your changes are still on this page.',
    blocked:
      'Could not save: this plan is open in an older version of this page in another tab. Close the other tab. Your changes are still on this page.',
    corrupt: 'Could not save: the saved copy of this plan is damaged. Your changes are still on this page.',
    unknown: 'Could not save: something went wrong. Your changes are still on this page.',
  },
  conflict: {
    heading: 'This plan was changed in another tab or window',
    body: 'The same plan is open somewhere else, and it was saved there while you were working here. Nothing has been overwritten. Choose which version to keep.',
    theirsSavedAt: 'The other version was saved at {{time}}.',
    keepMine: 'Keep my version',
    keepMineHint: 'Save what is on this page. It replaces the other version.',
    takeTheirs: 'Use the other version',
    takeTheirsHint: 'Show the other version on this page. Changes made on this page are not kept.',
    keepBoth: 'Keep both',
    keepBothHint: 'Save what is on this page as a new copy. The other version stays as it is.',
  },
} as const;
