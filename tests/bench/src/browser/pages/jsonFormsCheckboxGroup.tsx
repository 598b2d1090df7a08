import { and, rankWith, schemaMatches, uiTypeIs } from '@jsonforms/core';
import type {
  ControlProps,
  DispatchPropsOfMultiEnumControl,
  JsonSchema,
  OwnPropsOfEnum,
} from '@jsonforms/core';
import { withJsonFormsMultiEnumProps } from '@jsonforms/react';

type Props = ControlProps & OwnPropsOfEnum & DispatchPropsOfMultiEnumControl;

// JSON Forms' vanilla renderers have no checkbox group for a set of choices (only the Material
// set has one), so the bench adds the smallest one, the way JSON Forms documents custom renderers.
function CheckboxGroupControl({
  data,
  path,
  id,
  label,
  errors,
  options = [],
  addItem,
  removeItem,
  visible,
}: Props) {
  if (!visible) return null;
  const checked = new Set(Array.isArray(data) ? (data as string[]) : []);
  return (
    <fieldset className="control" id={id}>
      <legend>{label}</legend>
      {options.map((option) => {
        const inputId = `${id}-${String(option.value)}`;
        return (
          <div key={String(option.value)}>
            <input
              type="checkbox"
              id={inputId}
              checked={checked.has(option.value as string)}
              onChange={(event) =>
                event.target.checked ? addItem(path, option.value) : removeItem?.(path, option.value)
              }
            />
            <label htmlFor={inputId}>{option.label}</label>
          </div>
        );
      })}
      <div className="validation">{errors}</div>
    </fieldset>
  );
}

const isChoiceSet = schemaMatches(
  (schema: JsonSchema) =>
    schema.type === 'array' &&
    schema.uniqueItems === true &&
    typeof schema.items === 'object' &&
    !Array.isArray(schema.items) &&
    Array.isArray(schema.items.oneOf),
);

/** The checkbox group's entry for the `renderers` list. */
export const checkboxGroupEntry = {
  tester: rankWith(5, and(uiTypeIs('Control'), isChoiceSet)),
  renderer: withJsonFormsMultiEnumProps(CheckboxGroupControl),
};
