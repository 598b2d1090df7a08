import type { ChangeEvent, ReactElement, ReactNode } from 'react';

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
 * The box, its label and its hint, as siblings for the list's grid (or a wrapper) to lay out:
 * an array of elements keyed by the option's value. A function rather than a component, and an
 * array rather than a fragment: on a long form each was hundreds more to render (a fragment per
 * option was a fifth of a 300-question page's React tree).
 */
export function choiceParts({
  type,
  id,
  name,
  value,
  checked,
  label,
  hint,
  onChange,
}: ChoicePartsProps): ReactElement[] {
  const hintId = `${id}-item-hint`;
  const parts = [
    <input
      key={`${value}:box`}
      className="wp-choice-item__input"
      type={type}
      id={id}
      name={name}
      value={value}
      checked={checked}
      aria-describedby={hint ? hintId : undefined}
      onChange={onChange}
    />,
    <label key={`${value}:label`} className="wp-choice-item__label" htmlFor={id}>
      {label}
    </label>,
  ];
  if (hint) {
    parts.push(
      <div key={`${value}:hint`} id={hintId} className="wp-choice-item__hint">
        {hint}
      </div>,
    );
  }
  return parts;
}

/**
 * The questions an option reveals while it is chosen, keyed to follow the option's parts in the
 * list; `undefined` when there are none to show.
 */
export function revealedBy(value: string, checked: boolean, reveal: ReactNode): ReactElement | undefined {
  if (!checked || !reveal) return undefined;
  return (
    <div key={`${value}:reveal`} className="wp-conditional">
      {reveal}
    </div>
  );
}
