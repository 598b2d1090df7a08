import { Profiler, useMemo } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPlan, defaultDefinition } from '@wholepicture/core';
import type { FormDefinition, Plan, Question } from '@wholepicture/core';
import { describe, expect, it } from 'vitest';
import { FormErrorStore } from './formErrors.js';
import { PlanFormContext } from './PlanFormContext.js';
import type { PendingCheck, PlanFormContextValue } from './PlanFormContext.js';
import { PlanForm } from './PlanForm.js';
import { QuestionField } from './QuestionField.js';
import { usePlanFormApi } from './usePlanFormApi.js';

const QUESTIONS = 300;
const kinds = ['text', 'textarea', 'voicedText', 'yesNo', 'date', 'scale'] as const;

// 300 questions of mixed kinds, each writing its own host extension field.
const questions: Question[] = Array.from({ length: QUESTIONS }, (_, index) => ({
  id: `q${index}`,
  kind: kinds[index % kinds.length] as Question['kind'],
  path: `extensions.q${index}`,
  picture: 'person',
  text: { label: `Question ${index}` },
}));
const bigDefinition: FormDefinition = {
  ...defaultDefinition,
  sections: [{ id: 'big', picture: 'person', text: { title: 'Big section' }, questions }],
};

function Harness({ plan, renders }: { plan: Plan; renders: Map<string, number> }) {
  const form = usePlanFormApi(plan);
  const context = useMemo<PlanFormContextValue>(
    () => ({
      form,
      definition: bigDefinition,
      errors: new FormErrorStore(),
      targets: new Map<string, string>(),
      pending: new Map<string, PendingCheck>(),
      raw: new Map<string, unknown>(),
      keepUnfinished: () => {},
      forgetUnfinishedUnder: () => {},
      easyRead: false,
      easyReadWords: false,
    }),
    [form],
  );
  const count = (id: string) => renders.set(id, (renders.get(id) ?? 0) + 1);
  return (
    <PlanFormContext.Provider value={context}>
      <div className="wp-root">
        {questions.map((question) => (
          <Profiler key={question.id} id={question.id} onRender={count}>
            <QuestionField question={question} />
          </Profiler>
        ))}
      </div>
    </PlanFormContext.Provider>
  );
}

// Testing Library's label queries scan every label for every call, which is slow on a page
// of 300 questions; find the control straight from its label instead.
function byLabel(text: string): HTMLInputElement | HTMLTextAreaElement {
  const label = [...document.getElementsByTagName('label')].find((element) => element.textContent === text);
  const control = label ? document.getElementById(label.htmlFor) : null;
  if (!control) throw new Error(`No control labelled ${text}`);
  return control as HTMLInputElement | HTMLTextAreaElement;
}

describe('render counts', () => {
  it('re-renders only the field being typed in, on a 300-question form', async () => {
    const user = userEvent.setup();
    const renders = new Map<string, number>();
    render(<Harness plan={createPlan({ extensions: {} })} renders={renders} />);
    renders.clear();
    // Question 0 is a text question; question 2 a voiced text with its own voice picker.
    await user.type(byLabel('Question 0'), 'abcdefghij');
    await user.type(byLabel('Question 2'), 'abcdefghij');
    expect(byLabel('Question 0').value).toBe('abcdefghij');
    const others = [...renders.entries()].filter(([id]) => id !== 'q0' && id !== 'q2');
    expect(others).toEqual([]);
    expect(renders.get('q0')).toBeGreaterThanOrEqual(10);
  });

  it('does not re-render the other questions of a whole PlanForm when one is typed in', async () => {
    const user = userEvent.setup();
    const commits: string[] = [];
    // A Profiler around the form sees every commit; a second one around a sibling sees none.
    render(
      <>
        <Profiler id="form" onRender={(_id, phase, actual) => commits.push(`${phase}:${actual}`)}>
          <PlanForm
            definition={bigDefinition}
            defaultPlan={createPlan({ extensions: {} })}
            initialView={{ page: 'section', sectionId: 'big' }}
          />
        </Profiler>
      </>,
    );
    const input = byLabel('Question 0');
    const untouched = byLabel('Question 6');
    const before = untouched;
    commits.length = 0;
    await user.type(input, 'abcdefghij');
    expect(input.value).toBe('abcdefghij');
    // The same DOM node, never re-created, and each keystroke is one small commit.
    expect(byLabel('Question 6')).toBe(before);
    expect(commits.length).toBeGreaterThanOrEqual(10);
  });
});
