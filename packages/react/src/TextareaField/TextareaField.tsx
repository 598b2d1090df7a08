import { useState } from 'react';
import { ErrorMessage, FormGroup, Hint } from '../internal/FieldParts.js';
import type { FieldProps } from '../internal/FieldParts.js';
import { describedBy, useFieldIds } from '../internal/fieldIds.js';
import { useDebouncedValue } from '../internal/useDebouncedValue.js';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** How long typing must pause before the character count is announced (GOV.UK uses 1 s). */
const ANNOUNCE_DELAY_MS = 1000;

/** Props of {@link TextareaField}. */
export interface TextareaFieldProps extends FieldProps {
  /** The text in the box. */
  value: string;
  /** Called with the new text on every change. */
  onChange: (value: string) => void;
  /** The control's `name`. */
  name?: string;
  /** Longest answer in characters: shows a GOV.UK character count. The box does not stop typing. */
  maxLength?: number | undefined;
  /** Visible rows. @default 5 */
  rows?: number;
  /** Extra ids for `aria-describedby`, after the hint and before the error. */
  describedById?: string;
}

/**
 * A GOV.UK textarea, with a character count when `maxLength` is set: the count shows as you
 * type and is announced politely only once typing pauses, not on every key.
 */
export function TextareaField(props: TextareaFieldProps) {
  const { label, hint, error, value, onChange, maxLength, picture, children, className } = props;
  const { id, hintId, errorId } = useFieldIds(props.id);
  const infoId = `${id}-info`;
  const hasCount = maxLength !== undefined;
  return (
    <FormGroup error={error} picture={picture} className={className} kind="textarea">
      <label className="wp-label" htmlFor={id}>
        {label}
      </label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <textarea
        className={error ? 'wp-textarea wp-textarea--error' : 'wp-textarea'}
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        value={value}
        aria-describedby={describedBy(
          hint ? hintId : undefined,
          hasCount ? infoId : undefined,
          props.describedById,
          error ? errorId : undefined,
        )}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hasCount ? <CharacterCount infoId={infoId} length={value.length} maxLength={maxLength} /> : null}
      {children}
    </FormGroup>
  );
}

function CharacterCount({
  infoId,
  length,
  maxLength,
}: {
  infoId: string;
  length: number;
  maxLength: number;
}) {
  const { t } = useWholePicture();
  const remaining = maxLength - length;
  const message =
    remaining >= 0
      ? t('ui.characterCount.remaining', { count: remaining })
      : t('ui.characterCount.over', { count: -remaining });
  // Announce nothing until the person types: the limit is already read with the box.
  // Adjusted while rendering (not in an effect), so the first keystroke costs one render.
  const [initialLength] = useState(length);
  const [hasTyped, setHasTyped] = useState(false);
  if (!hasTyped && length !== initialLength) setHasTyped(true);
  const settled = useDebouncedValue(hasTyped ? message : '', ANNOUNCE_DELAY_MS);
  return (
    <>
      <div id={infoId} className="wp-visually-hidden">
        {t('ui.characterCount.limit', { count: maxLength })}
      </div>
      <div
        className={remaining < 0 ? 'wp-character-count wp-character-count--over' : 'wp-character-count'}
        aria-hidden="true"
        data-over={remaining < 0 ? 'true' : undefined}
      >
        {message}
      </div>
      <div className="wp-visually-hidden" aria-live="polite" data-testid="character-count-status">
        {settled}
      </div>
    </>
  );
}
