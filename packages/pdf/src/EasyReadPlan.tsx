import type { ReactElement } from 'react';
import { Document, Image, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { PageProps } from '@react-pdf/renderer';
import { createTranslator } from '@wholepicture/core';
import type {
  EasyReadContact,
  EasyReadDocument,
  EasyReadRow,
  EasyReadSection,
  TranslateFn,
} from '@wholepicture/core';
import { en } from '@wholepicture/core/locales/en';
import { documentFontStack } from './documentFontStack.js';
import { PictureSvg } from './PictureSvg.js';
import { ScaleBar } from './ScaleBar.js';
import { pdfColours } from './pdfColours.js';
import { toPdfText } from './toPdfText.js';

/** Paper sizes the PDF comes in. */
export type PaperSize = 'A4' | 'LETTER';

/** Props of {@link EasyReadPlan}. */
export interface EasyReadPlanProps {
  /** The easy-read document to draw (from `buildEasyReadDocument`). */
  document: EasyReadDocument;
  /** Paper size. @default 'A4' */
  paper?: PaperSize;
  /** Translator for the PDF's own words (`pdf.*` keys), in the document's language. @default English */
  t?: TranslateFn;
  /** A note under the subtitle on the cover, e.g. that this is the short version. */
  coverNote?: string;
}

/** Rows with more text than this may break across pages, so text longer than a page is never cut off. */
const LONG_ROW_CHARACTERS = 700;
const LONG_ROW_LINES = 14;

const englishT = createTranslator(en, 'en');

const ink = pdfColours.ink;
const styles = StyleSheet.create({
  page: {
    fontSize: 18,
    color: ink,
    backgroundColor: pdfColours.paper,
    paddingTop: 52,
    paddingBottom: 28,
    paddingHorizontal: 52,
  },
  text: { lineHeight: 1.45 },
  pageBody: { flexGrow: 1 },
  footer: {
    marginTop: 16,
    fontSize: 16,
    lineHeight: 1.3,
    textAlign: 'center',
    color: ink,
  },
  cover: { flexGrow: 1, justifyContent: 'center' },
  coverTag: {
    fontSize: 18,
    lineHeight: 1.4,
    fontWeight: 700,
    color: pdfColours.accent,
    marginBottom: 12,
  },
  coverName: { fontSize: 44, fontWeight: 700, lineHeight: 1.2, marginBottom: 16 },
  coverTitle: { fontSize: 26, fontWeight: 700, lineHeight: 1.3, marginBottom: 16 },
  coverSubtitle: { fontSize: 20, lineHeight: 1.45, marginBottom: 12 },
  coverNote: {
    fontSize: 18,
    lineHeight: 1.45,
    marginTop: 12,
    padding: 12,
    backgroundColor: pdfColours.soft,
    borderLeftWidth: 4,
    borderLeftColor: pdfColours.accent,
  },
  coverPicture: { width: 120, height: 120, marginBottom: 28 },
  photo: { width: 170, height: 170, objectFit: 'cover', borderRadius: 12, marginBottom: 28 },
  heading: {
    flexDirection: 'row',
    alignItems: 'center',
    paddingBottom: 12,
    marginBottom: 24,
    borderBottomWidth: 3,
    borderBottomColor: pdfColours.accent,
  },
  laterHeading: { marginTop: 40 },
  headingText: { flex: 1, fontSize: 28, fontWeight: 700, lineHeight: 1.25, marginLeft: 18 },
  // Space goes above rows, not below: a row that breaks across pages and ends exactly at the
  // foot of one would otherwise carry its bottom margin alone onto a page of its own.
  row: { flexDirection: 'row' },
  spaceAbove: { marginTop: 18 },
  longRowText: { marginTop: 12 },
  picture: { width: 60, height: 60 },
  rowText: { flex: 1, marginLeft: 20, minHeight: 60, justifyContent: 'center' },
  sentence: { marginBottom: 6 },
  lead: { marginBottom: 6 },
  ownWords: { paddingLeft: 12, borderLeftWidth: 4, borderLeftColor: pdfColours.accent },
  ownWordsLabel: {
    fontSize: 16,
    lineHeight: 1.45,
    fontWeight: 700,
    color: pdfColours.accent,
    marginBottom: 4,
  },
  scaleLabel: { fontSize: 16, lineHeight: 1.45, fontWeight: 700, marginTop: 8 },
  contact: {
    marginBottom: 22,
    paddingBottom: 16,
    borderBottomWidth: 1,
    borderBottomColor: pdfColours.rule,
  },
  contactName: { fontSize: 22, lineHeight: 1.35, fontWeight: 700 },
  contactPhone: { fontSize: 28, lineHeight: 1.3, fontWeight: 700, marginTop: 4 },
  glossaryWord: { fontSize: 20, lineHeight: 1.35, fontWeight: 700 },
});

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

function lastBytes(base64: string, count: number): number[] {
  // Decode only the tail (whole 4-character groups), so a 2 MB photo is not decoded twice.
  const tail = base64.slice(-Math.ceil((count + 2) / 3) * 4 - 4);
  try {
    return Array.from(atob(tail.slice(tail.length % 4)), (char) => char.charCodeAt(0)).slice(-count);
  } catch {
    return [];
  }
}

/**
 * The photo, if react-pdf can draw it: a complete PNG or JPEG data URL. WebP cannot be drawn,
 * nothing is ever fetched, and a cut-off file is left out (react-pdf would log a warning).
 */
function drawablePhoto(photo: string | undefined): string | undefined {
  const match = photo ? /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+=*)$/.exec(photo) : null;
  if (!match) return undefined;
  const [, kind, data = ''] = match;
  if (kind === 'png' && data.startsWith('iVBORw0KGgo')) {
    // Every complete PNG ends with the IEND chunk: its type and CRC.
    return lastBytes(data, 8).join() === [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82].join()
      ? photo
      : undefined;
  }
  if (kind === 'jpeg' && data.startsWith('/9j/')) {
    return lastBytes(data, 2).join() === [0xff, 0xd9].join() ? photo : undefined;
  }
  return undefined;
}

