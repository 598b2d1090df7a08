import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, defaultDefinition, samplePlans } from '@wholepicture/core';
import { buildEasyReadDocument } from '@wholepicture/core/easy-read';
import type { EasyReadDocument, SamplePlanName } from '@wholepicture/core';
import { cy } from '@wholepicture/core/locales/cy';
import { en } from '@wholepicture/core/locales/en';
import { InvalidPlanError } from './InvalidPlanError.js';
import { MAX_EASY_READ_PAGES } from './renderDocumentPdf.js';
import { renderEasyReadPdf, renderEasyReadPdfWithInfo } from './renderEasyReadPdf.js';
import { toPdfText } from './toPdfText.js';
import { makeTempDir, pdfFonts, pdfInfo, pdfOutline, pdfText, writePdf } from './testing/poppler.js';

const now = new Date('2026-03-12T12:00:00Z');
const resources = { en, cy };
const normalise = (text: string): string => toPdfText(text).replace(/\s+/g, ' ').trim();

let dir: string;
beforeAll(() => {
  dir = makeTempDir();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.each(Object.keys(samplePlans) as SamplePlanName[])('given the sample plan of %s', (name) => {
  describe.each(['en', 'cy'] as const)('in %s', (locale) => {
    let file: string;
    let document: EasyReadDocument;
    let pageCount: number;
    let text: string;
    beforeAll(async () => {
      const plan = samplePlans[name];
      document = buildEasyReadDocument(plan, {
        definition: defaultDefinition,
        locale,
        t: createTranslator(resources[locale], locale),
        now,
      });
      const result = await renderEasyReadPdfWithInfo(plan, { locale, now });
      pageCount = result.pageCount;
      file = writePdf(dir, `${name}-${locale}.pdf`, result.bytes);
      text = normalise(pdfText(file));
    }, 60_000);

    it('contains every sentence in the person’s own words', () => {
      const own = document.sections.flatMap((section) => section.rows.filter((row) => row.ownWords));
      expect(own.length).toBeGreaterThan(0);
      for (const row of own) {
        for (const sentence of row.sentences) expect(text).toContain(normalise(sentence));
      }
    });

    it('introduces own words with their lead, in the same row', () => {
      const led = document.sections.flatMap((section) => section.rows.filter((row) => row.lead));
      expect(led.length).toBeGreaterThan(0);
      for (const row of led) {
        const quote = normalise(row.sentences.join(' '));
        const at = text.indexOf(`${normalise(row.lead!)} ${normalise(document.labels.ownWords)} “${quote}`);
        expect(at, row.lead).toBeGreaterThanOrEqual(0);
      }
    });

    it('fits the pages easy-read guidance allows', () => {
      expect(pageCount).toBeLessThanOrEqual(MAX_EASY_READ_PAGES);
    });

    it('contains every section heading, in order', () => {
      let from = 0;
      for (const heading of [
        ...document.sections.map((section) => section.heading),
        document.glossaryHeading,
      ]) {
        const at = text.indexOf(normalise(heading), from);
        expect(at, heading).toBeGreaterThanOrEqual(from);
        from = at;
      }
    });

    it('embeds all its fonts, is A4 with the plan’s title and the right page count', () => {
      expect(pdfFonts(file).filter((font) => !font.embedded)).toEqual([]);
      const info = pdfInfo(file);
      expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)');
      expect(info['Title']).toBe(normalise(document.title));
      expect(info['Author']).toBe(normalise(document.personName));
      expect(Number(info['Pages'])).toBe(pageCount);
    });

    it('has a bookmark for each section', () => {
      const titles = pdfOutline(file).map((bookmark) => bookmark.title);
      for (const section of document.sections) expect(titles).toContain(normalise(section.heading));
      expect(titles).toContain(normalise(document.glossaryHeading));
    });
  });
});

describe('given options and bad input', () => {
  it('uses the plan’s own language unless told otherwise, and US Letter on request', async () => {
    const plan = { ...samplePlans.callum, locale: 'cy' };
    const file = writePdf(
      dir,
      'callum-own-locale.pdf',
      await renderEasyReadPdf(plan, { paper: 'LETTER', now }),
    );
    expect(pdfText(file)).toContain('Tudalen 1 o');
    expect(pdfInfo(file)['Page size']).toBe('612 x 792 pts (letter)');
  });

  it('falls back to English for a language it has no words for', async () => {
    const file = writePdf(
      dir,
      'callum-fr.pdf',
      await renderEasyReadPdf(samplePlans.callum, { locale: 'fr', now }),
    );
    expect(pdfText(file)).toContain('Page 1 of');
  });

  it('rejects an invalid plan with a named error listing what is wrong', async () => {
    const bad = { ...samplePlans.callum, schemaVersion: 1, createdAt: 'yesterday' };
    const error: unknown = await renderEasyReadPdf(bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidPlanError);
    expect((error as InvalidPlanError).name).toBe('InvalidPlanError');
    expect((error as InvalidPlanError).issues.map((issue) => issue.pathString)).toContain('createdAt');
    expect((error as InvalidPlanError).message).toMatch(
      /^renderEasyReadPdf: the plan is not valid\. createdAt: /,
    );
  });

  it('rejects something that is not a plan at all', async () => {
    await expect(renderEasyReadPdf('not a plan')).rejects.toThrow(InvalidPlanError);
  });
});
