import { ErrorMessage, FormGroup, Hint } from '../internal/FieldParts.js';
import type { FieldProps } from '../internal/FieldParts.js';
import { describedBy, useFieldIds } from '../internal/fieldIds.js';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** Props of {@link ScaleField}. */
export interface ScaleFieldProps extends Omit<FieldProps, 'label'> {
  /** The legend. @default "Where I am now" (translated) */
  label?: FieldProps['label'];
  /** The chosen point, 1 to 10; `undefined` when none. */
  value: number | undefined;
  /** Called with the chosen point. */
  onChange: (value: number) => void;
  /** The radios' shared `name`. */
  name?: string;
}

const points = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A 1–10 scale as ten native radios in a fieldset, with what the ends mean in the hint. */
export function ScaleField(props: ScaleFieldProps) {
  const { error, value, onChange, picture, children, className } = props;
  const { t } = useWholePicture();
  const { id, hintId, errorId } = useFieldIds(props.id);
  const name = props.name ?? id;
  const hint = props.hint ?? `${t('ui.scale.lowEnd')}. ${t('ui.scale.highEnd')}.`;
  return (
    <FormGroup error={error} picture={picture} className={className} kind="scale">
      <fieldset className="wp-fieldset" aria-describedby={describedBy(hintId, error ? errorId : undefined)}>
        <legend className="wp-legend">{props.label ?? t('ui.scale.now')}</legend>
        <Hint id={hintId}>{hint}</Hint>
        {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
        <div className="wp-scale">
          {points.map((point) => {
            const pointId = point === 1 ? id : `${id}-${point}`;
            return (
              <div key={point} className="wp-scale__point">
                <input
                  className="wp-scale__input"
                  type="radio"
                  id={pointId}
                  name={name}
                  value={point}
                  checked={value === point}
                  onChange={() => onChange(point)}
                />
                <label className="wp-scale__label" htmlFor={pointId}>
                  {t('ui.scale.point', { value: point })}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      {children}
    </FormGroup>
  );
}
