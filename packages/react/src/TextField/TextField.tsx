import type { HTMLAttributes } from 'react';
import { ErrorMessage, FormGroup, Hint } from '../internal/FieldParts.js';
import type { FieldProps } from '../internal/FieldParts.js';
import { describedBy, useFieldIds } from '../internal/fieldIds.js';

/** Props of {@link TextField}. */
export interface TextFieldProps extends FieldProps {
  /** The text in the box. */
  value: string;
  /** Called with the new text on every change. */
  onChange: (value: string) => void;
  /** The control's `name`, for hosts that post the form natively. */
  name?: string;
  /** The HTML `autocomplete` token, e.g. `name` or `tel`. */
  autoComplete?: string;
  /** The on-screen keyboard to offer, e.g. `numeric` or `decimal`. */
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** The `type` of the input. @default 'text' */
  type?: 'text' | 'tel' | 'email';
  /** Whether the browser checks spelling. */
  spellCheck?: boolean;
  /** Extra ids for `aria-describedby`, after the hint and before the error. */
  describedById?: string;
}

/** A GOV.UK text input: one label, a hint and an inline error, all wired to the input. */
export function TextField(props: TextFieldProps) {
  const { label, hint, error, value, onChange, picture, children, className } = props;
  const { id, hintId, errorId } = useFieldIds(props.id);
  return (
    <FormGroup error={error} picture={picture} className={className} kind="text">
      <label className="wp-label" htmlFor={id}>
        {label}
      </label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <input
        className={error ? 'wp-input wp-input--error' : 'wp-input'}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={value}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        spellCheck={props.spellCheck}
        aria-describedby={describedBy(
          hint ? hintId : undefined,
          props.describedById,
          error ? errorId : undefined,
        )}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {children}
    </FormGroup>
  );
}
