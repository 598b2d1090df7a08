import { forwardRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** One answer in the summary list. */
export interface CheckAnswersRow {
  /** A stable key for the row, e.g. the question id. */
  id: string;
  /** The question's words, plain text (also read after "Change"). */
  label: string;
  /** The answer; `undefined` or empty shows "Not answered". */
  value?: ReactNode;
  /** Called by the row's "Change" link. No link when absent. */
  onChange?: () => void;
  /** Where "Change" goes, for hosts that route by URL. */
  href?: string;
}

/** One section of answers. */
export interface CheckAnswersSection {
  id: string;
  /** The section's title, an `h2`. */
  title: ReactNode;
  rows: readonly CheckAnswersRow[];
}

/** Props of {@link CheckAnswers}. */
export interface CheckAnswersProps {
  /** The sections and their answers. */
  sections: readonly CheckAnswersSection[];
  /** The page heading. @default "Check your answers" (translated) */
  title?: ReactNode;
  /** The error summary, above the answers. */
  errorSummary?: ReactNode;
  /** Called by the submit button; no button when absent. */
  onSubmit?: () => void;
  /** The submit button's words. @default "Submit plan" (translated) */
  submitLabel?: string;
  /** Called by the "Back" link; no back link when absent. */
  onBack?: () => void;
}

function isEmpty(value: ReactNode): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/**
 * GOV.UK's check your answers page: a summary list per section, each answer with a "Change"
 * link whose visually hidden words name the question ("Change preferred name").
 */
export const CheckAnswers = forwardRef<HTMLHeadingElement, CheckAnswersProps>(
  function CheckAnswers(props, headingRef) {
    const { t } = useWholePicture();
    return (
      <div className="wp-check-answers">
        {props.onBack ? (
          <button type="button" className="wp-back-link" onClick={props.onBack}>
            {t('ui.common.back')}
          </button>
        ) : null}
        <h1 className="wp-heading-l" tabIndex={-1} ref={headingRef}>
          {props.title ?? t('ui.checkAnswers.title')}
        </h1>
        {props.errorSummary}
        {props.sections.map((section) => (
          <section key={section.id} className="wp-check-answers__section">
            <h2 className="wp-heading-m">{section.title}</h2>
            <dl className="wp-summary-list">
              {section.rows.map((row) => {
                const change = (event: MouseEvent<HTMLAnchorElement>) => {
                  if (!row.onChange) return;
                  event.preventDefault();
                  row.onChange();
                };
                return (
                  <div key={row.id} className="wp-summary-list__row">
                    <dt className="wp-summary-list__key">{row.label}</dt>
                    <dd className="wp-summary-list__value">
                      {isEmpty(row.value) ? (
                        <span className="wp-summary-list__empty">{t('ui.checkAnswers.notAnswered')}</span>
                      ) : (
                        row.value
                      )}
                    </dd>
                    {row.onChange || row.href ? (
                      <dd className="wp-summary-list__actions">
                        <a className="wp-link" href={row.href ?? `#${row.id}`} onClick={change}>
                          {t('ui.checkAnswers.change')}{' '}
                          <span className="wp-visually-hidden">{row.label}</span>
                        </a>
                      </dd>
                    ) : null}
                  </div>
                );
              })}
            </dl>
          </section>
        ))}
        {props.onSubmit ? (
          <div className="wp-button-group">
            <button type="button" className="wp-button" onClick={props.onSubmit}>
              {props.submitLabel ?? t('ui.checkAnswers.submit')}
            </button>
          </div>
        ) : null}
      </div>
    );
  },
);
