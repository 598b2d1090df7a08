import { afterEach, describe, expect, it } from 'vitest';
import { targetFor } from './targetFor.js';

describe('targetFor', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('links to the field at the path, or else the nearest one above it', () => {
    document.body.innerHTML = '<input id="list-add"><input id="item-words">';
    const targets = new Map([
      ['needs', 'list-add'],
      ['needs[0].description', 'item-words'],
    ]);
    expect(targetFor(targets, 'needs[0].description')).toBe('item-words');
    expect(targetFor(targets, 'needs[1].description.text')).toBe('list-add');
    expect(targetFor(targets, 'aboutMe.goodDay')).toBeUndefined();
  });

  it('skips a field that is no longer on the page', () => {
    document.body.innerHTML = '<input id="list-add">';
    const targets = new Map([
      ['needs', 'list-add'],
      ['needs[0].description', 'removed-item'],
    ]);
    expect(targetFor(targets, 'needs[0].description')).toBe('list-add');
  });
});
