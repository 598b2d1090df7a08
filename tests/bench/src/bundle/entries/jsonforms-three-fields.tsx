// The three-field form with JSON Forms and its vanilla renderers.
import { createRoot } from 'react-dom/client';
import type { JsonSchema, UISchemaElement } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';

declare const __FORM__: { schema: JsonSchema; uischema: UISchemaElement };

const FORM = __FORM__;
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <JsonForms
      schema={FORM.schema}
      uischema={FORM.uischema}
      data={{}}
      renderers={vanillaRenderers}
      cells={vanillaCells}
      onChange={({ data }) => console.warn('changed', data)}
    />,
  );
}
