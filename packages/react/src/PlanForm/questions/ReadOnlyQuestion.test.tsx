import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPlan, fromQuestionnaire, toQuestionnaireResponse } from '@wholepicture/core';
import type { FormDefinition, Plan } from '@wholepicture/core';
import { describe, expect, it, vi } from 'vitest';
import { PlanForm } from '../PlanForm.js';

function definitionOf(items: unknown[]): FormDefinition {
  const result = fromQuestionnaire({
    resourceType: 'Questionnaire',
    status: 'active',
    title: 'Check-in',
    item: items,
  });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.definition;
}

const definition = definitionOf([
  {
    linkId: 'clinic',
    type: 'string',
    text: 'Clinic',
    readOnly: true,
    required: true,
    initial: [{ valueString: 'Riverside' }],
  },
  {
    linkId: 'mood',
    type: 'choice',
    prefix: '1.',
    text: 'How is your mood?',
    answerOption: [
      { valueCoding: { code: 'good', display: 'Good' } },
      { valueCoding: { code: 'low', display: 'Low' } },
    ],
  },
  { linkId: 'name', type: 'string', prefix: '2.', text: 'Your name', initial: [{ valueString: 'Sam' }] },
]);
const sectionId = definition.sections[0]?.id ?? '';

describe('questions imported from a FHIR Questionnaire', () => {
  describe('given a read-only question', () => {
    it('shows its answer as text in a summary row, with no control to change it', () => {
      render(<PlanForm definition={definition} initialView={{ page: 'section', sectionId }} />);
      const row = screen.getByRole('term').closest('.wp-summary-list__row') as HTMLElement;
      expect(within(row).getByRole('term').textContent).toBe('Clinic');
      expect(within(row).getByRole('definition').textContent).toBe('Riverside');
      expect(screen.queryByRole('textbox', { name: 'Clinic' })).toBeNull();
      expect(screen.getByText('You cannot change this answer.')).toBeTruthy();
    });

    it('says "Not answered" when it has no answer, and is never required', async () => {
      const user = userEvent.setup();
      const onSubmit = vi.fn();
      const started: Plan = { ...createPlan(), extensions: { name: 'Ana' } };
      render(
        <PlanForm
          definition={definition}
          defaultPlan={started}
          onSubmit={onSubmit}
          initialView={{ page: 'check' }}
        />,
      );
      expect(screen.getAllByText('Not answered').length).toBeGreaterThan(0);
      expect(screen.queryByRole('link', { name: /Change Clinic/ })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Submit plan' }));
      expect(onSubmit).toHaveBeenCalledTimes(1);
    });
  });

  describe('given questions with a prefix', () => {
    it('shows the prefix before the label, as part of the accessible name', () => {
      render(<PlanForm definition={definition} initialView={{ page: 'section', sectionId }} />);
      expect(screen.getByRole('group', { name: '1. How is your mood?' })).toBeTruthy();
      expect(screen.getByRole('textbox', { name: '2. Your name' })).toBeTruthy();
    });
  });

  describe('given initial answers', () => {
    it('fills them in when the form starts with an empty plan', () => {
      render(<PlanForm definition={definition} initialView={{ page: 'section', sectionId }} />);
      expect((screen.getByRole('textbox', { name: '2. Your name' }) as HTMLInputElement).value).toBe('Sam');
    });

    it('leaves a plan that has been started as it is', () => {
      const started: Plan = { ...createPlan(), extensions: { mood: 'low' } };
      render(
        <PlanForm
          definition={definition}
          defaultPlan={started}
          initialView={{ page: 'section', sectionId }}
        />,
      );
      expect((screen.getByRole('textbox', { name: '2. Your name' }) as HTMLInputElement).value).toBe('');
      expect((screen.getByRole('radio', { name: 'Low' }) as HTMLInputElement).checked).toBe(true);
    });
  });

  it('submits a plan that exports as a completed QuestionnaireResponse with the typed answer', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <PlanForm definition={definition} onSubmit={onSubmit} initialView={{ page: 'section', sectionId }} />,
    );
    await user.click(screen.getByRole('radio', { name: 'Good' }));
    await user.click(screen.getByRole('button', { name: 'Check your answers' }));
    await user.click(screen.getByRole('button', { name: 'Submit plan' }));
    const response = toQuestionnaireResponse(onSubmit.mock.lastCall?.[0] as Plan, definition);
    expect(response.status).toBe('completed');
    expect(response.item).toEqual([
      { linkId: 'clinic', answer: [{ valueString: 'Riverside' }] },
      { linkId: 'mood', answer: [{ valueCoding: expect.objectContaining({ code: 'good' }) }] },
      { linkId: 'name', answer: [{ valueString: 'Sam' }] },
    ]);
  });
});
