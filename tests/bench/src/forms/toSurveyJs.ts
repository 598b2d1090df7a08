import type { BenchForm, BenchKind } from './describeForm.js';

const surveyType: Record<BenchKind, string> = {
  text: 'text',
  textarea: 'comment',
  radios: 'radiogroup',
  checkboxes: 'checkbox',
  select: 'dropdown',
};

/** SurveyJS's format: one page of panels (all questions on one page), values updated while typing. */
export function toSurveyJs(form: BenchForm): Record<string, unknown> {
  return {
    // SurveyJS keeps a text value on blur by default; our form keeps it on every key.
    textUpdateMode: 'onTyping',
    checkErrorsMode: 'onComplete',
    showQuestionNumbers: 'off',
    completeText: 'Submit',
    pages: [
      {
        name: 'all',
        elements: form.sections.map((section) => ({
          type: 'panel',
          name: section.id,
          title: section.title,
          elements: section.questions.map((q) => ({
            type: surveyType[q.kind],
            name: q.name,
            title: q.label,
            isRequired: q.required,
            ...(q.options.length > 0
              ? { choices: q.options.map((o) => ({ value: o.value, text: o.label })) }
              : {}),
          })),
        })),
      },
    ],
  };
}
