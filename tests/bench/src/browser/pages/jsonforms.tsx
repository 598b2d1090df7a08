import '../renderCounter.js';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { JsonSchema, UISchemaElement, ValidationMode } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { runBenchPage } from '../harness.js';
import type { PageForm } from '../pageForm.js';
import { checkboxGroupEntry } from './jsonFormsCheckboxGroup.js';

declare const __FORM__: PageForm<{
  schema: JsonSchema;
  uischema: UISchemaElement;
  data: Record<string, unknown>;
}>;
// One reference, so the baked-in form appears once in the bundle.
const FORM = __FORM__;

const renderers = [...vanillaRenderers, checkboxGroupEntry];
let showErrors: () => void = () => {};

// Uncontrolled: JSON Forms keeps the data itself. Passing `onChange`'s data back in as `data`
// (their documented controlled pattern) lost keystrokes when typing fast in this bench.
const answers: { current: unknown } = { current: FORM.format.data };

function App() {
  // Errors show on submit, as in the other forms: no validation while typing, then ValidateAndShow.
  const [mode, setMode] = useState<ValidationMode>('NoValidation');
  useEffect(() => {
    showErrors = () => setMode('ValidateAndShow');
  }, []);
  return (
    <JsonForms
      schema={FORM.format.schema}
      uischema={FORM.format.uischema}
      data={FORM.format.data}
      renderers={renderers}
      cells={vanillaCells}
      validationMode={mode}
      onChange={({ data }) => {
        answers.current = data;
      }}
    />
  );
}

runBenchPage({
  name: 'JSON Forms',
  fieldRoots: ['JsonFormsDispatchRenderer', 'ResolvedJsonFormsDispatchRenderer'],
  expectedControls: FORM.expectedControls,
  lastLabel: FORM.lastLabel,
  mount(root) {
    createRoot(root).render(<App />);
  },
  submit() {
    showErrors();
  },
  errorCount() {
    return [...document.querySelectorAll('.validation')].filter(
      (element) => (element.textContent ?? '').trim() !== '',
    ).length;
  },
});
