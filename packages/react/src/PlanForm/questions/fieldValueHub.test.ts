import { FormApi } from '@tanstack/react-form';
import { describe, expect, it } from 'vitest';
import type { PlanFormApi } from '../usePlanFormApi.js';
import { FieldValueHub } from './fieldValueHub.js';

function makeHub() {
  const form = new FormApi({ defaultValues: { a: { text: 'one' }, b: 'two', list: [{ x: 1 }] } });
  form.mount();
  return { form, hub: new FieldValueHub(form as unknown as PlanFormApi) };
}

function counter(hub: FieldValueHub, path: string) {
  const calls = { count: 0 };
  hub.subscribe(path, () => (calls.count += 1));
  return calls;
}

describe('FieldValueHub', () => {
  it('wakes only the fields at, inside or around the path written', () => {
    const { hub } = makeHub();
    const text = counter(hub, 'a.text');
    const whole = counter(hub, 'a');
    const other = counter(hub, 'b');
    hub.write('a.text', 'changed');
    expect(hub.read('a.text')).toBe('changed');
    expect(text.count).toBe(1);
    expect(whole.count).toBe(1);
    expect(other.count).toBe(0);
  });

  it('wakes every field when the values change some other way', () => {
    const { form, hub } = makeHub();
    const text = counter(hub, 'a.text');
    const other = counter(hub, 'b');
    form.setFieldValue('list', [{ x: 2 }]);
    expect(text.count).toBe(1);
    expect(other.count).toBe(1);
  });

  it('stops listening to the form once the last field unsubscribes', () => {
    const { hub } = makeHub();
    let calls = 0;
    const unsubscribe = hub.subscribe('b', () => (calls += 1));
    unsubscribe();
    hub.write('b', 'three');
    expect(calls).toBe(0);
    expect(hub.read('b')).toBe('three');
  });
});
