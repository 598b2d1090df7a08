import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultDefinition } from '@wholepicture/core';
import { buildEasyReadDocument } from '@wholepicture/core/easy-read';
import type { Plan, TranslateFn } from '@wholepicture/core';
import { EasyReadView, useWholePictureDocumentStrings } from '@wholepicture/react';
import { downloadFile, fileNameFor } from '../downloadFile.js';
import { routeHref } from '../parseRoute.js';
import { PageHeading } from '../PageHeading.js';
import { useDemo } from '../DemoContext.js';

/** Props of {@link EasyReadPage}. */
export interface EasyReadPageProps {
  plan: Plan;
  planId: string;
}

type PdfState =
  | { status: 'idle' }
  | { status: 'rendering' }
  | { status: 'done'; fileName: string; warnings: string[] }
  | { status: 'failed' };

/**
 * The easy-read plan: the HTML view (the screen-reader copy, with alt text and real headings)
 * and a button for the PDF, whose renderer is loaded only when asked for.
 */
export function EasyReadPage({ plan, planId }: EasyReadPageProps) {
  const { t } = useTranslation('demo');
  const { t: tw } = useTranslation('wholepicture');
  const { locale } = useDemo();
  const [pdf, setPdf] = useState<PdfState>({ status: 'idle' });
  const rendering = useRef(false);
  const pdfHeadingId = useId();
  const noteId = useId();

  // The document's sentences and glossary load on demand: build it once they are in.
  const wordsReady = useWholePictureDocumentStrings();
  const document = useMemo(
    () =>
      wordsReady
        ? buildEasyReadDocument(plan, { definition: defaultDefinition, locale, t: tw as TranslateFn })
        : undefined,
    [wordsReady, plan, locale, tw],
  );

  const downloadPdf = async () => {
    if (rendering.current) return;
    rendering.current = true;
    setPdf({ status: 'rendering' });
    try {
      // The PDF renderer is big: it is fetched (from this site) only now, when asked for.
      const { renderEasyReadPdfWithInfo } = await import('@wholepicture/pdf');
      const result = await renderEasyReadPdfWithInfo(plan, { locale });
      const fileName = fileNameFor(plan.person.preferredName, 'easy-read-plan', 'pdf');
      downloadFile(result.bytes as Uint8Array<ArrayBuffer>, fileName, 'application/pdf');
      setPdf({ status: 'done', fileName, warnings: result.warnings.map((warning) => warning.message) });
    } catch {
      setPdf({ status: 'failed' });
    } finally {
      rendering.current = false;
    }
  };

  return (
    <>
      <p>
        <a href={routeHref({ name: 'plan', planId })} className="demo-back-link">
          {t('easyRead.back')}
        </a>
      </p>
      <PageHeading>{t('easyRead.heading')}</PageHeading>
      <p className="demo-lead">{t('easyRead.intro')}</p>

      <section aria-labelledby={pdfHeadingId} className="demo-pdf">
        <h2 id={pdfHeadingId}>{t('easyRead.pdf.heading')}</h2>
        <p>{t('easyRead.pdf.body')}</p>
        <p id={noteId} className="demo-notice">
          {t('easyRead.pdf.screenReader')}
        </p>
        <button
          type="button"
          className="demo-button"
          aria-describedby={noteId}
          aria-disabled={pdf.status === 'rendering' || undefined}
          onClick={() => void downloadPdf()}
        >
          {t('easyRead.pdf.button')}
        </button>
        <div role="status" className="demo-pdf__status">
          {pdf.status === 'rendering' && (
            <p className="demo-progress">
              <span className="demo-spinner" aria-hidden="true" />
              {t('easyRead.pdf.preparing')}
            </p>
          )}
          {pdf.status === 'done' && <p>{t('easyRead.pdf.ready', { fileName: pdf.fileName })}</p>}
          {pdf.status === 'done' &&
            pdf.warnings.map((message, index) => <p key={index}>{t('easyRead.pdf.warning', { message })}</p>)}
        </div>
        {pdf.status === 'failed' && (
          <div role="alert" className="demo-notice demo-notice--error">
            <p>{t('easyRead.pdf.failed')}</p>
          </div>
        )}
      </section>

      {document ? (
        <EasyReadView document={document} headingLevel={3} className="demo-easy-read" />
      ) : (
        <p role="status">{t('easyRead.loading')}</p>
      )}
    </>
  );
}
