import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EasyReadDocument, EasyReadRow } from '@wholepicture/core';
import { MAX_EASY_READ_PAGES, renderDocumentPdf, renderDocumentPdfWithInfo } from './renderDocumentPdf.js';
import { fixtureDocument } from './testing/fixtureDocument.js';
import { makeTempDir, pdfFonts, pdfInfo, pdfOutline, pdfText, writePdf } from './testing/poppler.js';

let dir: string;
beforeAll(() => {
  dir = makeTempDir();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function manyRows(count: number, prefix: string): EasyReadRow[] {
  return Array.from({ length: count }, (_, i) => ({
    picture: i % 2 === 0 ? 'home' : 'heart',
    sentences: [`${prefix} ${i} starts here.`, `${prefix} ${i} ends here.`],
  }));
}

/** The PDF's words with page breaks and "Page N of M" footers taken out, spaces squashed. */
function flowingText(file: string): string {
  return pdfText(file)
    .split('\f')
    .map((page) => page.replace(/Page \d+ of \d+/, ''))
    .join(' ')
    .replace(/\s+/g, ' ');
}

function withRows(rows: EasyReadRow[]): EasyReadDocument {
  return fixtureDocument({ sections: [{ id: 'long', heading: 'Lots of things', picture: 'star', rows }] });
}

describe('given the fixture document in English', () => {
  let file: string;
  let pageCount: number;
  beforeAll(async () => {
    const result = await renderDocumentPdfWithInfo(fixtureDocument());
    pageCount = result.pageCount;
    file = writePdf(dir, 'fixture-en.pdf', result.bytes);
  });

  it('writes the person’s own words and every heading in order, as extractable text', () => {
    const text = pdfText(file);
    expect(text).toContain('Gwenllïan Ŵyn');
    expect(text).toContain('“I love music and my dog Ŷw.”');
    expect(text).toContain('My own words');
    const headings = ['About me', 'What I want to achieve', 'Who to call', 'Checking my plan', 'Hard words'];
    const positions = headings.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('puts a translated "Page N of M" footer on every page', () => {
    expect(pageCount).toBe(5);
    for (let page = 1; page <= pageCount; page += 1) {
      expect(pdfText(file, page)).toContain(`Page ${page} of ${pageCount}`);
    }
  });

  it('draws scale readings with their words', () => {
    const text = pdfText(file);
    expect(text).toContain('Where I am now: 4 out of 10');
    expect(text).toContain('Where I want to be: 8 out of 10');
  });

  it('lists contacts with big phone numbers and the review sentence', () => {
    const text = pdfText(file);
    expect(text).toContain('Phone: 01234 567890');
    expect(text).toContain('Out of hours team');
    expect(text).toContain('We will check my plan on 1 June 2027.');
    expect(text).toContain('Someone who helps you say what you want.');
  });

  it('embeds every font it uses', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.some((font) => font.name.includes('AtkinsonHyperlegibleNext'))).toBe(true);
  });

  it('draws English with Atkinson Hyperlegible Next alone, subset and embedded', () => {
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+AtkinsonHyperlegibleNext/);
      expect(font.embedded).toBe(true);
    }
  });

  it('sets title, author, subject, creator, language and A4 paper', () => {
    const info = pdfInfo(file);
    expect(info['Title']).toBe('Gwenllïan’s support plan');
    expect(info['Author']).toBe('Gwenllïan Ŵyn');
    expect(info['Subject']).toBe('Easy-read support plan');
    expect(info['Creator']).toBe('Whole Picture');
    expect(info['Pages']).toBe('5');
    expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)');
    expect(readFileSync(file, 'latin1')).toContain('/Lang (en)');
  });

  it('has a bookmark for the cover and each section, opening on the page it starts on', () => {
    expect(pdfOutline(file)).toEqual([
      { title: 'Gwenllïan’s support plan', page: 1 },
      { title: 'About me', page: 2 },
      { title: 'What I want to achieve', page: 2 },
      { title: 'Who to call', page: 4 },
      { title: 'Hard words', page: 5 },
    ]);
  });
});