/** True when text may be taller than a page, so its block must be allowed to break across pages. */
function mayOverflowPage(text: string, characters = LONG_ROW_CHARACTERS): boolean {
  return text.length > characters || text.split('\n').length > LONG_ROW_LINES;
}

function isLongRow(row: EasyReadRow): boolean {
  // Each scale reading takes about a tenth of a page.
  if ((row.scale?.length ?? 0) > 3) return true;
  return mayOverflowPage(
    [row.lead ?? '', ...row.sentences].join('\n') +
      (row.scale ?? []).map((reading) => reading.label).join('\n'),
  );
}

const BLOCK_CHARACTERS = 1500;
const BLOCK_LINES = 20;

/**
 * Splits very long text into blocks of whole lines, one <Text> each. The page looks the same,
 * but react-pdf re-measures the rest of a text at every page break, so one text running over
 * hundreds of pages takes minutes; blocks keep that to seconds.
 */
function toTextBlocks(text: string): string[] {
  if (text.length <= BLOCK_CHARACTERS) return [text];
  const blocks: string[] = [];
  let lines: string[] = [];
  let size = 0;
  for (const line of text.split('\n')) {
    if (lines.length > 0 && (lines.length >= BLOCK_LINES || size + line.length > BLOCK_CHARACTERS)) {
      blocks.push(lines.join('\n'));
      lines = [];
      size = 0;
    }
    lines.push(line);
    size += line.length + 1;
  }
  blocks.push(lines.join('\n'));
  return blocks;
}

/** A row such as "A good day for me:" introduces the rows after it, so it never ends a page. */
function introducesNext(row: EasyReadRow): boolean {
  return row.sentences.at(-1)?.trimEnd().endsWith(':') ?? false;
}

/**
 * A page template with the "Page 3 of 12" footer. react-pdf's `layout` pages use its newer
 * pagination engine, which measures content once: a row running over hundreds of pages takes
 * seconds instead of minutes. (Its older `fixed` + `render` footer also vanished whenever the
 * text inherited a lineHeight.)
 */
function withFooter(template: string): NonNullable<PageProps['layout']> {
  return function PageWithFooter({ children, pageNumber = 1, totalPages = 1 }) {
    return (
      <>
        <View style={styles.pageBody}>{children}</View>
        <Text style={styles.footer}>
          {toPdfText(fill(template, { page: pageNumber, total: totalPages }))}
        </Text>
      </>
    );
  };
}

