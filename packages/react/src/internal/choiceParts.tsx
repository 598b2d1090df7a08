import type { ChangeEvent, ReactNode } from 'react';

/** What one radio or checkbox option shows. */
export interface ChoicePartsProps {
  type: 'radio' | 'checkbox';
  id: string;
  name: string;
  value: string;
  checked: boolean;
  label: ReactNode;
  hint?: ReactNode;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/**
 * The box, its label and its hint, as siblings for the list's grid (or a wrapper) to lay out.
 * A function rather than a component: on a long form, one more component per option was
 * hundreds more to render.
 */
export function choiceParts({ type, id, name, value, checked, label, hint, onChange }: ChoicePartsProps) {
  const hintId = `${id}-item-hint`;
  return (
    <>
      <input
        className="wp-choice-item__input"
        type={type}
        id={id}
        name={name}
        value={value}
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={onChange}
      />
      <label className="wp-choice-item__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="wp-choice-item__hint">
          {hint}
        </div>
      ) : null}
    </>
  );
}
