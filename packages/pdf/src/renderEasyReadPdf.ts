import { defaultDefinition, parsePlan } from '@wholepicture/core';
import { buildEasyReadDocument } from '@wholepicture/core/easy-read';
import type { FormDefinition, Plan } from '@wholepicture/core';
import { InvalidPlanError } from './InvalidPlanError.js';
import { isPdfLanguage, loadPdfTranslator } from './loadPdfTranslator.js';
import { renderDocumentPdfWithInfo } from './renderDocumentPdf.js';
import type { PdfResult, RenderPdfOptions } from './renderDocumentPdf.js';

/** Options for {@link renderEasyReadPdf}. */
export interface RenderEasyReadPdfOptions extends RenderPdfOptions {
  /** The form definition the plan was made with (pictures, life areas, hidden questions). @default defaultDefinition */
  definition?: FormDefinition;
  /**
   * Language of the PDF. Without `t`, one we ship words for (`en`, `cy`); any other falls back
   * to English. With `t`, any language your translator speaks.
   * @default the plan's own `locale` when we ship it, else `en`
   */
  locale?: string;
  /** When the plan is printed, for the cover. @default now */
  now?: Date;
}

function baseLanguage(locale: string): string {
  return locale.toLowerCase().split('-')[0] ?? 'en';
}

/**
 * Checks the plan with `parsePlan` (so a plan from a file, an older version or another system is
 * safe to pass) and renders its easy-read PDF, with its page count and warnings (over 24 pages,
 * it suggests `summary: true`). Rejects with {@link InvalidPlanError} when the plan is not valid.
 */
export async function renderEasyReadPdfWithInfo(
  plan: Plan | unknown,
  options: RenderEasyReadPdfOptions = {},
): Promise<PdfResult> {
  const parsed = parsePlan(plan);
  if (!parsed.ok) throw new InvalidPlanError(parsed.issues);
  const requested = options.locale ?? parsed.plan.locale;
  let locale: string;
  let t;
  if (options.t) {
    locale = requested;
    t = options.t;
  } else {
    locale = isPdfLanguage(baseLanguage(requested)) ? baseLanguage(requested) : 'en';
    t = await loadPdfTranslator(locale);
  }
  const document = buildEasyReadDocument(parsed.plan, {
    definition: options.definition ?? defaultDefinition,
    locale,
    t,
    ...(options.now ? { now: options.now } : {}),
  });
  return renderDocumentPdfWithInfo(document, { ...options, t });
}

/**
 * Renders a plan's easy-read PDF, in Node or the browser, and resolves to the PDF's bytes.
 * Rejects with {@link InvalidPlanError} (its `issues` say what is wrong) for an invalid plan.
 */
export async function renderEasyReadPdf(
  plan: Plan | unknown,
  options: RenderEasyReadPdfOptions = {},
): Promise<Uint8Array> {
  return (await renderEasyReadPdfWithInfo(plan, options)).bytes;
}
