import type { EasyReadDocument, EasyReadRow } from '@wholepicture/core';

/** Options for {@link summarizeDocument}. */
export interface SummarizeOptions {
  /** Rows kept per section. */
  maxRows: number;
  /** The sentence added to a shortened section, already translated ("The full plan has more about this."). */
  moreText: string;
}

function firstSentenceOnly(row: EasyReadRow): EasyReadRow {
  return { ...row, sentences: row.sentences.slice(0, 1) };
}

/**
 * The short version of an easy-read document, for plans longer than easy-read guidance
 * allows: each section keeps its first `maxRows` rows, each row its first sentence; a
 * shortened section ends with a row saying the full plan has more. Contacts, the review
 * sentence and the glossary are kept whole: they are what the person most needs to find.
 */
export function summarizeDocument(document: EasyReadDocument, options: SummarizeOptions): EasyReadDocument {
  const maxRows = Math.max(1, Math.floor(options.maxRows));
  return {
    ...document,
    sections: document.sections.map((section) => {
      const rows = section.rows.slice(0, maxRows).map(firstSentenceOnly);
      const shortened = section.rows.length > maxRows || section.rows.some((row) => row.sentences.length > 1);
      return {
        ...section,
        rows: shortened ? [...rows, { picture: 'information', sentences: [options.moreText] }] : rows,
      };
    }),
  };
}
