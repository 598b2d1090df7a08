import { describe, expect, it } from 'vitest';
import { createTranslator } from './translate.js';

describe('createTranslator', () => {
  const resources = {
    ui: {
      greeting: 'Hello {{name}}',
      items_one: '{{count}} item',
      items_other: '{{count}} items',
      items_zero: 'No items',
    },
  };

  it('fills named placeholders', () => {
    expect(createTranslator(resources, 'en')('ui.greeting', { name: 'Sam' })).toBe('Hello Sam');
  });

  it('picks the plural form for the locale, with zero first', () => {
    const t = createTranslator(resources, 'en');
    expect(t('ui.items', { count: 0 })).toBe('No items');
    expect(t('ui.items', { count: 1 })).toBe('1 item');
    expect(t('ui.items', { count: 5 })).toBe('5 items');
  });

  it('returns the key for a missing string and ignores inherited properties', () => {
    const t = createTranslator(resources, 'en');
    expect(t('ui.missing')).toBe('ui.missing');
    expect(t('ui.constructor')).toBe('ui.constructor');
    expect(t('__proto__.toString')).toBe('__proto__.toString');
  });

  it('does not interpret placeholders inside values as templates', () => {
    const t = createTranslator(resources, 'en');
    expect(t('ui.greeting', { name: '{{name}} <b>' })).toBe('Hello {{name}} <b>');
  });
});