function Heading({
  picture,
  text,
  bookmark,
  first = true,
}: {
  picture: string;
  text: string;
  bookmark?: string;
  first?: boolean;
}): ReactElement {
  // react-pdf draws a bookmark for any element, though its types list it only on <Page>.
  const bookmarkProps = bookmark === undefined ? {} : { bookmark: { title: bookmark, fit: true } };
  return (
    <View
      style={first ? styles.heading : [styles.heading, styles.laterHeading]}
      minPresenceAhead={110}
      wrap={mayOverflowPage(text, 200)}
      {...bookmarkProps}
    >
      <View style={styles.picture}>
        <PictureSvg picture={picture} />
      </View>
      <Text style={styles.headingText}>{text}</Text>
    </View>
  );
}

function Row({
  row,
  document,
  t,
  first,
}: {
  row: EasyReadRow;
  document: EasyReadDocument;
  t: TranslateFn;
  /** The first row under its heading, which already leaves space below it. */
  first: boolean;
}): ReactElement {
  const sentences = row.sentences.map((sentence) => toPdfText(sentence)).filter((s) => s.trim() !== '');
  const lead = row.lead === undefined ? '' : toPdfText(row.lead);
  // The person's own words are one quotation, however many sentences they wrote.
  const paragraphs =
    row.ownWords && sentences.length > 0
      ? [toPdfText(t('pdf.ownWordsQuote', { text: sentences.join(' ') }))]
      : sentences;
  const text = (
    <>
      {paragraphs.map((paragraph, index) => (
        <View key={index} style={styles.sentence}>
          {toTextBlocks(paragraph).map((block, blockIndex) => (
            <Text key={blockIndex} style={styles.text}>
              {block}
            </Text>
          ))}
        </View>
      ))}
    </>
  );
  const long = isLongRow(row);
  return (
    // A row that may run over pages is a column (picture above the words): react-pdf could not
    // split a side-by-side row holding several very long texts, and cut the words off.
    <View
      style={[long ? {} : styles.row, first ? {} : styles.spaceAbove]}
      wrap={long}
      minPresenceAhead={introducesNext(row) ? 80 : 0}
    >
      <View style={styles.picture}>
        <PictureSvg picture={row.picture} />
      </View>
      <View style={long ? styles.longRowText : styles.rowText}>
        {lead.trim() !== '' && (
          // The plan's words introducing the row, so outside the own-words mark.
          <View style={styles.lead}>
            {toTextBlocks(lead).map((block, blockIndex) => (
              <Text key={blockIndex} style={styles.text}>
                {block}
              </Text>
            ))}
          </View>
        )}
        {row.ownWords ? (
          <View style={styles.ownWords}>
            <Text style={styles.ownWordsLabel}>{toPdfText(document.labels.ownWords)}</Text>
            {text}
          </View>
        ) : (
          text
        )}
        {row.scale?.map((reading, index) => (
          <View key={index} wrap={mayOverflowPage(reading.label, 300)}>
            {reading.label.trim() !== '' && <Text style={styles.scaleLabel}>{toPdfText(reading.label)}</Text>}
            {reading.now !== undefined && (
              <ScaleBar
                value={reading.now}
                text={toPdfText(
                  t('pdf.scaleReading', { label: document.labels.scaleNow, value: reading.now }),
                )}
              />
            )}
            {reading.goal !== undefined && (
              <ScaleBar
                value={reading.goal}
                text={toPdfText(
                  t('pdf.scaleReading', { label: document.labels.scaleGoal, value: reading.goal }),
                )}
              />
            )}
          </View>
        ))}
      </View>
    </View>
  );
}

function Section({
  section,
  document,
  first,
  t,
}: {
  section: EasyReadSection;
  document: EasyReadDocument;
  first: boolean;
  t: TranslateFn;
}): ReactElement {
  const heading = toPdfText(section.heading);
  return (
    <>
      <Heading picture={section.picture} text={heading} bookmark={heading} first={first} />
      {section.rows.map((row, index) => (
        <Row key={index} row={row} document={document} t={t} first={index === 0} />
      ))}
    </>
  );
}

function ContactCard({
  contact,
  phoneLabel,
}: {
  contact: EasyReadContact;
  phoneLabel: string;
}): ReactElement {
  return (
    <View
      style={styles.contact}
      wrap={mayOverflowPage([contact.name, contact.role, contact.phone, contact.when].join('\n'), 300)}
    >
      <Text style={styles.contactName}>{toPdfText(contact.name)}</Text>
      {contact.role ? <Text style={styles.text}>{toPdfText(contact.role)}</Text> : null}
      {contact.phone ? (
        <Text style={styles.contactPhone}>{toPdfText(`${phoneLabel}: ${contact.phone}`)}</Text>
      ) : null}
      {contact.when ? <Text style={styles.text}>{toPdfText(contact.when)}</Text> : null}
    </View>
  );
}

