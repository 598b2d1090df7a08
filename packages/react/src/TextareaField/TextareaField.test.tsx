import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextareaField } from './TextareaField.js';

function Controlled() {
  const [value, setValue] = useState('');
  return (
    <TextareaField label="Good day" hint="What happens" value={value} onChange={setValue} maxLength={10} />
  );
}

describe('TextareaField', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('given a character limit', () => {
    it('describes the limit with the hint and announces the count only when typing pauses', () => {
      render(<Controlled />);
      const box = screen.getByRole('textbox', { name: 'Good day' });
      const described = (box.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent);
      expect(described).toEqual(['What happens', 'You can enter up to 10 characters']);
      const status = screen.getByTestId('character-count-status');
      expect(status.getAttribute('aria-live')).toBe('polite');
      fireEvent.change(box, { target: { value: 'abc' } });
      act(() => vi.advanceTimersByTime(300));
      fireEvent.change(box, { target: { value: 'abcd' } });
      act(() => vi.advanceTimersByTime(300));
      expect(status.textContent).toBe('');
      act(() => vi.advanceTimersByTime(1000));
      expect(status.textContent).toBe('You have 6 characters remaining');
    });

    it('lets the person type past the limit and says by how much', () => {
      render(<Controlled />);
      const box = screen.getByRole('textbox', { name: 'Good day' });
      fireEvent.change(box, { target: { value: 'abcdefghijkl' } });
      act(() => vi.advanceTimersByTime(1000));
      expect(screen.getByTestId('character-count-status').textContent).toBe('You have 2 characters too many');
      expect((box as HTMLTextAreaElement).value).toHaveLength(12);
    });
  });
});
