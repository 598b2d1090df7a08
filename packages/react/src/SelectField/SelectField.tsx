import { ErrorMessage, FormGroup, Hint } from '../internal/FieldParts.js';
import type { FieldProps } from '../internal/FieldParts.js';
import type { ChoiceOption } from '../internal/ChoiceOption.js';
import { describedBy, useFieldIds } from '../internal/fieldIds.js';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** Props of {@link SelectField}. */
export interface SelectFieldProps extends FieldProps {
  /** The options, in order. Only `value` and `label` are used (as text). */
  options: readonly Pick<ChoiceOption, 'value' | 'label'>[];
  /** The chosen value; `''` or `undefined` when none. */
  value: string | undefined;
  /** Called with the chosen value; `''` for "no choice". */
  onChange: (value: string) => void;
  /** The control's `name`. */
  name?: string;
  /** Words of the empty first option. @default "Choose an option" (translated) */
  placeholder?: string;
}

/** A labelled native `<select>` with a hint and an inline error. */
export function SelectField(props: SelectFieldProps) {
  const { label, hint, error, options, value, onChange, picture, children, className } = props;
  const { t } = useWholePicture();
  const { id, hintId, errorId } = useFieldIds(props.id);
  const current = value ?? '';
  const known = current === '' || options.some((option) => option.value === current);
  return (
    <FormGroup error={error} picture={picture} className={className} kind="select">
      <label className="wp-label" htmlFor={id}>
        {label}
      </label>
      {hint ? <Hint id={hintId}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <select
        className={error ? 'wp-select wp-select--error' : 'wp-select'}
        id={id}
        name={props.name}
        value={current}
        aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {/* One flat list of keyed options: an array beside other children is a fragment to render. */}
        {[
          <option key="placeholder" value="">
            {props.placeholder ?? t('ui.common.choose')}
          </option>,
          ...options.map((option) => (
            <option key={`option:${option.value}`} value={option.value}>
              {option.label}
            </option>
          )),
          // A value from an imported plan that the options do not list is shown, never lost.
          known ? null : (
            <option key="unlisted" value={current}>
              {current}
            </option>
          ),
        ]}
      </select>
      {children}
    </FormGroup>
  );
}
