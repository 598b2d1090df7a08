import '../renderCounter.js';
import { createRoot } from 'react-dom/client';
import { createPlan } from '@wholepicture/core';
import type { FormDefinition } from '@wholepicture/core';
import { PlanForm, WholePictureProvider } from '@wholepicture/react';
import '@wholepicture/react/styles.css';
import { runBenchPage } from '../harness.js';
import type { PageForm } from '../pageForm.js';

declare const __FORM__: PageForm<FormDefinition>;
// One reference, so the baked-in form appears once in the bundle.
const FORM = __FORM__;

// PlanForm shows one section per page, and a section holds at most 200 questions once parsed.
// To put all 300 on one page the bench joins the parsed sections into one, as the React
// package's own render-count test does (see README: "Our form on one page").
const parsed = FORM.format;
const allQuestions = parsed.sections.flatMap((section) => section.questions);
const onePage: FormDefinition = {
  ...parsed,
  sections: [
    {
      id: 'all',
      picture: parsed.sections[0]?.picture ?? 'person',
      text: { title: 'All sections' },
      questions: allQuestions,
    },
  ],
};

runBenchPage({
  name: 'ours',
  fieldRoots: ['QuestionField'],
  expectedControls: FORM.expectedControls,
  lastLabel: FORM.lastLabel,
  mount(root) {
    createRoot(root).render(
      <WholePictureProvider locale="en">
        <PlanForm
          definition={onePage}
          defaultPlan={createPlan({ extensions: {} })}
          initialView={{ page: 'section', sectionId: 'all' }}
        />
      </WholePictureProvider>,
    );
  },
  submit() {
    document.querySelector<HTMLButtonElement>('.wp-section-page form button[type="submit"]')?.click();
  },
  errorCount() {
    return document.querySelectorAll('.wp-error-message').length;
  },
});
