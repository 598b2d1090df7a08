import { pdf } from '@react-pdf/renderer';
import type { EasyReadDocument, TranslateFn } from '@wholepicture/core';
import { loadPictures } from '@wholepicture/symbols';
import { EasyReadPlan } from './EasyReadPlan.js';
import type { PaperSize } from './EasyReadPlan.js';
import { countPdfPages } from './countPdfPages.js';
import { documentFontStack } from './documentFontStack.js';
import { registerFonts } from './fonts.js';
import type { RegisterFontsOptions } from './fonts.js';
import { loadPdfTranslator } from './loadPdfTranslator.js';
import { summarizeDocument } from './summarizeDocument.js';

/** Easy-read guidance: a document longer than this is too long to take in; offer the short version. */
export const MAX_EASY_READ_PAGES = 24;

/** Options for rendering an easy-read PDF. */
export interface RenderPdfOptions {
  /** Paper size (either case). @default 'A4' */
  paper?: PaperSize | 'a4' | 'letter';
  /** Make the short version: the first sentence of the first few rows of each section. @default false */
  summary?: boolean;
  /** Rows kept per section in the short version. @default 4 */
  summaryRows?: number;
  /** Translator for the PDF's own words (`pdf.*` keys). @default the bundled resources of the document's language */
  t?: TranslateFn;
  /** Where the font files come from (see `registerFonts`). @default found automatically */
  fonts?: RegisterFontsOptions['source'];
}

/** Something the caller should know about a PDF that was still made. */
export interface PdfWarning {
  /** `too-many-pages`: longer than easy-read guidance allows; try `summary: true`. */
  code: 'too-many-pages';
  /** The warning in words, in the document's language. */
  message: string;
}

/** A rendered PDF and what we know about it. */
export interface PdfResult {
  /** The PDF file. */
  bytes: Uint8Array;
  /** How many pages it has. */
  pageCount: number;
  /** Warnings, e.g. that it is longer than easy-read guidance allows. */
  warnings: PdfWarning[];
}

function paperSize(paper: RenderPdfOptions['paper']): PaperSize {
  return paper === 'LETTER' || paper === 'letter' ? 'LETTER' : 'A4';
}

/**
 * Renders a ready easy-read document to a PDF and reports its page count and warnings
 * (over {@link MAX_EASY_READ_PAGES} pages, it suggests the summary). Works in Node and the browser.
 */
export async function renderDocumentPdfWithInfo(
  document: EasyReadDocument,
  options: RenderPdfOptions = {},
): Promise<PdfResult> {
  const t = options.t ?? (await loadPdfTranslator(document.locale));
  const doc = options.summary
    ? summarizeDocument(document, {
        maxRows: options.summaryRows ?? 4,
        moreText: t('pdf.summary.sectionMore'),
      })
    : document;
  // The same stack EasyReadPlan draws with: only those families are registered and loaded.
  const families = documentFontStack(doc, t, options.summary ? t('pdf.summary.cover') : '');
  await registerFonts(options.fonts === undefined ? { families } : { source: options.fonts, families });
  await loadPictures();
  const element = (
    <EasyReadPlan
      document={doc}
      paper={paperSize(options.paper)}
      t={t}
      {...(options.summary ? { coverNote: t('pdf.summary.cover') } : {})}
    />
  );
  const blob = await pdf(element).toBlob();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const pageCount = countPdfPages(bytes);
  const warnings: PdfWarning[] = [];
  if (pageCount > MAX_EASY_READ_PAGES) {
    warnings.push({
      code: 'too-many-pages',
      message: t('pdf.warnings.tooManyPages', { count: pageCount, max: MAX_EASY_READ_PAGES }),
    });
  }
  return { bytes, pageCount, warnings };
}

/** Renders a ready easy-read document (from `buildEasyReadDocument`) to PDF bytes. */
export async function renderDocumentPdf(
  document: EasyReadDocument,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  return (await renderDocumentPdfWithInfo(document, options)).bytes;
}
