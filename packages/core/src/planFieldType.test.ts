import { describe, expect, it } from 'vitest';
import { planFieldType } from './planFieldType.js';

describe('planFieldType', () => {
  it('describes the plan’s fields as a form question needs them', () => {
    expect(planFieldType('person.preferredName')).toEqual({ type: 'string' });
    expect(planFieldType('person.dateOfBirth')).toEqual({ type: 'date' });
    expect(planFieldType('aboutMe.goodDay')).toEqual({ type: 'voicedText' });
    expect(planFieldType('sharing.consentGiven')).toEqual({ type: 'boolean' });
    expect(planFieldType('supportedByIds')).toEqual({ type: 'stringList' });
    expect(planFieldType('needs')?.type).toBe('list');
    expect(planFieldType('person')?.type).toBe('group');
  });

  it('reads enums and item fields', () => {
    const outcomes = planFieldType('outcomes');
    if (outcomes?.type !== 'list') throw new Error('outcomes is a list');
    expect(planFieldType('readings', outcomes.item)?.type).toBe('list');
    expect(planFieldType('status', (planFieldType('support') as { item: unknown }).item)).toEqual({
      type: 'enum',
      values: ['current', 'right-size', 'both'],
    });
  });

  it('knows nothing of paths the plan does not have', () => {
    expect(planFieldType('aboutMe.nothing')).toBeUndefined();
    expect(planFieldType('person.preferredName.first')).toBeUndefined();
    expect(planFieldType('constructor')).toBeUndefined();
  });
});
