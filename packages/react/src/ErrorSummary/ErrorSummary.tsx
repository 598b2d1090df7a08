import { useEffect, useId, useRef } from 'react';
import type { MouseEvent } from 'react';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';
import { focusTarget } from './focusTarget.js';

/** One error in the summary. */
export interface ErrorSummaryItem {
  /** The message, the same words as the inline error. */
  message: string;
  /** The id of the control to move to. */
  targetId?: string | undefined;
  /** Called instead when the control is not on the page (e.g. it is in another section). */
  onActivate?: (() => void) | undefined;
}

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  /** The errors, in the order of the fields on the page. */
  errors: readonly ErrorSummaryItem[];
  /** The title. @default "There is a problem" (translated) */
  title?: string;
  /**
   * Focus moves to the summary when it appears and whenever this value changes: pass a count
   * of failed submits so every failed submit brings the person back to it. Leave it out and the
   * summary never takes focus (focus moves only on the person's action, as GOV.UK asks).
   */
  focusKey?: unknown;
}

/**
 * GOV.UK's error summary: "There is a problem", focused on a failed submit, each error a link
 * that scrolls the field's label into view and then focuses the field.
 */
export function ErrorSummary({ errors, title, focusKey }: ErrorSummaryProps) {
  const { t } = useWholePicture();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey !== undefined) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  const activate = (event: MouseEvent<HTMLAnchorElement>, error: ErrorSummaryItem) => {
    if (error.targetId && focusTarget(error.targetId, event.currentTarget.ownerDocument)) {
      event.preventDefault();
      return;
    }
    if (error.onActivate) {
      event.preventDefault();
      error.onActivate();
    }
  };
  return (
    <div className="wp-error-summary" ref={ref} tabIndex={-1} aria-labelledby={titleId}>
      <div role="alert">
        <h2 className="wp-error-summary__title" id={titleId}>
          {title ?? t('ui.errorSummary.title')}
        </h2>
        <ul className="wp-error-summary__list">
          {errors.map((error, index) => (
            <li key={index}>
              <a
                className="wp-link wp-error-summary__link"
                href={error.targetId ? `#${error.targetId}` : '#'}
                onClick={(event) => activate(event, error)}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