describe('given paper and language options', () => {
  it('uses US Letter when asked', async () => {
    const file = writePdf(dir, 'letter.pdf', await renderDocumentPdf(fixtureDocument(), { paper: 'letter' }));
    expect(pdfInfo(file)['Page size']).toBe('612 x 792 pts (letter)');
  });

  it('uses the Welsh words of the PDF for a Welsh document', async () => {
    const document = fixtureDocument({
      locale: 'cy',
      labels: {
        pageOf: 'Tudalen {{page}} o {{total}}',
        ownWords: 'Fy ngeiriau fy hun',
        scaleNow: 'Ble rydw i nawr',
        scaleGoal: 'Ble rydw i eisiau bod',
        phone: 'Ffôn',
      },
    });
    const file = writePdf(dir, 'fixture-cy.pdf', await renderDocumentPdf(document));
    const text = pdfText(file);
    expect(text).toContain('Ble rydw i nawr: 4 allan o 10');
    expect(text).toContain('Ffôn: 01234 567890');
    expect(text).toContain('Tudalen 1 o 5');
    expect(text).toContain('Hawdd ei ddarllen');
    expect(pdfInfo(file)['Subject']).toBe('Cynllun cymorth hawdd ei ddarllen');
    expect(readFileSync(file, 'latin1')).toContain('/Lang (cy)');
  });
});

