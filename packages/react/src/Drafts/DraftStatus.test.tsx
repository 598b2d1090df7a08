import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DraftStatus } from './DraftStatus.js';

const savedAt = new Date(2026, 2, 1, 14, 32).toISOString();

describe('given each saving state', () => {
  it('says nothing before anything is saved', () => {
    render(<DraftStatus status="idle" />);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('announces the time of the last save politely', () => {
    render(<DraftStatus status="saved" lastSavedAt={savedAt} />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('Saved at 14:32');
    expect(region.closest('[data-status]')?.getAttribute('data-status')).toBe('saved');
  });

  it('shows "Saving…" without announcing it, keeping the last announcement', () => {
    const { rerender, container } = render(<DraftStatus status="saved" lastSavedAt={savedAt} />);
    rerender(<DraftStatus status="saving" lastSavedAt={savedAt} />);
    expect(container.querySelector('.wp-draft-status__text')?.textContent).toBe('Saving…');
    expect(screen.getByRole('status').textContent).toBe('Saved at 14:32');
  });

  it('says what went wrong and that the changes are still on the page', () => {
    render(<DraftStatus status="error" error={{ code: 'quota' }} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Could not save: there is no storage space left/);
    expect(screen.getByRole('status').textContent).toMatch(/Your changes are still on this page\.$/);
  });

  it('explains a conflict and offers to reopen the choice', async () => {
    const onReviewConflict = vi.fn();
    render(<DraftStatus status="conflict" onReviewConflict={onReviewConflict} />);
    expect(screen.getByRole('status').textContent).toContain('changed in another tab or window');
    await userEvent.click(screen.getByRole('button', { name: 'Choose which version to keep' }));
    expect(onReviewConflict).toHaveBeenCalledTimes(1);
  });

  it('never moves focus', () => {
    const { rerender } = render(<DraftStatus status="saving" />);
    rerender(<DraftStatus status="error" error={{ code: 'unknown' }} />);
    expect(document.activeElement).toBe(document.body);
  });
});
