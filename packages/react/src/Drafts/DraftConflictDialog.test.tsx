import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPlan } from '@wholepicture/core';
import { describe, expect, it, vi } from 'vitest';
import { DraftConflictDialog } from './DraftConflictDialog.js';
import type { DraftConflict } from './DraftSession.js';

const plan = createPlan({ id: 'plan-1' });
const conflict: DraftConflict = {
  draftId: 'plan-1',
  mine: plan,
  theirs: {
    id: 'plan-1',
    plan,
    revision: 2,
    savedAt: new Date(2026, 2, 1, 14, 35).toISOString(),
    savedBy: 'tab-b',
  },
};

describe('given no conflict', () => {
  it('stays closed', () => {
    render(<DraftConflictDialog conflict={undefined} onResolve={vi.fn()} />);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('given a conflict', () => {
  it('opens a dialog named by its heading and moves focus to the heading', () => {
    render(<DraftConflictDialog conflict={conflict} onResolve={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'This plan was changed in another tab or window' });
    expect(dialog.tagName.toLowerCase()).toBe('dialog');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    expect(dialog.textContent).toContain('The other version was saved at 14:35.');
  });

  it('offers the three choices, each with a hint saying what happens', async () => {
    const onResolve = vi.fn();
    render(<DraftConflictDialog conflict={conflict} onResolve={onResolve} />);
    const keepMine = screen.getByRole('button', { name: 'Keep my version' });
    expect(document.getElementById(keepMine.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /replaces the other version/,
    );
    await userEvent.click(keepMine);
    await userEvent.click(screen.getByRole('button', { name: 'Use the other version' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    expect(onResolve.mock.calls).toEqual([['keep-mine'], ['take-theirs'], ['keep-both']]);
  });

  it('closes on Escape without choosing, and tells the host', () => {
    const onResolve = vi.fn();
    const onDismiss = vi.fn();
    render(<DraftConflictDialog conflict={conflict} onResolve={onResolve} onDismiss={onDismiss} />);
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onResolve).not.toHaveBeenCalled();
  });

  it('gives focus back where it was when the conflict is settled', () => {
    const { rerender } = render(
      <>
        <button type="button">Plan field</button>
        <DraftConflictDialog conflict={undefined} onResolve={vi.fn()} />
      </>,
    );
    const field = screen.getByRole('button', { name: 'Plan field' });
    field.focus();
    rerender(
      <>
        <button type="button">Plan field</button>
        <DraftConflictDialog conflict={conflict} onResolve={vi.fn()} />
      </>,
    );
    expect(document.activeElement?.tagName.toLowerCase()).toBe('h2');
    rerender(
      <>
        <button type="button">Plan field</button>
        <DraftConflictDialog conflict={undefined} onResolve={vi.fn()} />
      </>,
    );
    expect(document.activeElement).toBe(field);
  });
});
