import { ErrorMessage, FormGroup, Hint } from '../internal/FieldParts.js';
import type { FieldProps } from '../internal/FieldParts.js';
import { describedBy, useFieldIds } from '../internal/fieldIds.js';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';
import type { DatePart, DateParts } from './dateParts.js';

/** Props of {@link DateField}. */
export interface DateFieldProps extends FieldProps {
  /** The three boxes as typed. Use `isoToDateParts` and `parseDateParts` to convert. */
  value: DateParts;
  /** Called with the boxes as typed, on every change. */
  onChange: (value: DateParts) => void;
  /** Which boxes the error is about; only those are highlighted. @default all, when there is an error */
  errorParts?: readonly DatePart[] | undefined;
  /** Offer the browser's birthday autofill. @default false */
  isBirthday?: boolean;
  /** The hint. @default "For example, 27 3 2007" (translated) */
  hint?: FieldProps['hint'];
}

const partWidths: Record<DatePart, string> = {
  day: 'wp-input--width-2',
  month: 'wp-input--width-2',
  year: 'wp-input--width-4',
};

/**
 * GOV.UK's date input: day, month and year boxes in a fieldset with a legend. When there is an
 * error, only the boxes it is about are highlighted; the first of them takes the field's id.
 */
export function DateField(props: DateFieldProps) {
  const { label, error, value, onChange, picture, children, className } = props;
  const { t } = useWholePicture();
  const { id, hintId, errorId } = useFieldIds(props.id);
  const hint = props.hint ?? t('ui.date.hint');
  const wrong: readonly DatePart[] = error ? (props.errorParts ?? ['day', 'month', 'year']) : [];
  // The error summary links to the field's id: give it to the first wrong box.
  const target: DatePart = wrong[0] ?? 'day';
  const parts: DatePart[] = ['day', 'month', 'year'];
  return (
    <FormGroup error={error} picture={picture} className={className} kind="date">
      <fieldset
        className="wp-fieldset"
        role="group"
        aria-describedby={describedBy(hintId, error ? errorId : undefined)}
      >
        <legend className="wp-legend">{label}</legend>
        <Hint id={hintId}>{hint}</Hint>
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="wp-date-input">
          {parts.map((part) => {
            const partId = part === target ? id : `${id}-${part}`;
            const invalid = wrong.includes(part);
            return (
              <div key={part} className="wp-date-input__item">
                <label className="wp-date-input__label" htmlFor={partId}>
                  {t(`ui.date.${part}`)}
                </label>
                <input
                  className={`wp-input ${partWidths[part]}${invalid ? ' wp-input--error' : ''}`}
                  id={partId}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={props.isBirthday ? `bday-${part}` : 'off'}
                  spellCheck={false}
                  value={value[part]}
                  aria-invalid={invalid ? true : undefined}
                  data-part={part}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
      {children}
    </FormGroup>
  );
}
