import { useState } from 'react';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';
import type { DraftSaveStatus } from './DraftSession.js';
import type { DraftStorageError } from './DraftStorageError.js';
import { formatSavedTime } from './formatSavedTime.js';

/** Props of {@link DraftStatus}. */
export interface DraftStatusProps {
  /** Where saving stands, from `useDraft`. */
  status: DraftSaveStatus;
  /** When the draft was last saved, from `useDraft`. */
  lastSavedAt?: string | Date;
  /** The failure behind an `error` status, from `useDraft`; picks the message. */
  error?: Pick<DraftStorageError, 'code'>;
  /** When given, a conflict shows a button that calls it (to reopen the conflict dialog). */
  onReviewConflict?: () => void;
  /** Extra class names. */
  className?: string;
}

/**
 * One quiet line saying whether the plan is saved: "Saving…", "Saved at 14:32", or what went
 * wrong. Screen readers hear it through a polite status region, without focus moving.
 */
export function DraftStatus({ status, lastSavedAt, error, onReviewConflict, className }: DraftStatusProps) {
  const { t, lang } = useWholePicture();
  const time = formatSavedTime(lastSavedAt, lang);

  let text = '';
  if (status === 'saving') text = t('drafts.status.saving');
  else if (status === 'saved' && time) text = t('drafts.status.saved', { time });
  else if (status === 'error') text = t(`drafts.error.${error?.code ?? 'unknown'}`);
  else if (status === 'conflict') text = t('drafts.status.conflict');

  // "Saving…" is shown but not announced: saving after every pause in typing would
  // otherwise interrupt a screen reader user each time. The outcome is announced, and
  // only when its words change (at most once a minute while all is well).
  const [announcement, setAnnouncement] = useState('');
  if (status !== 'saving' && text !== '' && text !== announcement) setAnnouncement(text);

  const classes = ['wp-draft-status', className].filter(Boolean).join(' ');
  return (
    <div className={classes} data-status={status}>
      <p className="wp-draft-status__text" aria-hidden="true">
        {text}
      </p>
      <p className="wp-draft-status__announcement" role="status">
        {announcement}
      </p>
      {status === 'conflict' && onReviewConflict ? (
        <button type="button" className="wp-draft-status__review" onClick={onReviewConflict}>
          {t('drafts.status.reviewConflict')}
        </button>
      ) : null}
    </div>
  );
}
