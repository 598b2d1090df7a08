import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPlan, fromQuestionnaire } from '@wholepicture/core';
import type { FormDefinition, Plan } from '@wholepicture/core';
import { describe, expect, it, vi } from 'vitest';
import { PlanForm } from './PlanForm.js';

function definitionOf(items: unknown[]): FormDefinition {
  const result = fromQuestionnaire({
    resourceType: 'Questionnaire',
    status: 'active',
    title: 'Health',
    item: items,
  });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.definition;
}

const smokingItems = [
  { linkId: 'smoker', type: 'boolean', text: 'Do you smoke?' },
  { linkId: 'sleep', type: 'string', text: 'How do you sleep?' },
  {
    linkId: 'perDay',
    type: 'integer',
    text: 'How many a day?',
    required: true,
    enableWhen: [{ question: 'smoker', operator: '=', answerBoolean: true }],
  },
];

function openForm(
  definition: FormDefinition,
  plan: Plan = createPlan(),
  extra: Partial<Parameters<typeof PlanForm>[0]> = {},
) {
  const sectionId = definition.sections[0]?.id ?? '';
  return render(
    <PlanForm
      definition={definition}
      defaultPlan={plan}
      initialView={{ page: 'section', sectionId }}
      {...extra}
    />,
  );
}

function labels(): string[] {
  return [...document.querySelectorAll('.wp-label, .wp-legend')].map((element) => element.textContent ?? '');
}

describe('a question with enableWhen conditions', () => {
  describe('given its condition does not hold', () => {
    it('is not shown, and not required when the person continues', async () => {
      const user = userEvent.setup();
      const onSubmit = vi.fn();
      openForm(definitionOf(smokingItems), createPlan(), { onSubmit });
      expect(screen.queryByLabelText('How many a day?')).toBeNull();
      await user.click(screen.getByRole('radio', { name: 'No' }));
      await user.click(screen.getByRole('button', { name: 'Check your answers' }));
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeTruthy();
      expect(screen.queryByText('How many a day?')).toBeNull();
    });
  });

  describe('given the controlling answer makes it hold', () => {
    it('appears right after the question that controls it and is announced politely', async () => {
      const user = userEvent.setup();
      openForm(definitionOf(smokingItems));
      expect(labels()).toEqual(['Do you smoke?', 'How do you sleep?']);
      await user.click(screen.getByRole('radio', { name: 'Yes' }));
      expect(labels()).toEqual(['Do you smoke?', 'How many a day?', 'How do you sleep?']);
      const statuses = screen.getAllByRole('status').map((element) => element.textContent);
      expect(statuses).toContain('Another question appeared after your answer: How many a day?');
    });

    it('is required again, and keeps its answer when it is taken away and comes back', async () => {
      const user = userEvent.setup();
      const onChange = vi.fn();
      openForm(definitionOf(smokingItems), createPlan(), { onChange });
      await user.click(screen.getByRole('radio', { name: 'Yes' }));
      await user.click(screen.getByRole('button', { name: 'Check your answers' }));
      expect(screen.getByRole('alert').textContent).toContain('how many a day');
      await user.type(screen.getByLabelText('How many a day?'), '5');
      await user.click(screen.getByRole('radio', { name: 'No' }));
      expect(screen.queryByLabelText('How many a day?')).toBeNull();
      const statuses = screen.getAllByRole('status').map((element) => element.textContent);
      expect(statuses).toContain('A question was taken away because of your answer: How many a day?');
      const last = onChange.mock.lastCall?.[0] as Plan;
      expect(last.extensions['perDay']).toBe(5);
      await user.click(screen.getByRole('radio', { name: 'Yes' }));
      expect((screen.getByLabelText('How many a day?') as HTMLInputElement).value).toBe('5');
    });
  });

  it('reads a condition on a field of the same list item', async () => {
    const user = userEvent.setup();
    const definition = definitionOf([
      {
        linkId: 'visit',
        type: 'group',
        repeats: true,
        text: 'Visits',
        item: [
          {
            linkId: 'where',
            type: 'choice',
            text: 'Where?',
            answerOption: [{ valueString: 'home' }, { valueString: 'other' }],
          },
          {
            linkId: 'detail',
            type: 'string',
            text: 'Where else?',
            enableWhen: [{ question: 'where', operator: '=', answerString: 'other' }],
          },
        ],
      },
    ]);
    const plan: Plan = {
      ...createPlan(),
      extensions: {
        visit: [
          { id: 'a', where: 'home' },
          { id: 'b', where: 'other' },
        ],
      },
    };
    openForm(definition, plan);
    expect(screen.getAllByLabelText('Where else?')).toHaveLength(1);
    const homeRadios = screen.getAllByRole('radio', { name: 'other' });
    await user.click(homeRadios[0] as HTMLElement);
    expect(screen.getAllByLabelText('Where else?')).toHaveLength(2);
  });
});
