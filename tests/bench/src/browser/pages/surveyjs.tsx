import '../renderCounter.js';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.min.css';
import { runBenchPage } from '../harness.js';
import type { PageForm } from '../pageForm.js';

declare const __FORM__: PageForm<Record<string, unknown>>;
// One reference, so the baked-in form appears once in the bundle.
const FORM = __FORM__;

const survey = new Model(FORM.format);

runBenchPage({
  name: 'SurveyJS',
  fieldRoots: ['SurveyQuestion'],
  expectedControls: FORM.expectedControls,
  lastLabel: FORM.lastLabel,
  mount(root) {
    createRoot(root).render(<Survey model={survey} />);
  },
  submit() {
    survey.tryComplete();
  },
  errorCount() {
    return survey.getAllQuestions().filter((question) => question.errors.length > 0).length;
  },
});
