import { forwardRef } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** Props of {@link SectionPage}. */
export interface SectionPageProps {
  /** The section's title, the page's heading. */
  title: ReactNode;
  /** A hint under the heading. */
  hint?: ReactNode;
  /** A picture beside the heading (easy-read mode). */
  picture?: ReactNode;
  /** "Section 2 of 12", shown above the heading. */
  position?: { number: number; count: number };
  /** The error summary, shown above the questions. */
  errorSummary?: ReactNode;
  /** The questions. */
  children?: ReactNode;
  /** Called by the "Back" link; no back link when absent. */
  onBack?: () => void;
  /** Called when the person continues (the button or Enter in a box). */
  onContinue: () => void;
  /** The continue button's words. @default "Continue" (translated) */
  continueLabel?: string;
  /** The heading level: 1 when the section is the page, 2 inside a host's page. @default 1 */
  headingLevel?: 1 | 2;
}

/**
 * One section of the plan as a page: back link, heading, error summary, the questions and a
 * continue button. The heading takes focus (`tabIndex=-1`) when the page changes.
 */
export const SectionPage = forwardRef<HTMLHeadingElement, SectionPageProps>(
  function SectionPage(props, headingRef) {
    const { t } = useWholePicture();
    const Heading = props.headingLevel === 2 ? 'h2' : 'h1';
    const submit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      props.onContinue();
    };
    return (
      <div className="wp-section-page">
        {props.onBack ? (
          <button type="button" className="wp-back-link" onClick={props.onBack}>
            {t('ui.sectionPage.back')}
          </button>
        ) : null}
        <div
          className={
            props.picture
              ? 'wp-section-page__header wp-section-page__header--with-picture'
              : 'wp-section-page__header'
          }
        >
          {props.picture ? <div className="wp-section-page__picture">{props.picture}</div> : null}
          <div>
            {props.position ? (
              <span className="wp-caption">
                {t('ui.sectionPage.position', { number: props.position.number, count: props.position.count })}
              </span>
            ) : null}
            <Heading className="wp-heading-l" tabIndex={-1} ref={headingRef}>
              {props.title}
            </Heading>
          </div>
        </div>
        {props.errorSummary}
        {props.hint ? <p className="wp-body wp-section-page__hint">{props.hint}</p> : null}
        <form noValidate onSubmit={submit}>
          {props.children}
          <div className="wp-button-group">
            <button type="submit" className="wp-button">
              {props.continueLabel ?? t('ui.sectionPage.continue')}
            </button>
          </div>
        </form>
      </div>
    );
  },
);