describe('given a photo', () => {
  const png =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

  it('draws a PNG photo on the cover', async () => {
    const file = writePdf(dir, 'photo.pdf', await renderDocumentPdf(fixtureDocument({ photo: png })));
    expect(execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', file], { encoding: 'utf8' })).toMatch(
      /\n\s+1\s+0\s+image\s+1\s+1\s/,
    );
  });

  it.each([
    ['a WebP photo', 'data:image/webp;base64,UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAQAcJaQAA3AA/v3AgAA='],
    ['a damaged PNG', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB'],
    ['a remote address', 'https://example.org/me.png'],
  ])('leaves out %s and still makes the PDF', async (_, photo) => {
    const file = writePdf(dir, 'bad-photo.pdf', await renderDocumentPdf(fixtureDocument({ photo })));
    expect(pdfText(file, 1)).toContain('Gwenllïan Ŵyn');
  });
});

describe('given rows of different lengths', () => {
  it('keeps each short row whole on one page', async () => {
    const file = writePdf(dir, 'rows.pdf', await renderDocumentPdf(withRows(manyRows(30, 'Row'))));
    const pages = Number(pdfInfo(file)['Pages']);
    expect(pages).toBeGreaterThan(3);
    const pageTexts = Array.from({ length: pages }, (_, i) => pdfText(file, i + 1));
    for (let i = 0; i < 30; i += 1) {
      const page = pageTexts.findIndex((text) => text.includes(`Row ${i} starts here.`));
      expect(page).toBeGreaterThanOrEqual(0);
      expect(pageTexts[page]).toContain(`Row ${i} ends here.`);
    }
  });

  it('draws a lead above the own words in the same row, kept on one page with them', async () => {
    const rows: EasyReadRow[] = Array.from({ length: 20 }, (_, i) => ({
      picture: 'happy',
      lead: `Lead ${i} for me:`,
      sentences: [`Words ${i} start.`, 'Chips.', `Words ${i} end.`],
      ownWords: true,
    }));
    const file = writePdf(dir, 'leads.pdf', await renderDocumentPdf(withRows(rows)));
    const pages = Number(pdfInfo(file)['Pages']);
    expect(pages).toBeGreaterThan(2);
    const pageTexts = Array.from({ length: pages }, (_, i) => pdfText(file, i + 1).replace(/\s+/g, ' '));
    for (let i = 0; i < 20; i += 1) {
      const page = pageTexts.find((text) => text.includes(`Lead ${i} for me:`));
      // One quotation after the lead and the own-words marker, all on the lead's page.
      expect(page).toContain(`Lead ${i} for me: My own words “Words ${i} start. Chips. Words ${i} end.”`);
    }
  });

  it('lets a row longer than a page flow onto the next pages without losing text', async () => {
    const long = `Firstword ${'I like the sea and the hills. '.repeat(400)}Lastword`;
    const file = writePdf(
      dir,
      'long-row.pdf',
      await renderDocumentPdf(withRows([{ picture: 'me', sentences: [long] }])),
    );
    const text = flowingText(file);
    expect(text).toContain('Firstword I like the sea');
    expect(text).toContain('hills. Lastword');
    expect(text.split('I like the sea and the hills.').length - 1).toBe(400);
  });

  it('keeps every word of a row with a long lead, long own words and scale readings', async () => {
    // Found by the fuzz test: side by side with its picture, this row was cut off after a few
    // pages (react-pdf: "Item of height 82023 exceeds available height; placing on its own page").
    const words = 'key'.repeat(16_667).slice(0, 50_000);
    const scale = [
      { label: 'Getting out', now: 3, goal: 1 },
      { label: 'Cooking', now: 9, goal: 4 },
      { label: 'Sleeping', now: 4, goal: 2 },
    ];
    const row: EasyReadRow = {
      picture: 'me',
      lead: words,
      sentences: [words, 'Short.', 'Last.'],
      ownWords: true,
      scale,
    };
    const file = writePdf(dir, 'long-lead-row.pdf', await renderDocumentPdf(withRows([row])));
    const text = flowingText(file).replace(/ /g, '');
    expect(text.split('key').length - 1).toBe(2 * 16_666);
    for (const word of ['Short.Last.', 'Gettingout', 'Cooking', 'Sleeping']) expect(text).toContain(word);
  });

  it('keeps every word of a row tens of pages long, with a lead, own words and readings', async () => {
    // Found by the fuzz test: react-pdf took the row's words for one unbreakable piece (its
    // check for overlapping boxes trips on rounding that far down a box) and cut them off after
    // a page. Each block of a long row is now a sibling in the page's flow.
    const words = 'key '.repeat(12_500).trim();
    const row: EasyReadRow = {
      picture: 'me',
      lead: words,
      sentences: [words, 'Short.', 'Last.'],
      ownWords: true,
      scale: [
        { label: 'Getting out', now: 3, goal: 1 },
        { label: 'Cooking', now: 9, goal: 4 },
      ],
    };
    const file = writePdf(dir, 'flowing-row.pdf', await renderDocumentPdf(withRows([row])));
    const text = flowingText(file);
    expect(text.split('key').length - 1).toBe(2 * 12_500);
    for (const word of ['Short. Last.', 'Getting out', 'Cooking', 'Where I want to be: 4 out of 10']) {
      expect(text).toContain(word);
    }
  });

  it('keeps every letter of a word too wide for its line, even as the last word of a text', async () => {
    // react-pdf breaks a word only where its hyphenation or its fallback lets it, and draws a
    // word it cannot break past the margin, off the page (its issue #1238). The fuzz test saw
    // this with a Cyrillic word and with the last word of a heading; breakLongWords now gives
    // every word too wide for a line places to break.
    const headings = [
      `H ${'Щ'.repeat(21)}`,
      `H ${'Ж'.repeat(40)} ${'Ж'.repeat(23)}`,
      `H See ${'W'.repeat(30)}`,
    ];
    const document = fixtureDocument({
      sections: headings.map((heading, index) => ({ id: `s${index}`, heading, picture: 'star', rows: [] })),
      contacts: [],
      reviewSentence: 'They check it in June.',
    });
    const text = flowingText(writePdf(dir, 'long-words.pdf', await renderDocumentPdf(document)));
    expect(text.split('Щ').length - 1).toBe(21);
    expect(text.split('Ж').length - 1).toBe(63);
    expect(text.split('W').length - 1).toBe(30);
  });

  // Each block is within the limits the PDF once judged length by (under 700 characters and
  // 14 lines, or 300 for a contact); in capital W's, among the widest letters, it is taller than
  // a page. The row, hard word and scale reading were kept whole, ran past the foot of the page
  // and lost the words there (react-pdf: "Item of height … exceeds available height"). A block
  // is now kept whole only when its words, set at their widest, fit well.
  type Change = (document: EasyReadDocument, words: string) => EasyReadDocument;
  const section = (rows: EasyReadRow[], heading = 'Broad'): EasyReadDocument['sections'] => [
    { id: 'w', heading, picture: 'me', rows: [{ picture: 'me', sentences: ['Before.'] }, ...rows] },
  ];
  const lines = (count: number, width: number) => Array(count).fill('W'.repeat(width)).join('\n');
  it.each<[string, Change, string]>([
    [
      'a row',
      (document, words) => ({ ...document, sections: section([{ picture: 'me', sentences: [words] }]) }),
      'W'.repeat(690),
    ],
    [
      'a hard word',
      (document, words) => ({ ...document, glossary: [{ word: 'Word', meaning: `M ${words}` }] }),
      'W'.repeat(690),
    ],
    [
      'a contact',
      (document, words) => ({ ...document, contacts: [{ name: 'Ann', phone: words }] }),
      lines(11, 26),
    ],
    [
      'a scale reading',
      (document, words) => ({
        ...document,
        labels: { ...document.labels, scaleNow: `S ${words}` },
        sections: section([{ picture: 'me', sentences: ['Now.'], scale: [{ label: 'Going out', now: 4 }] }]),
      }),
      lines(40, 1),
    ],
    ['a heading', (document, words) => ({ ...document, sections: section([], `H ${words}`) }), lines(13, 14)],
  ])('keeps every letter of %s of wide letters that only looks short', async (name, change, words) => {
    const base = fixtureDocument({ sections: [], contacts: [], glossary: [] });
    const slug = name.replace(/ /g, '-');
    const countW = async (text: string) =>
      flowingText(
        writePdf(dir, `wide-${slug}-${text.length}.pdf`, await renderDocumentPdf(change(base, text))),
      ).replace(/[^W]/g, '').length;
    // The fixture's own words have a few W's ("Who to call"): count those apart.
    expect(await countW(words)).toBe(words.replace(/[^W]/g, '').length + (await countW('')));
  });

  it('replaces characters no bundled font has and keeps the rest', async () => {
    const file = writePdf(
      dir,
      'unsupported.pdf',
      await renderDocumentPdf(
        withRows([{ picture: 'me', sentences: ['Hello 😀👍 world 漢字 Ŵŷ Ελλάδα Привет'] }]),
      ),
    );
    expect(pdfText(file)).toContain('Hello \uFFFD world \uFFFD Ŵŷ Ελλάδα Привет');
  });

  it('draws Greek, Cyrillic and Vietnamese with the Noto Sans fallbacks, subset and embedded', async () => {
    const file = writePdf(
      dir,
      'scripts.pdf',
      await renderDocumentPdf(withRows([{ picture: 'me', sentences: ['Ελλάδα Привет Tiếng Việt ŵ ŷ â'] }])),
    );
    expect(pdfText(file)).toContain('Ελλάδα Привет Tiếng Việt ŵ ŷ â');
    const fonts = pdfFonts(file);
    expect(fonts.some((font) => font.name.includes('NotoSans'))).toBe(true);
    expect(fonts.some((font) => font.name.includes('AtkinsonHyperlegibleNext'))).toBe(true);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
      expect(font.embedded).toBe(true);
    }
  });
});

describe('given a document longer than easy-read guidance allows', () => {
  const document = withRows(manyRows(250, 'Item'));

  it('warns that it is too long and suggests the summary', async () => {
    const result = await renderDocumentPdfWithInfo(document);
    expect(result.pageCount).toBeGreaterThan(MAX_EASY_READ_PAGES);
    expect(result.warnings).toEqual([
      {
        code: 'too-many-pages',
        message: `The plan is ${result.pageCount} pages long. Easy-read guidance says no more than 24 pages. Try the short version (summary).`,
      },
    ]);
  });

  it('makes a short version with a note when asked for the summary', async () => {
    const result = await renderDocumentPdfWithInfo(document, { summary: true });
    expect(result.warnings).toEqual([]);
    expect(result.pageCount).toBeLessThanOrEqual(4);
    const text = pdfText(writePdf(dir, 'summary.pdf', result.bytes));
    expect(text).toContain('This is a short version of my plan. The full plan has more.');
    expect(text).toContain('Item 3 starts here.');
    expect(text).not.toContain('Item 4 starts here.');
    expect(text).not.toContain('Item 0 ends here.');
    expect(text).toContain('The full plan has more about this.');
    expect(text).toContain('Who to call');
  });
});
