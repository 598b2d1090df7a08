/** What came of reading a chosen file: its text, or why it was not read. */
export type ChosenFileRead = { ok: true; text: string } | { ok: false; problem: 'too-large' | 'unreadable' };

/**
 * Reads a chosen file as text, refusing one over `maxBytes` before reading it, so an oversized
 * file is never loaded into memory. `onReading` is called just before the read starts.
 */
export async function readChosenFile(
  file: Pick<Blob, 'size' | 'text'>,
  maxBytes: number,
  onReading?: () => void,
): Promise<ChosenFileRead> {
  if (file.size > maxBytes) return { ok: false, problem: 'too-large' };
  onReading?.();
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
}
