import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WritingHelp } from './WritingHelp.js';
import { loadWritingChecks } from './writingChecks.js';
import { getFallbackI18n } from '../WholePictureProvider/WholePictureContext.js';
import { loadWholePictureDocumentStrings } from '../WholePictureProvider/loadWholePictureLocale.js';

function Editor({ initial = '', isOutcome = false }: { initial?: string; isOutcome?: boolean }) {
  const [text, setText] = useState(initial);
  return (
    <>
      <label htmlFor="box">Words</label>
      <textarea id="box" value={text} onChange={(event) => setText(event.target.value)} />
      <WritingHelp text={text} onChange={setText} isOutcome={isOutcome} />
    </>
  );
}

describe('WritingHelp', () => {
  // The checks and the glossary's words load on demand; these tests use fake timers, so load
  // them first (outside a provider, WritingHelp uses the fallback English instance).
  beforeAll(async () => {
    await loadWritingChecks();
    await loadWholePictureDocumentStrings(getFallbackI18n());
  });
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks only when typing pauses and announces the number of suggestions politely', () => {
    render(<Editor />);
    const box = screen.getByLabelText('Words');
    fireEvent.change(box, { target: { value: 'We will facilitate this.' } });
    act(() => vi.advanceTimersByTime(400));
    expect(screen.queryByRole('list')).toBeNull();
    act(() => vi.advanceTimersByTime(800));
    expect(screen.getByRole('list', { name: 'Writing suggestions' })).toBeTruthy();
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toMatch(/writing suggestion/);
  });

  it('offers the plain word and puts it in the text', () => {
    render(<Editor initial="We will facilitate this." />);
    const use = screen.getByRole('button', { name: /instead/ });
    fireEvent.click(use);
    expect((screen.getByLabelText('Words') as HTMLTextAreaElement).value).not.toContain('facilitate');
  });

  it('says when an outcome reads like a service', () => {
    render(<Editor initial="2 hours of support a week." isOutcome />);
    expect(screen.getByRole('list', { name: 'Writing suggestions' }).textContent).toMatch(/support|service/i);
  });
});

describe('WritingHelp before its checks have loaded', () => {
  it('loads them on demand and then shows suggestions', async () => {
    vi.resetModules();
    const fresh = await import('./WritingHelp.js');
    render(<fresh.WritingHelp text="We will facilitate this." />);
    expect(await screen.findByRole('list', { name: 'Writing suggestions' }, { timeout: 3000 })).toBeTruthy();
  });
});
