import type { BenchForm, BenchQuestion } from './describeForm.js';

/** A JSON Schema, as react-jsonschema-form and JSON Forms both take one. */
export type JsonSchemaObject = Record<string, unknown>;

function questionSchema(q: BenchQuestion): JsonSchemaObject {
  const choices = q.options.map((o) => ({ const: o.value, title: o.label }));
  if (q.kind === 'checkboxes') {
    return {
      type: 'array',
      title: q.label,
      uniqueItems: true,
      ...(q.required ? { minItems: 1 } : {}),
      items: { type: 'string', oneOf: choices },
    };
  }
  if (q.kind === 'radios' || q.kind === 'select') return { type: 'string', title: q.label, oneOf: choices };
  return { type: 'string', title: q.label, ...(q.required ? { minLength: 1 } : {}) };
}

/** The data model as JSON Schema: an object per section, a property per question. */
export function toJsonSchema(form: BenchForm): JsonSchemaObject {
  return {
    type: 'object',
    // Required, so an untouched section's required questions are still checked.
    required: form.sections.map((section) => section.id),
    properties: Object.fromEntries(
      form.sections.map((section) => [
        section.id,
        {
          type: 'object',
          title: section.title,
          required: section.questions.filter((q) => q.required).map((q) => q.name),
          properties: Object.fromEntries(section.questions.map((q) => [q.name, questionSchema(q)])),
        },
      ]),
    ),
  };
}

/** react-jsonschema-form's uiSchema: which widget each question uses. */
export function toRjsfUiSchema(form: BenchForm): JsonSchemaObject {
  const widget = { textarea: 'textarea', radios: 'radio', checkboxes: 'checkboxes' } as Record<
    string,
    string
  >;
  return Object.fromEntries(
    form.sections.map((section) => [
      section.id,
      Object.fromEntries(
        section.questions.filter((q) => widget[q.kind]).map((q) => [q.name, { 'ui:widget': widget[q.kind] }]),
      ),
    ]),
  );
}

/** JSON Forms' UI schema: a vertical layout of one group per section, a control per question. */
export function toJsonFormsUiSchema(form: BenchForm): JsonSchemaObject {
  return {
    type: 'VerticalLayout',
    elements: form.sections.map((section) => ({
      type: 'Group',
      label: section.title,
      elements: section.questions.map((q) => ({
        type: 'Control',
        scope: `#/properties/${section.id}/properties/${q.name}`,
        label: q.label,
        ...(q.kind === 'textarea'
          ? { options: { multi: true } }
          : q.kind === 'radios'
            ? { options: { format: 'radio' } }
            : {}),
      })),
    })),
  };
}

/** The empty answers both JSON Schema forms start from: an empty object per section. */
export function emptyJsonData(form: BenchForm): Record<string, Record<string, unknown>> {
  return Object.fromEntries(form.sections.map((section) => [section.id, {}]));
}
