import { CheckboxesField } from '../CheckboxesField/CheckboxesField.js';
import type { FieldProps } from '../internal/FieldParts.js';
import { useFieldIds } from '../internal/fieldIds.js';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** An item another list holds, that this answer can link to. */
export interface LinkableItem {
  /** The item's id, kept in the plan. */
  id: string;
  /** The item's words (e.g. a need's description); may be empty. */
  text: string;
}

/** Props of {@link LinksField}. */
export interface LinksFieldProps extends FieldProps {
  /** The items that can be linked, in their list's order. */
  items: readonly LinkableItem[];
  /** The lower-case name of one item ("need"), for items with no words yet. */
  itemName: string;
  /** The linked ids. */
  value: readonly string[];
  /** Called with the linked ids. */
  onChange: (value: string[]) => void;
}

/** Longest item text shown as a checkbox label; the rest is in the item itself. */
const MAX_LABEL = 200;

/**
 * Labelled checkboxes of another list's items, e.g. which needs an outcome answers. When the
 * other list is empty, says so instead of showing an empty group.
 */
export function LinksField({ items, itemName, value, onChange, ...field }: LinksFieldProps) {
  const { t, lang } = useWholePicture();
  const { id, hintId } = useFieldIds(field.id);
  if (items.length === 0) {
    return (
      <div className="wp-form-group wp-links-field--empty" data-kind="links">
        <p className="wp-label" id={id}>
          {field.label}
        </p>
        <p className="wp-hint" id={hintId}>
          {t('ui.links.none')}
        </p>
      </div>
    );
  }
  const capital = itemName.charAt(0).toLocaleUpperCase(lang) + itemName.slice(1);
  return (
    <CheckboxesField
      {...field}
      id={id}
      className="wp-links-field"
      value={value}
      onChange={onChange}
      options={items.map((item, index) => {
        const words = item.text.trim();
        return {
          value: item.id,
          label:
            words === ''
              ? t('ui.links.untitled', { item: capital, number: index + 1 })
              : words.length > MAX_LABEL
                ? `${words.slice(0, MAX_LABEL)}…`
                : words,
        };
      })}
    />
  );
}
