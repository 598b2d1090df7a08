import { useEffect, useRef, useState } from 'react';
import { readChosenFile } from './readChosenFile.js';
import type { ChosenFileRead } from './readChosenFile.js';

/** Where a file import is: waiting, reading, or showing a failure or an opened file. */
export type FileImportState<Failed, Opened> =
  | { status: 'idle' }
  | { status: 'reading' }
  | ({ status: 'failed' } & Failed)
  | ({ status: 'opened' } & Opened);

/**
 * The working shared by the demo's file imports: the file input, the outcome that takes focus
 * when shown, the "no file chosen" error, and a size-checked read of the chosen file.
 */
export function useFileImport<Failed extends object, Opened extends object>() {
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<FileImportState<Failed, Opened>>({ status: 'idle' });
  const [noFile, setNoFile] = useState(false);

  // Move focus to the outcome, as GOV.UK's error summary does, so it is announced and read first.
  useEffect(() => {
    if (state.status === 'failed' || state.status === 'opened') result.current?.focus();
  }, [state]);

  /** Reads the chosen file; with none chosen, shows the error, focuses the input and gives undefined. */
  const readFile = async (maxBytes: number): Promise<ChosenFileRead | undefined> => {
    const file = input.current?.files?.[0];
    if (!file) {
      setNoFile(true);
      input.current?.focus();
      return undefined;
    }
    setNoFile(false);
    return readChosenFile(file, maxBytes, () => setState({ status: 'reading' }));
  };

  /** Shows the file as opened and empties the input, ready for the next file. */
  const showOpened = (opened: Opened) => {
    setState({ ...opened, status: 'opened' });
    if (input.current) input.current.value = '';
  };

  /** Shows why the file could not be opened. */
  const showFailed = (failed: Failed) => setState({ ...failed, status: 'failed' });

  /** The props a `FileImportForm` takes from this import, to spread onto it. */
  const formProps = { inputRef: input, noFile, reading: state.status === 'reading' };

  return { formProps, result, state, noFile, readFile, showOpened, showFailed };
}
