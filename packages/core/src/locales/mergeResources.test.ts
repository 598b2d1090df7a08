import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { enDocument } from './enDocument.js';
import { enForm } from './enForm.js';
import { mergeResources } from './mergeResources.js';

describe('mergeResources', () => {
  it('merges shared subtrees and changes neither input', () => {
    const a = { plan: { name: { label: 'Name' } }, ui: { ok: 'OK' } };
    const b = { plan: { name: { easyRead: 'My name' } }, pdf: { title: 'Plan' } };
    expect(mergeResources(a, b)).toEqual({
      plan: { name: { label: 'Name', easyRead: 'My name' } },
      ui: { ok: 'OK' },
      pdf: { title: 'Plan' },
    });
    expect(a).toEqual({ plan: { name: { label: 'Name' } }, ui: { ok: 'OK' } });
    expect(b).toEqual({ plan: { name: { easyRead: 'My name' } }, pdf: { title: 'Plan' } });
  });

  it('puts the two English halves back together with nothing lost', () => {
    expect(en.plan.person.preferredName.label).toBe(enForm.plan.person.preferredName.label);
    expect(en.plan.person.preferredName.easyRead).toBe(enDocument.plan.person.preferredName.easyRead);
    expect(en.glossary).toBe(enDocument.glossary);
    expect('easyRead' in enForm.plan.person.preferredName).toBe(false);
  });
});
