import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from '../TextField/TextField.js';
import { RadiosField } from '../RadiosField/RadiosField.js';
import { ErrorSummary } from './ErrorSummary.js';

describe('ErrorSummary', () => {
  describe('given errors', () => {
    it('is titled "There is a problem", takes focus after a failed submit, and has an alert inside', () => {
      render(<ErrorSummary errors={[{ message: 'Enter a name', targetId: 'name' }]} focusKey={1} />);
      const alert = screen.getByRole('alert');
      expect(within(alert).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
      expect(document.activeElement).toBe(alert.parentElement);
    });

    it('takes focus again on every failed submit, and never without one', () => {
      const errors = [{ message: 'Enter a name', targetId: 'name' }];
      const { rerender } = render(
        <>
          <ErrorSummary errors={errors} />
          <button type="button">Save</button>
        </>,
      );
      expect(document.activeElement).toBe(document.body);
      rerender(
        <>
          <ErrorSummary errors={errors} focusKey={1} />
          <button type="button">Save</button>
        </>,
      );
      const summary = screen.getByRole('alert').parentElement;
      expect(document.activeElement).toBe(summary);
      screen.getByRole('button', { name: 'Save' }).focus();
      rerender(
        <>
          <ErrorSummary errors={errors} focusKey={1} />
          <button type="button">Save</button>
        </>,
      );
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }));
      rerender(
        <>
          <ErrorSummary errors={errors} focusKey={2} />
          <button type="button">Save</button>
        </>,
      );
      expect(document.activeElement).toBe(summary);
    });

    it('scrolls the label into view, then focuses the input without scrolling', async () => {
      const user = userEvent.setup();
      const scrolled: Element[] = [];
      const scrollIntoView = vi.fn(function (this: Element) {
        scrolled.push(this);
      });
      Element.prototype.scrollIntoView = scrollIntoView;
      render(
        <>
          <ErrorSummary
            errors={[
              { message: 'Enter a name', targetId: 'name' },
              { message: 'Choose one', targetId: 'pick' },
            ]}
          />
          <TextField id="name" label="Name" value="" onChange={() => {}} error="Enter a name" />
          <RadiosField
            id="pick"
            label="Pick one"
            value={undefined}
            onChange={() => {}}
            options={[{ value: 'a', label: 'A' }]}
          />
        </>,
      );
      await user.click(screen.getByRole('link', { name: 'Enter a name' }));
      expect(scrolled[0]?.tagName).toBe('LABEL');
      expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
      await user.click(screen.getByRole('link', { name: 'Choose one' }));
      // For radios the legend names the group, so the legend is scrolled into view.
      expect(scrolled[1]?.tagName).toBe('LEGEND');
      expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'A' }));
    });

    it('calls onActivate when the field is not on the page', async () => {
      const user = userEvent.setup();
      const onActivate = vi.fn();
      render(<ErrorSummary errors={[{ message: 'Enter a need', targetId: 'elsewhere', onActivate }]} />);
      await user.click(screen.getByRole('link', { name: 'Enter a need' }));
      expect(onActivate).toHaveBeenCalledTimes(1);
    });
  });

  describe('given no errors', () => {
    it('renders nothing', () => {
      const { container } = render(<ErrorSummary errors={[]} />);
      expect(container.innerHTML).toBe('');
    });
  });
});
