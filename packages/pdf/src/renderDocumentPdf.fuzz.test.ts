import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as fc from 'fast-check';
import type { EasyReadDocument } from '@wholepicture/core';
import { samplePlans } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { renderDocumentPdfWithInfo } from './renderDocumentPdf.js';
import { renderEasyReadPdfWithInfo } from './renderEasyReadPdf.js';
import { toPdfText } from './toPdfText.js';
import { fixtureDocument } from './testing/fixtureDocument.js';
import { makeTempDir, pdfText, writePdf } from './testing/poppler.js';

// Any code point (lone surrogates, controls, bidi, combining marks, emoji, CJK, RTL…), and
// strings mixed from the kinds of text that have broken PDF renderers before.
const hostile = fc.constantFrom(
  '😀👍🏽👨‍👩‍👧',
  '漢字かなカナ한국어',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Eevil\u202C',
  'a\u0301\u0302\u0303\u0304',
  '\u0000\u0007\u001B[31m',
  '<script>alert(1)</script>',
  '\uD800',
  '\n\n\n',
  'Ŵŷ âï',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(fc.oneof(hostile, fc.string({ unit: 'grapheme', maxLength: 10 })), { maxLength: 6 })
    .map((parts) => parts.join(' ')),
);
// Headings start with a letter so every page has words on it besides its footer.
const heading = text.map((words) => `H ${words}`);
// A seed with a line break repeated to 50 000 characters is thousands of short lines, hundreds
// of pages: a run took minutes and gigabytes. Long runs of lines have their own test.
const huge = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 40 })
  .filter((seed) => !/[\n\r\v\f\u0085\u2028\u2029]/.test(seed))
  .map((seed) => seed.repeat(Math.ceil(50_000 / seed.length)).slice(0, 50_000));
const reading = fc.record({
  label: text,
  now: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
  goal: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
});
const row = fc.record(
  {
    picture: fc.oneof(fc.constantFrom('home', 'me', 'phone'), text),
    lead: text,
    // Own words may fill a row with a short paragraph of several sentences.
    sentences: fc.array(text, { minLength: 1, maxLength: 4 }),
    ownWords: fc.boolean(),
    scale: fc.array(reading, { maxLength: 5 }),
  },
  { requiredKeys: ['picture', 'sentences'] },
);

