import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from '../TextField/TextField.js';
import { SectionPage } from './SectionPage.js';

describe('SectionPage', () => {
  describe('given a section of the plan', () => {
    it('is headed by the section title as the page’s h1, with its position above', () => {
      render(
        <SectionPage
          title="About the person"
          hint="Their name"
          position={{ number: 2, count: 12 }}
          onContinue={() => {}}
        />,
      );
      const heading = screen.getByRole('heading', { level: 1, name: 'About the person' });
      expect(heading.getAttribute('tabindex')).toBe('-1');
      const position = screen.getByText('Section 2 of 12');
      expect(position.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(screen.getByText('Their name')).toBeTruthy();
    });

    it('uses an h2 inside a host’s page', () => {
      render(<SectionPage title="Needs" headingLevel={2} onContinue={() => {}} />);
      expect(screen.getByRole('heading', { level: 2, name: 'Needs' })).toBeTruthy();
      expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    });

    it('hands its heading to the page, so focus can move there when the page changes', () => {
      const ref = createRef<HTMLHeadingElement>();
      render(<SectionPage ref={ref} title="Needs" onContinue={() => {}} />);
      ref.current?.focus();
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Needs' }));
    });

    it('shows the error summary above the questions', () => {
      render(
        <SectionPage
          title="Needs"
          onContinue={() => {}}
          errorSummary={<div role="alert">There is a problem</div>}
        >
          <TextField label="Name" value="" onChange={() => {}} />
        </SectionPage>,
      );
      const summary = screen.getByRole('alert');
      const field = screen.getByRole('textbox', { name: 'Name' });
      expect(summary.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });
  });

  describe('given back and continue', () => {
    it('goes back with the "Back" button, and has none without onBack', async () => {
      const user = userEvent.setup();
      const onBack = vi.fn();
      const { rerender } = render(<SectionPage title="Needs" onBack={onBack} onContinue={() => {}} />);
      await user.click(screen.getByRole('button', { name: 'Back' }));
      expect(onBack).toHaveBeenCalledTimes(1);
      rerender(<SectionPage title="Needs" onContinue={() => {}} />);
      expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    });

    it('continues with the button or Enter in a box, without reloading the page', async () => {
      const user = userEvent.setup();
      const onContinue = vi.fn();
      render(
        <SectionPage title="About the person" onContinue={onContinue} continueLabel="Check your answers">
          <TextField label="Preferred name" value="" onChange={() => {}} />
        </SectionPage>,
      );
      await user.click(screen.getByRole('button', { name: 'Check your answers' }));
      expect(onContinue).toHaveBeenCalledTimes(1);
      await user.type(screen.getByRole('textbox', { name: 'Preferred name' }), '{Enter}');
      expect(onContinue).toHaveBeenCalledTimes(2);
      expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    });

    it('says "Continue" by default', () => {
      render(<SectionPage title="Needs" onContinue={() => {}} />);
      expect(screen.getByRole('button', { name: 'Continue' }).getAttribute('type')).toBe('submit');
    });
  });
});
