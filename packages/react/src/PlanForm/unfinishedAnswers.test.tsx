import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPlan, defaultDefinition } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { describe, expect, it, vi } from 'vitest';
import { PlanForm } from './PlanForm.js';
import {
  UNFINISHED_KEY,
  readUnfinishedAnswers,
  typedQuestionAt,
  withUnfinished,
} from './unfinishedAnswers.js';

const now = new Date('2026-03-01T10:00:00Z');
const named = () => createPlan({ now, person: { preferredName: 'Sam', identifiers: [] } });

function openAboutYou(plan: Plan, onChange?: (plan: Plan) => void) {
  return render(
    <PlanForm
      defaultPlan={plan}
      initialView={{ page: 'section', sectionId: 'aboutYou' }}
      onChange={onChange}
    />,
  );
}

function boxes() {
  const group = screen.getByRole('group', { name: 'Date of birth' });
  return ['Day', 'Month', 'Year'].map((name) => within(group).getByLabelText(name) as HTMLInputElement);
}

describe('given a date typed only in part', () => {
  it('keeps the boxes with the plan, so a draft saves them, and drops them once the date is real', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(plan: Plan) => void>();
    openAboutYou(named(), onChange);
    const [day, month, year] = boxes();
    await user.type(day!, '3');
    await user.type(month!, '4');
    const partial = onChange.mock.calls.at(-1)![0];
    expect(partial.person.dateOfBirth).toBeUndefined();
    expect(partial.extensions[UNFINISHED_KEY]).toEqual({
      'person.dateOfBirth': { day: '3', month: '4', year: '' },
    });
    await user.type(year!, '2001');
    const complete = onChange.mock.calls.at(-1)![0];
    expect(complete.person.dateOfBirth).toBe('2001-04-03');
    expect(complete.extensions).not.toHaveProperty(UNFINISHED_KEY);
  });

  it('shows the boxes as typed when the plan is opened again, and checks them on continue', async () => {
    const user = userEvent.setup();
    const plan: Plan = {
      ...named(),
      extensions: { [UNFINISHED_KEY]: { 'person.dateOfBirth': { day: '3', month: '4', year: '' } } },
    };
    openAboutYou(plan);
    expect(boxes().map((box) => box.value)).toEqual(['3', '4', '']);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Date of birth must include a year' }),
    ).toBeTruthy();
  });

  it('stops the plan being submitted while a kept date is unfinished, even if its page was never opened', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const plan: Plan = {
      ...named(),
      extensions: { [UNFINISHED_KEY]: { 'person.dateOfBirth': { day: '31', month: '2', year: '2001' } } },
    };
    render(<PlanForm defaultPlan={plan} initialView={{ page: 'check' }} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: /submit|accept and send/i }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Date of birth must be a real date' }),
    ).toBeTruthy();
  });
});

describe('given a host plan without extensions', () => {
  it('keeps a half-typed date all the same', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(plan: Plan) => void>();
    const { extensions: _none, ...rest } = named();
    openAboutYou(rest as Plan, onChange);
    await user.type(boxes()[0]!, '3');
    expect(onChange.mock.calls.at(-1)![0].extensions).toEqual({
      [UNFINISHED_KEY]: { 'person.dateOfBirth': { day: '3', month: '', year: '' } },
    });
  });
});

describe('readUnfinishedAnswers', () => {
  it('reads only date boxes and number text for questions the definition has', () => {
    // As a plan file would carry it: JSON.parse makes "__proto__" an ordinary key.
    const stored = JSON.parse(
      JSON.stringify({
        'person.dateOfBirth': { day: '3', month: '', year: '19' },
        'support[1].hoursPerWeek': 'about ten',
        'support[1].startDate': 'not boxes',
        'person.preferredName': 'not a typed kind',
        'no.such.question': '1',
        'support[0].costPerWeek': 'x'.repeat(101),
      }).replace('{', '{"__proto__":{"polluted":true},'),
    ) as Plan['extensions'][string];
    const plan: Plan = { ...named(), extensions: { other: 'kept as it is', [UNFINISHED_KEY]: stored } };
    expect([...readUnfinishedAnswers(plan, defaultDefinition)]).toEqual([
      ['person.dateOfBirth', { day: '3', month: '', year: '19' }],
      ['support[1].hoursPerWeek', 'about ten'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads nothing from a plan without them, or with something else under the key', () => {
    expect(readUnfinishedAnswers(named(), defaultDefinition).size).toBe(0);
    const odd: Plan = { ...named(), extensions: { [UNFINISHED_KEY]: ['a', 'list'] } };
    expect(readUnfinishedAnswers(odd, defaultDefinition).size).toBe(0);
  });

  it('finds the question of a path inside nested list items, with the item path its words use', () => {
    expect(typedQuestionAt(defaultDefinition, 'outcomes[1].readings[0].date')).toMatchObject({
      question: { kind: 'date', path: 'date' },
      parentPath: 'outcomes[1].readings[0]',
    });
    expect(typedQuestionAt(defaultDefinition, 'person.dateOfBirth')?.parentPath).toBeUndefined();
    expect(typedQuestionAt(defaultDefinition, 'person.preferredName')).toBeUndefined();
  });
});

describe('withUnfinished', () => {
  it('adds and removes answers, drops the key when none is left, and keeps other extensions', () => {
    const start = { host: 'theirs' };
    const added = withUnfinished(start, (answers) => {
      answers['support[0].hoursPerWeek'] = 'ten';
      answers['support[1].startDate'] = { day: '1', month: '', year: '' };
    });
    expect(added).toEqual({
      host: 'theirs',
      [UNFINISHED_KEY]: {
        'support[0].hoursPerWeek': 'ten',
        'support[1].startDate': { day: '1', month: '', year: '' },
      },
    });
    expect(withUnfinished(added, () => {})).toBe(added);
    const forgotten = withUnfinished(added, (answers) => {
      for (const path of Object.keys(answers)) if (path.startsWith('support[')) delete answers[path];
    });
    expect(forgotten).toEqual({ host: 'theirs' });
  });
});
