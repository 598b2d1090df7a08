// @wholepicture/pdf — the public API. Every export is named here (no `export *`).
// Node-only code (the command line) is not exported here, so the package loads in the browser.
export { EasyReadPlan } from './EasyReadPlan.js';
export type { EasyReadPlanProps, PaperSize } from './EasyReadPlan.js';
export { InvalidPlanError } from './InvalidPlanError.js';
export { PictureSvg } from './PictureSvg.js';
export type { PictureSvgProps } from './PictureSvg.js';
export { ScaleBar } from './ScaleBar.js';
export type { ScaleBarProps } from './ScaleBar.js';
export { FONT_FILES, FONT_STACK, FONT_WEIGHTS, registerFonts } from './fonts.js';
export type { FontFile, FontLocator, RegisterFontsOptions } from './fonts.js';
export { documentFontStack } from './documentFontStack.js';
export { fontStackFor } from './fontStackFor.js';
export { MAX_EASY_READ_PAGES, renderDocumentPdf, renderDocumentPdfWithInfo } from './renderDocumentPdf.js';
export type { PdfResult, PdfWarning, RenderPdfOptions } from './renderDocumentPdf.js';
export { renderEasyReadPdf, renderEasyReadPdfWithInfo } from './renderEasyReadPdf.js';
export type { RenderEasyReadPdfOptions } from './renderEasyReadPdf.js';
export { summarizeDocument } from './summarizeDocument.js';
export type { SummarizeOptions } from './summarizeDocument.js';
export { MISSING_GLYPH, toPdfText } from './toPdfText.js';
export { pdfLanguages } from './loadPdfTranslator.js';
