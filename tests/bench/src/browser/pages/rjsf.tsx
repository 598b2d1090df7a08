import '../renderCounter.js';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { runBenchPage } from '../harness.js';
import type { PageForm } from '../pageForm.js';

declare const __FORM__: PageForm<{ schema: RJSFSchema; uiSchema: UiSchema; data: Record<string, unknown> }>;
// One reference, so the baked-in form appears once in the bundle.
const FORM = __FORM__;

runBenchPage({
  name: 'react-jsonschema-form',
  fieldRoots: ['SchemaFieldRender'],
  expectedControls: FORM.expectedControls,
  lastLabel: FORM.lastLabel,
  mount(root) {
    createRoot(root).render(
      <Form
        schema={FORM.format.schema}
        uiSchema={FORM.format.uiSchema}
        formData={FORM.format.data}
        validator={validator}
        noHtml5Validate
      />,
    );
  },
  submit() {
    document.querySelector('form')?.requestSubmit();
  },
  errorCount() {
    return document.querySelectorAll('.error-detail li').length;
  },
});
