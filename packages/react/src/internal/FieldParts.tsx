import type { ReactNode } from 'react';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** A hint under a label or legend, referenced by the control's `aria-describedby`. */
export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="wp-hint">
      {children}
    </div>
  );
}

/** An inline error message, with a visually hidden "Error:" prefix (GOV.UK). */
export function ErrorMessage({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useWholePicture();
  return (
    <p id={id} className="wp-error-message">
      <span className="wp-visually-hidden">{t('ui.common.errorPrefix')} </span>
      {children}
    </p>
  );
}

/** Props shared by every field component. */
export interface FieldProps {
  /** The question's words: the visible label, or the legend of a group. */
  label: ReactNode;
  /** Hint text under the label, read out with the control. */
  hint?: ReactNode;
  /** The inline error message, already in words; none when the answer is fine. */
  error?: string | undefined;
  /** The control's id (the first control's, for groups). @default an id from `useId` */
  id?: string;
  /** A picture shown beside the question (easy-read mode). */
  picture?: ReactNode;
  /** Extra content after the control, such as writing help or a voice picker. */
  children?: ReactNode;
  /** Extra class names on the field's outer element. */
  className?: string;
}

/** The outer box of a field: GOV.UK's form group, with an optional picture beside it. */
export function FormGroup({
  error,
  picture,
  className,
  children,
  kind,
}: {
  error?: string | undefined;
  picture?: ReactNode;
  className?: string | undefined;
  children: ReactNode;
  kind: string;
}) {
  const classes = ['wp-form-group', error ? 'wp-form-group--error' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  if (!picture) {
    return (
      <div className={classes} data-kind={kind} data-invalid={error ? 'true' : undefined}>
        {children}
      </div>
    );
  }
  return (
    <div
      className={`${classes} wp-question--with-picture`}
      data-kind={kind}
      data-invalid={error ? 'true' : undefined}
    >
      <div className="wp-question__picture">{picture}</div>
      <div className="wp-question__body">{children}</div>
    </div>
  );
}
