import { choiceParts, revealedBy } from '../internal/choiceParts.js';
import { ErrorMessage, FormGroup, Hint } from '../internal/FieldParts.js';
import type { FieldProps } from '../internal/FieldParts.js';
import type { ChoiceOption } from '../internal/ChoiceOption.js';
import { describedBy, useFieldIds } from '../internal/fieldIds.js';

/** Props of {@link CheckboxesField}. */
export interface CheckboxesFieldProps extends FieldProps {
  /** The options, in order. */
  options: readonly ChoiceOption[];
  /** The checked values. */
  value: readonly string[];
  /** Called with the checked values, in option order. */
  onChange: (value: string[]) => void;
  /** The checkboxes' shared `name`. @default the field's id */
  name?: string;
}

/** GOV.UK checkboxes in a fieldset with a legend; a checked option's `reveal` follows it directly. */
export function CheckboxesField(props: CheckboxesFieldProps) {
  const { label, hint, error, options, value, onChange, picture, children, className } = props;
  const { id, hintId, errorId } = useFieldIds(props.id);
  const name = props.name ?? id;
  const checkedSet = new Set(value);
  const toggle = (optionValue: string, checked: boolean) => {
    const next = new Set(checkedSet);
    if (checked) next.add(optionValue);
    else next.delete(optionValue);
    const known = options.map((option) => option.value).filter((v) => next.has(v));
    // Values the options do not list (e.g. from an imported plan) are kept, not dropped.
    const unknown = value.filter((v) => next.has(v) && !options.some((option) => option.value === v));
    onChange([...known, ...unknown]);
  };
  return (
    <FormGroup error={error} picture={picture} className={className} kind="checkboxes">
      <fieldset
        className="wp-fieldset"
        aria-describedby={describedBy(hint ? hintId : undefined, error ? errorId : undefined)}
      >
        <legend className="wp-legend">{label}</legend>
        {hint ? <Hint id={hintId}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="wp-checkboxes">
          {options.flatMap((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index}`;
            const checked = checkedSet.has(option.value);
            // The list's grid lays out each option's box, words and hint, without a wrapper (or
            // a fragment) per option: on a long form those were hundreds more to create.
            const parts = choiceParts({
              type: 'checkbox',
              id: optionId,
              name,
              value: option.value,
              checked,
              label: option.label,
              hint: option.hint,
              onChange: (event) => toggle(option.value, event.target.checked),
            });
            const revealed = revealedBy(option.value, checked, option.reveal);
            if (revealed) parts.push(revealed);
            return parts;
          })}
        </div>
      </fieldset>
      {children}
    </FormGroup>
  );
}
