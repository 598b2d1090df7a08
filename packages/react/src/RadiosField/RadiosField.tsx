import { choiceParts, revealedBy } from '../internal/choiceParts.js';
import { ErrorMessage, FormGroup, Hint } from '../internal/FieldParts.js';
import type { FieldProps } from '../internal/FieldParts.js';
import type { ChoiceOption } from '../internal/ChoiceOption.js';
import { describedBy, useFieldIds } from '../internal/fieldIds.js';

/** Props of {@link RadiosField}. */
export interface RadiosFieldProps extends FieldProps {
  /** The options, in order. */
  options: readonly ChoiceOption[];
  /** The chosen value; `undefined` when none is chosen. */
  value: string | undefined;
  /** Called with the chosen value. */
  onChange: (value: string) => void;
  /** The radios' shared `name`. @default the field's id */
  name?: string;
  /** Lay short options side by side. @default false */
  inline?: boolean;
}

/**
 * GOV.UK radios in a fieldset with a legend. A chosen option's `reveal` follows it directly,
 * without `aria-expanded` (not allowed on radios); the option's hint says what follows.
 */
export function RadiosField(props: RadiosFieldProps) {
  const { label, hint, error, options, value, onChange, picture, children, className } = props;
  const { id, hintId, errorId } = useFieldIds(props.id);
  const name = props.name ?? id;
  const inline = props.inline ?? false;
  return (
    <FormGroup error={error} picture={picture} className={className} kind="radios">
      <fieldset
        className="wp-fieldset"
        aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}
      >
        <legend className="wp-legend">{label}</legend>
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className={inline ? 'wp-radios wp-radios--inline' : 'wp-radios'}>
          {options.flatMap((option, index) => {
            // The first radio takes the field's id, so the error summary can link to it.
            const optionId = index === 0 ? id : `${id}-${index}`;
            const checked = value === option.value;
            const parts = choiceParts({
              type: 'radio',
              id: optionId,
              name,
              value: option.value,
              checked,
              label: option.label,
              hint: option.hint,
              onChange: () => onChange(option.value),
            });
            // Stacked options are laid out by the list's grid, without a wrapper each: on a long
            // form those wrappers were hundreds of extra elements to create. Inline options keep
            // one, so an option's box and words stay on one line. One flat list of keyed
            // elements, without a fragment per option.
            const shown = inline
              ? [
                  <div key={`${option.value}:item`} className="wp-choice-item">
                    {parts}
                  </div>,
                ]
              : parts;
            const revealed = revealedBy(option.value, checked, option.reveal);
            if (revealed) shown.push(revealed);
            return shown;
          })}
        </div>
      </fieldset>
      {children}
    </FormGroup>
  );
}
