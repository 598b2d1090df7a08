// The three-field form with react-jsonschema-form and its ajv8 validator.
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';

declare const __FORM__: { schema: RJSFSchema; uiSchema: UiSchema };

const FORM = __FORM__;
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <Form
      schema={FORM.schema}
      uiSchema={FORM.uiSchema}
      validator={validator}
      onSubmit={({ formData }) => console.warn('submitted', formData)}
    />,
  );
}
