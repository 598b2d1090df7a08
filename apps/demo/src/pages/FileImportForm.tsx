import { useId } from 'react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link FileImportForm}. */
export interface FileImportFormProps {
  /** The file input's visible label. */
  label: string;
  /** The hint under the label. */
  hint: string;
  /** The error shown when the button is pressed with no file chosen. */
  noFileMessage: string;
  /** The submit button's text. */
  buttonLabel: string;
  /** Announced while the file is being read. */
  readingMessage: string;
  /** The file input's `name`. */
  name: string;
  /** The file types offered, as the input's `accept`. */
  accept: string;
  /** The submit button's classes. */
  buttonClassName: string;
  /** The file input, for the page to read the chosen file from. */
  inputRef: Ref<HTMLInputElement>;
  /** Whether the button was pressed with no file chosen. */
  noFile: boolean;
  /** Whether a file is being read: the button is disabled meanwhile. */
  reading: boolean;
  /** Called when the form is submitted. */
  onOpen: () => void;
}

/** A form to choose a file and open it, with its hint, its "no file" error and a reading announcement. */
export function FileImportForm({
  label,
  hint,
  noFileMessage,
  buttonLabel,
  readingMessage,
  name,
  accept,
  buttonClassName,
  inputRef,
  noFile,
  reading,
  onOpen,
}: FileImportFormProps) {
  const { t } = useTranslation('demo');
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onOpen();
        }}
        noValidate
      >
        <div className="demo-field">
          <label htmlFor={inputId}>{label}</label>
          <p id={hintId} className="demo-hint">
            {hint}
          </p>
          {noFile && (
            <p id={errorId} className="demo-error-message">
              <span className="demo-visually-hidden">{t('layout.errorPrefix')} </span>
              {noFileMessage}
            </p>
          )}
          <input
            ref={inputRef}
            id={inputId}
            name={name}
            type="file"
            accept={accept}
            className="demo-file"
            aria-describedby={noFile ? `${hintId} ${errorId}` : hintId}
            aria-invalid={noFile || undefined}
          />
        </div>
        <button type="submit" className={buttonClassName} disabled={reading}>
          {buttonLabel}
        </button>
      </form>
      <div aria-live="polite" className="demo-visually-hidden">
        {reading ? readingMessage : ''}
      </div>
    </>
  );
}
