import { Blob } from 'node:buffer';
import { describe, expect, it, vi } from 'vitest';
import { readChosenFile } from './readChosenFile.js';

// jsdom's File has no text(); Node's Blob has the same size and text() a browser's File has.
describe('readChosenFile', () => {
  it('reads a file within the size limit as text, saying first that it is reading', async () => {
    const onReading = vi.fn();
    const read = await readChosenFile(new Blob(['{"a": "Siân"}']), 1024, onReading);
    expect(read).toEqual({ ok: true, text: '{"a": "Siân"}' });
    expect(onReading).toHaveBeenCalledTimes(1);
  });

  it('reads a file exactly at the size limit', async () => {
    const read = await readChosenFile(new Blob(['12345']), 5);
    expect(read).toEqual({ ok: true, text: '12345' });
  });

  it('refuses a file over the size limit without ever reading it', async () => {
    const text = vi.fn(() => Promise.resolve('never'));
    const onReading = vi.fn();
    const read = await readChosenFile({ size: 6, text }, 5, onReading);
    expect(read).toEqual({ ok: false, problem: 'too-large' });
    expect(text).not.toHaveBeenCalled();
    expect(onReading).not.toHaveBeenCalled();
  });

  it('says the file is unreadable when the browser cannot read it', async () => {
    const read = await readChosenFile({ size: 1, text: () => Promise.reject(new Error('gone')) }, 5);
    expect(read).toEqual({ ok: false, problem: 'unreadable' });
  });
});