/**
 * The easy-read support plan as a react-pdf `<Document>`: a cover, one page run per section
 * (each with a bookmark), who to call, when the plan will be checked, and the hard words.
 * Register the fonts first (`registerFonts`); `renderEasyReadPdf` does both for you.
 */
export function EasyReadPlan({
  document,
  paper = 'A4',
  t = englishT,
  coverNote,
}: EasyReadPlanProps): ReactElement {
  const photo = drawablePhoto(document.photo);
  const footer = withFooter(document.labels.pageOf);
  // Only the font families this document's characters need: fewer fonts to load.
  const page = [styles.page, { fontFamily: documentFontStack(document, t, coverNote ?? '') }];
  const contactsHeading = toPdfText(document.contactsHeading);
  const reviewHeading = toPdfText(t('pdf.reviewHeading'));
  // The review sentence goes with the contacts unless a section already says it.
  const reviewSentence = document.sections.some((section) =>
    section.rows.some(
      (row) => document.reviewSentence !== undefined && row.sentences.includes(document.reviewSentence),
    ),
  )
    ? undefined
    : document.reviewSentence;
  const hasContactsPage = document.contacts.length > 0 || Boolean(reviewSentence);
  return (
    <Document
      title={toPdfText(document.title)}
      author={toPdfText(document.personName)}
      subject={toPdfText(t('pdf.subject'))}
      creator="Whole Picture"
      producer="Whole Picture"
      language={document.locale}
    >
      <Page
        layout={footer}
        size={paper}
        style={page}
        bookmark={{ title: toPdfText(document.title), fit: true }}
      >
        <View style={styles.cover}>
          {photo ? (
            <Image src={photo} style={styles.photo} />
          ) : (
            <View style={styles.coverPicture}>
              <PictureSvg picture="me" size={120} />
            </View>
          )}
          <Text style={styles.coverTag}>{toPdfText(t('pdf.coverTag'))}</Text>
          <Text style={styles.coverName}>{toPdfText(document.personName)}</Text>
          <Text style={styles.coverTitle}>{toPdfText(document.title)}</Text>
          <Text style={styles.coverSubtitle}>{toPdfText(document.subtitle)}</Text>
          {coverNote ? <Text style={styles.coverNote}>{toPdfText(coverNote)}</Text> : null}
        </View>
      </Page>
      {document.sections.length > 0 && (
        // Sections follow one another (a heading never ends a page): a page per section left
        // most pages half empty and pushed ordinary plans past the 24 pages easy read allows.
        <Page layout={footer} size={paper} style={page}>
          {document.sections.map((section, index) => (
            <Section
              key={`${index}-${section.id}`}
              section={section}
              document={document}
              first={index === 0}
              t={t}
            />
          ))}
        </Page>
      )}
      {hasContactsPage && (
        <Page
          layout={footer}
          size={paper}
          style={page}
          bookmark={{ title: document.contacts.length > 0 ? contactsHeading : reviewHeading, fit: true }}
        >
          {document.contacts.length > 0 && (
            <>
              <Heading picture="phone" text={contactsHeading} />
              {document.contacts.map((contact, index) => (
                <ContactCard key={index} contact={contact} phoneLabel={document.labels.phone} />
              ))}
            </>
          )}
          {reviewSentence ? (
            <View wrap={mayOverflowPage(reviewSentence + reviewHeading, 300)}>
              <Heading picture="review" text={reviewHeading} />
              <Text style={styles.text}>{toPdfText(reviewSentence)}</Text>
            </View>
          ) : null}
        </Page>
      )}
      {document.glossary.length > 0 && (
        <Page
          layout={footer}
          size={paper}
          style={page}
          bookmark={{ title: toPdfText(document.glossaryHeading), fit: true }}
        >
          <Heading picture="information" text={toPdfText(document.glossaryHeading)} />
          {document.glossary.map((entry, index) => (
            <View
              key={index}
              style={index === 0 ? {} : styles.spaceAbove}
              wrap={mayOverflowPage(entry.word + entry.meaning)}
            >
              <Text style={styles.glossaryWord}>{toPdfText(entry.word)}</Text>
              <Text style={styles.text}>{toPdfText(entry.meaning)}</Text>
            </View>
          ))}
        </Page>
      )}
    </Document>
  );
}
