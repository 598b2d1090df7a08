import { useEffect, useId, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';
import type { DraftConflict, DraftConflictChoice } from './DraftSession.js';
import { formatSavedTime } from './formatSavedTime.js';

/** Props of {@link DraftConflictDialog}. */
export interface DraftConflictDialogProps {
  /** The conflict from `useDraft`; the dialog opens when there is one. */
  conflict: DraftConflict | undefined;
  /** Called with the user's choice; pass `useDraft`'s `resolveConflict`. */
  onResolve: (choice: DraftConflictChoice) => void | Promise<unknown>;
  /**
   * Whether the dialog is open. Leave it out to open it on each new conflict and close it on
   * Escape; pass it (with `onDismiss`) to control it yourself. @default conflict !== undefined, until dismissed
   */
  open?: boolean;
  /** Called when the user closes the dialog with Escape without choosing; the conflict stays. */
  onDismiss?: () => void;
}

const choices: { choice: DraftConflictChoice; key: 'keepMine' | 'takeTheirs' | 'keepBoth' }[] = [
  { choice: 'keep-mine', key: 'keepMine' },
  { choice: 'take-theirs', key: 'takeTheirs' },
  { choice: 'keep-both', key: 'keepBoth' },
];

/**
 * A modal `<dialog>` telling the user the plan was changed in another tab or window, with
 * three choices: keep mine, use theirs, or keep both. Focus goes to its heading when it opens.
 */
export function DraftConflictDialog({ conflict, onResolve, open, onDismiss }: DraftConflictDialogProps) {
  const { t, lang } = useWholePicture();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const bodyId = useId();
  const hintIds = useId();
  const [dismissed, setDismissed] = useState<DraftConflict | undefined>(undefined);
  // A second click while the first choice is being saved is ignored (buttons stay enabled so
  // focus is not lost from under the user).
  const busy = useRef(false);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const isOpen = open ?? (conflict !== undefined && dismissed !== conflict);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // Every choice changes the plan, so focus starts on the heading rather than on a
      // button (WAI-ARIA APG dialog pattern), and the explanation is read first.
      headingRef.current?.focus();
    } else if (!isOpen && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      // Browsers without native focus return (and jsdom) get it back here.
      if (returnFocusTo.current?.isConnected && !dialog.contains(returnFocusTo.current))
        returnFocusTo.current.focus();
      returnFocusTo.current = null;
    }
  }, [isOpen]);

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    // Escape closes the dialog as the APG dialog pattern expects; nothing is chosen, the
    // conflict stays and autosave stays off, and the status line still says so.
    event.preventDefault();
    setDismissed(conflict);
    onDismiss?.();
  };

  const choose = async (choice: DraftConflictChoice) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await onResolve(choice);
    } finally {
      busy.current = false;
    }
  };

  const savedAt = conflict ? formatSavedTime(conflict.theirs.savedAt, lang) : '';
  return (
    <dialog
      ref={dialogRef}
      className="wp-draft-conflict"
      aria-labelledby={headingId}
      aria-describedby={bodyId}
      onCancel={onCancel}
    >
      {isOpen && conflict ? (
        <>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="wp-draft-conflict__heading">
            {t('drafts.conflict.heading')}
          </h2>
          <div id={bodyId}>
            <p className="wp-draft-conflict__body">{t('drafts.conflict.body')}</p>
            {savedAt ? (
              <p className="wp-draft-conflict__body">
                {t('drafts.conflict.theirsSavedAt', { time: savedAt })}
              </p>
            ) : null}
          </div>
          <ul className="wp-draft-conflict__choices">
            {choices.map(({ choice, key }) => (
              <li key={choice} className="wp-draft-conflict__choice">
                <button
                  type="button"
                  className="wp-draft-conflict__button"
                  data-choice={choice}
                  aria-describedby={`${hintIds}-${choice}`}
                  onClick={() => void choose(choice)}
                >
                  {t(`drafts.conflict.${key}`)}
                </button>
                <p id={`${hintIds}-${choice}`} className="wp-draft-conflict__hint">
                  {t(`drafts.conflict.${key}Hint`)}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </dialog>
  );
}