const documentArbitrary = fc
  .record({
    title: heading,
    personName: text,
    subtitle: text,
    sections: fc.array(
      fc.record({ id: text, heading, picture: text, rows: fc.array(row, { maxLength: 5 }) }),
      { maxLength: 4 },
    ),
    contacts: fc.array(
      fc.record({
        name: text,
        role: fc.option(text, { nil: undefined }),
        phone: fc.option(text, { nil: undefined }),
        when: fc.option(text, { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
    contactsHeading: heading,
    reviewSentence: fc.option(text, { nil: undefined }),
    glossary: fc.array(fc.record({ word: text, meaning: text }), { maxLength: 4 }),
    glossaryHeading: heading,
    labels: fc.record({
      pageOf: text.map((words) => `${words} {{page}} / {{total}}`),
      ownWords: text,
      scaleNow: text,
      scaleGoal: text,
      phone: text,
    }),
    huge: fc.option(fc.tuple(huge, fc.nat()), { nil: undefined, freq: 3 }),
  })
  .map(({ huge: hugeEntry, ...fields }): EasyReadDocument => {
    const document: EasyReadDocument = { locale: 'en', ...fields };
    if (hugeEntry) {
      const [words, where] = hugeEntry;
      const firstRow = document.sections.flatMap((section) => section.rows)[0];
      if (where % 3 === 0 && firstRow) {
        firstRow.sentences[0] = words;
        if (firstRow.lead !== undefined && where % 2 === 0) firstRow.lead = words;
      } else if (where % 3 === 1) document.reviewSentence = words;
      else document.glossary.push({ word: 'Long', meaning: words });
    }
    return document;
  });

// A failing case here holds up to 50 000 characters and takes seconds to render, so shrinking
// it would take many minutes (it once looked like a hung test run). Fail at once instead: the
// report gives the seed and path to replay the case (`fc.assert(..., { seed, path })`).
// FUZZ_SEED=<n> runs the properties from a given seed, to replay or to explore more cases.
const settings = {
  endOnFailure: true,
  ...(process.env['FUZZ_SEED'] ? { seed: Number(process.env['FUZZ_SEED']) } : {}),
};

const squash = (value: string): string => value.replace(/\s+/g, '');

const shortText = text.map((words) => words.slice(0, 1000));
const planArbitrary = fc
  .record({
    name: shortText,
    aboutMe: fc.array(text, { minLength: 10, maxLength: 10 }),
    huge: fc.option(huge, { nil: undefined, freq: 3 }),
    ownWords: fc.boolean(),
    contact: fc.record({ name: shortText, phone: shortText, when: shortText }),
    outcome: text,
    locale: fc.constantFrom('en', 'cy'),
  })
  .map(({ name, aboutMe, huge: hugeText, ownWords, contact, outcome, locale }): Plan => {
    const plan = structuredClone(samplePlans.darren);
    plan.person.preferredName = name;
    const keys = Object.keys(plan.aboutMe) as (keyof Plan['aboutMe'])[];
    keys.forEach((key, index) => {
      plan.aboutMe[key] = { text: aboutMe[index] ?? '', voice: { ownWords } };
    });
    if (hugeText !== undefined) plan.aboutMe.mostImportant = { text: hugeText, voice: { ownWords } };
    plan.contacts = [{ id: 'fuzz-contact', ...contact }];
    if (plan.outcomes[0]) plan.outcomes[0].statement = { text: outcome, voice: { ownWords } };
    plan.locale = locale;
    return plan;
  });

/**
 * Runs `render` and fails if the renderer warned. A warning from the paginator means a block
 * taller than a page: it is put on a page of its own and whatever does not fit is cut off.
 * The check sits inside the property, not only in the console guard after the test, so
 * fast-check reports the seed and the case that caused it.
 */
async function withoutWarnings<T>(render: () => Promise<T>): Promise<T> {
  const warn = vi.mocked(console.warn);
  const before = warn.mock.calls.length;
  const result = await render();
  const warnings = warn.mock.calls.slice(before).map((args) => args.map(String).join(' '));
  expect(warnings, 'the renderer warned').toEqual([]);
  return result;
}

/** Every page has words on it besides its "Page N of M" footer. */
function expectWordsOnEveryPage(file: string, pageCount: number, pageOf: string): void {
  // pdftotext ends every page with a form feed: one call gives each page's text.
  const pages = pdfText(file).split('\f').slice(0, pageCount);
  expect(pages).toHaveLength(pageCount);
  for (let page = 1; page <= pageCount; page += 1) {
    const footer = squash(
      toPdfText(pageOf.replace('{{page}}', String(page)).replace('{{total}}', String(pageCount))),
    );
    const words = squash(pages[page - 1]!).replace(footer, '');
    expect(words, `page ${page} of ${pageCount} has no words`).not.toBe('');
  }
}

describe('given any text at all', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir();
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const everyPageHasWords = (name: string) => {
    let run = 0;
    return fc.asyncProperty(documentArbitrary, async (document) => {
      const { bytes, pageCount } = await withoutWarnings(() => renderDocumentPdfWithInfo(document));
      const file = writePdf(dir, `${name}-${(run += 1)}.pdf`, bytes);
      expect(pageCount).toBeGreaterThan(0);
      expectWordsOnEveryPage(file, pageCount, document.labels.pageOf);
    });
  };

  it('renders without throwing and never leaves a page without words', async () => {
    await fc.assert(everyPageHasWords('fuzz'), { ...settings, numRuns: 15 });
  }, 120_000);

  it.each([
    // Scale labels ending in blank lines: the lines alone went onto a page of their own.
    { seed: 4, path: '6' },
    // A long row ending at the foot of a page: its bottom margin went onto a page of its own.
    { seed: 44, path: '2' },
  ])(
    'still passes the case it once failed: seed $seed, path $path',
    async (replay) => {
      await fc.assert(everyPageHasWords('replay'), { ...settings, ...replay, numRuns: 1 });
    },
    60_000,
  );

  it('renders any plan text through the plan builder without throwing or blank pages', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (plan) => {
        const { bytes, pageCount } = await withoutWarnings(() =>
          renderEasyReadPdfWithInfo(plan, { now: new Date('2026-03-12T12:00:00Z') }),
        );
        const file = writePdf(dir, `fuzz-plan-${(run += 1)}.pdf`, bytes);
        expectWordsOnEveryPage(
          file,
          pageCount,
          plan.locale === 'cy' ? 'Tudalen {{page}} o {{total}}' : 'Page {{page}} of {{total}}',
        );
      }),
      { ...settings, numRuns: 8 },
    );
  }, 120_000);

  // Text that is short by count and tall on paper: a run of one wide letter, unbroken or in
  // words or lines. Such blocks were kept whole and ran past the foot of a page, and a word
  // wider than its line that react-pdf could not hyphenate (the last word of a text, or any
  // Cyrillic word) ran past the margin. Every letter must come back out of the PDF (the
  // fixture's other words are chosen to have none of them).
  const wideText = fc
    .record({
      letter: fc.constantFrom('W', 'Ш', 'Щ', 'Ж', 'Ю', '\uFFFD'),
      count: fc.integer({ min: 300, max: 900 }),
      every: fc.integer({ min: 3, max: 40 }),
      gap: fc.constantFrom('', ' ', '\n'),
    })
    .map(({ letter, count, every, gap }) =>
      Array.from(
        { length: count },
        (_, index) => (gap !== '' && index > 0 && index % every === 0 ? gap : '') + letter,
      ).join(''),
    );
  const wideDocument = fc
    .record({
      words: wideText,
      where: fc.constantFrom('row', 'own words', 'lead', 'reading', 'contact', 'hard word', 'heading'),
    })
    .map(({ words, where }) => {
      const base = fixtureDocument({
        sections: [],
        contacts: [],
        glossary: [],
        contactsHeading: 'People to call',
        reviewSentence: 'They look at my plan again in June.',
        labels: { ...fixtureDocument().labels, scaleNow: 'Now', scaleGoal: 'Goal' },
      });
      const row = (change: object) => ({
        ...base,
        sections: [
          {
            id: 'wide',
            heading: where === 'heading' ? `H ${words}` : 'Broad',
            picture: 'me',
            rows: [
              { picture: 'home', sentences: ['Before.'] },
              { picture: 'me', sentences: ['Text.'], ...change },
            ],
          },
        ],
      });
      const documents: Record<typeof where, EasyReadDocument> = {
        row: row({ sentences: [words] }),
        'own words': row({ sentences: [words, 'Last.'], ownWords: true }),
        lead: row({ lead: words }),
        reading: row({ scale: [{ label: words, now: 3, goal: 7 }] }),
        contact: { ...base, contacts: [{ name: 'Ann', role: words, phone: '01234 567890' }] },
        'hard word': { ...base, glossary: [{ word: 'Term', meaning: words }] },
        heading: row({}),
      };
      return {
        document: documents[where],
        letters: [...words].filter((char) => char !== ' ' && char !== '\n'),
      };
    });

  it('keeps every letter of wide text that is short by count but tall on paper', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(wideDocument, async ({ document, letters }) => {
        const { bytes } = await withoutWarnings(() => renderDocumentPdfWithInfo(document));
        const file = writePdf(dir, `wide-${(run += 1)}.pdf`, bytes);
        const letter = letters[0]!;
        expect(pdfText(file).split(letter).length - 1).toBe(letters.length);
      }),
      { ...settings, numRuns: 25 },
    );
  }, 120_000);
});
