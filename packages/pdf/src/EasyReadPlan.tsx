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
import { breakLongWords } from './breakLongWords.js';
import { documentFontStack } from './documentFontStack.js';
import { PictureSvg } from './PictureSvg.js';
import { ScaleBar } from './ScaleBar.js';
import { pdfColours } from './pdfColours.js';
import { textHeight } from './textHeight.js';
import type { TextSetting } from './textHeight.js';
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

/** Page sizes in points, width by height. */
const PAPER: Record<PaperSize, readonly [number, number]> = { A4: [595.28, 841.89], LETTER: [612, 792] };

// The measures the style sheet and the keep-together estimates share.
const BODY_SIZE = 18;
const BODY_LINE = 1.45;
const PAGE_TOP = 52;
const PAGE_BOTTOM = 28;
const PAGE_SIDE = 52;
const FOOTER = { size: 16, line: 1.3, gap: 16 };
const PICTURE = 60;
const PICTURE_GAP = 20;
const HEADING = { size: 28, line: 1.25, gap: 18, below: 12 + 3 + 24, later: 40 };
const OWN_WORDS_INSET = 12 + 4;
const SMALL = { fontSize: 16, lineHeight: 1.45 };
const SCALE_BAR = { size: 16, line: 1.4, boxes: 6 + 18 + 4 };
const ROW_GAP = 18;
/** The gap between a picture and the words below it, in a block that may break. */
const PICTURE_ABOVE_GAP = 12;
const PARAGRAPH_GAP = 6;
const CONTACT = { name: 22, nameLine: 1.35, phone: 28, phoneLine: 1.3, phoneGap: 4, edges: 22 + 16 + 1 };
const GLOSSARY_WORD = { size: 20, line: 1.35 };
/** The cover's words, top to bottom: size and line height, shared by the style sheet and `Cover`. */
const COVER = {
  tag: { fontSize: 18, lineHeight: 1.4 },
  name: { fontSize: 44, lineHeight: 1.2 },
  title: { fontSize: 26, lineHeight: 1.3 },
  subtitle: { fontSize: 20, lineHeight: 1.45 },
  note: { fontSize: 18, lineHeight: 1.45 },
};

/**
 * A block that must stay whole may be at most this share of a page's room for content.
 * react-pdf cannot break a block marked `wrap={false}`: one taller than the page is drawn past
 * its foot and the words there are lost. So a block is kept whole only when the most its words
 * can take (`textHeight`, from the widest glyphs) leaves room to spare for react-pdf's own line
 * breaking; a longer one may break across pages, which costs nothing but looks.
 */
const KEEP_TOGETHER_SHARE = 0.6;

const englishT = createTranslator(en, 'en');

const ink = pdfColours.ink;
const styles = StyleSheet.create({
  page: {
    fontSize: BODY_SIZE,
    color: ink,
    backgroundColor: pdfColours.paper,
    paddingTop: PAGE_TOP,
    paddingBottom: PAGE_BOTTOM,
    paddingHorizontal: PAGE_SIDE,
  },
  text: { lineHeight: BODY_LINE },
  pageBody: { flexGrow: 1 },
  footer: {
    marginTop: FOOTER.gap,
    fontSize: FOOTER.size,
    lineHeight: FOOTER.line,
    textAlign: 'center',
    color: ink,
  },
  cover: { flexGrow: 1, justifyContent: 'center' },
  coverTag: {
    ...COVER.tag,
    fontWeight: 700,
    color: pdfColours.accent,
    marginBottom: 12,
  },
  coverName: { ...COVER.name, fontWeight: 700, marginBottom: 16 },
  coverTitle: { ...COVER.title, fontWeight: 700, marginBottom: 16 },
  coverSubtitle: { ...COVER.subtitle, marginBottom: 12 },
  coverNote: {
    ...COVER.note,
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
  laterHeading: { marginTop: HEADING.later },
  headingText: { fontSize: HEADING.size, fontWeight: 700, lineHeight: HEADING.line },
  headingTextBeside: { flex: 1, marginLeft: HEADING.gap },
  // A heading that may run over pages puts its picture above its words, as a long row does.
  longHeading: { flexDirection: 'column', alignItems: 'stretch' },
  longHeadingText: { marginTop: PICTURE_ABOVE_GAP },
  // Space goes above rows, not below: a row that breaks across pages and ends exactly at the
  // foot of one would otherwise carry its bottom margin alone onto a page of its own.
  row: { flexDirection: 'row' },
  spaceAbove: { marginTop: ROW_GAP },
  flowingPicture: { marginBottom: PICTURE_ABOVE_GAP },
  paragraphEnd: { paddingBottom: PARAGRAPH_GAP },
  picture: { width: PICTURE, height: PICTURE },
  rowText: { flex: 1, marginLeft: PICTURE_GAP, minHeight: PICTURE, justifyContent: 'center' },
  sentence: { marginBottom: PARAGRAPH_GAP },
  lead: { marginBottom: PARAGRAPH_GAP },
  ownWords: { paddingLeft: 12, borderLeftWidth: 4, borderLeftColor: pdfColours.accent },
  ownWordsLabel: {
    fontSize: SMALL.fontSize,
    lineHeight: SMALL.lineHeight,
    fontWeight: 700,
    color: pdfColours.accent,
    marginBottom: 4,
  },
  scaleLabel: { fontSize: SMALL.fontSize, lineHeight: SMALL.lineHeight, fontWeight: 700, marginTop: 8 },
  contact: {
    marginBottom: 22,
    paddingBottom: 16,
    borderBottomWidth: 1,
    borderBottomColor: pdfColours.rule,
  },
  contactName: { fontSize: CONTACT.name, lineHeight: CONTACT.nameLine, fontWeight: 700 },
  contactPhone: {
    fontSize: CONTACT.phone,
    lineHeight: CONTACT.phoneLine,
    fontWeight: 700,
    marginTop: CONTACT.phoneGap,
  },
  glossaryWord: { fontSize: GLOSSARY_WORD.size, lineHeight: GLOSSARY_WORD.line, fontWeight: 700 },
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

/**
 * What the keep-together decisions need to know of a page: how wide its words are set and how
 * tall a block kept whole may be. The footer is the document's own words and may take lines.
 */
interface PageFit {
  /** The width of the page between its margins. */
  width: number;
  /** The tallest a block may be and still be kept whole (see {@link KEEP_TOGETHER_SHARE}). */
  keepLimit: number;
  /** The height of the page between its top margin and its footer. */
  room: number;
}

function pageFit(paper: PaperSize, pageOf: string): PageFit {
  const [pageWidth, pageHeight] = PAPER[paper];
  const width = pageWidth - 2 * PAGE_SIDE;
  const footer = textHeight(toPdfText(fill(pageOf, { page: 9999, total: 9999 })), {
    fontSize: FOOTER.size,
    lineHeight: FOOTER.line,
    width,
  });
  const room = pageHeight - PAGE_TOP - PAGE_BOTTOM - FOOTER.gap - footer;
  return { width, keepLimit: Math.max(0, room * KEEP_TOGETHER_SHARE), room };
}

const body = (width: number): TextSetting => ({ fontSize: BODY_SIZE, lineHeight: BODY_LINE, width });

/** The most a row's words take, set in a column `width` wide (see `Row` for the layout). */
function rowTextHeight(
  row: { lead: string; paragraphs: string[]; ownWords: boolean; ownWordsLabel: string },
  readings: number,
  width: number,
): number {
  const paragraphWidth = row.ownWords ? width - OWN_WORDS_INSET : width;
  let height = row.lead.trim() === '' ? 0 : textHeight(row.lead, body(width)) + PARAGRAPH_GAP;
  if (row.ownWords) height += textHeight(row.ownWordsLabel, { ...SMALL, width: paragraphWidth }) + 4;
  for (const paragraph of row.paragraphs) {
    height += textHeight(paragraph, body(paragraphWidth)) + PARAGRAPH_GAP;
  }
  return height + readings;
}

/** The most a scale reading takes: its label, then a bar for now and for the goal. */
function readingHeight(label: string, bars: string[], width: number): number {
  let height = label.trim() === '' ? 0 : 8 + textHeight(label, { ...SMALL, width });
  for (const bar of bars)
    height +=
      SCALE_BAR.boxes + textHeight(bar, { fontSize: SCALE_BAR.size, lineHeight: SCALE_BAR.line, width });
  return height;
}

const BLOCK_CHARACTERS = 1500;
const BLOCK_LINES = 20;

/**
 * Splits very long text into blocks of whole lines, one <Text hyphenationCallback={breakLongWords}> each. The page looks the same,
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
        <Text hyphenationCallback={breakLongWords} style={styles.footer}>
          {toPdfText(fill(template, { page: pageNumber, total: totalPages }))}
        </Text>
      </>
    );
  };
}

/** The most a heading takes, its words beside its picture (see `Heading`). */
function headingHeight(text: string, first: boolean, fit: PageFit): number {
  const besidePicture = fit.width - PICTURE - HEADING.gap;
  const words = textHeight(text, { fontSize: HEADING.size, lineHeight: HEADING.line, width: besidePicture });
  return Math.max(PICTURE, words) + HEADING.below + (first ? 0 : HEADING.later);
}

function Heading({
  picture,
  text,
  bookmark,
  first = true,
  fit,
}: {
  picture: string;
  text: string;
  bookmark?: string;
  first?: boolean;
  fit: PageFit;
}): ReactElement {
  // react-pdf draws a bookmark for any element, though its types list it only on <Page>.
  const bookmarkProps = bookmark === undefined ? {} : { bookmark: { title: bookmark, fit: true } };
  const keep = headingHeight(text, first, fit) <= fit.keepLimit;
  return (
    <View
      style={[styles.heading, first ? {} : styles.laterHeading, keep ? {} : styles.longHeading]}
      minPresenceAhead={110}
      wrap={!keep}
      {...bookmarkProps}
    >
      <View style={styles.picture}>
        <PictureSvg picture={picture} />
      </View>
      <Text
        hyphenationCallback={breakLongWords}
        style={[styles.headingText, keep ? styles.headingTextBeside : styles.longHeadingText]}
      >
        {text}
      </Text>
    </View>
  );
}

function Row({
  row,
  document,
  t,
  first,
  fit,
}: {
  row: EasyReadRow;
  document: EasyReadDocument;
  t: TranslateFn;
  /** The first row under its heading, which already leaves space below it. */
  first: boolean;
  fit: PageFit;
}): ReactElement {
  const sentences = row.sentences.map((sentence) => toPdfText(sentence)).filter((s) => s.trim() !== '');
  const lead = row.lead === undefined ? '' : toPdfText(row.lead);
  const ownWordsLabel = toPdfText(document.labels.ownWords);
  // The person's own words are one quotation, however many sentences they wrote.
  const paragraphs =
    row.ownWords && sentences.length > 0
      ? [toPdfText(t('pdf.ownWordsQuote', { text: sentences.join(' ') }))]
      : sentences;
  const readings = (row.scale ?? []).map((reading) => {
    const label = toPdfText(reading.label);
    const bar = (name: string, value: number | undefined) =>
      value === undefined
        ? undefined
        : { value, text: toPdfText(t('pdf.scaleReading', { label: name, value })) };
    const bars = [bar(document.labels.scaleNow, reading.now), bar(document.labels.scaleGoal, reading.goal)];
    return { label, bars: bars.filter((item) => item !== undefined) };
  });
  // Beside its picture if the whole row surely fits well on a page, so it is kept whole; else
  // the picture above the words, which flow on over pages (FlowingRow). react-pdf could not split
  // a side-by-side row holding several very long texts, and cut the words off.
  const besidePicture = fit.width - PICTURE - PICTURE_GAP;
  const readingsBeside = readings.reduce(
    (sum, reading) =>
      sum +
      readingHeight(
        reading.label,
        reading.bars.map((item) => item.text),
        besidePicture,
      ),
    0,
  );
  const wordsBeside = rowTextHeight(
    { lead, paragraphs, ownWords: row.ownWords === true, ownWordsLabel },
    readingsBeside,
    besidePicture,
  );
  const keep = (first ? 0 : ROW_GAP) + Math.max(PICTURE, wordsBeside) <= fit.keepLimit;
  if (!keep) {
    return (
      <FlowingRow
        picture={row.picture}
        lead={lead}
        paragraphs={paragraphs}
        ownWordsLabel={row.ownWords ? ownWordsLabel : undefined}
        readings={readings}
        first={first}
        introducesNext={introducesNext(row)}
      />
    );
  }
  const text = (
    <>
      {paragraphs.map((paragraph, index) => (
        <View key={index} style={styles.sentence}>
          {toTextBlocks(paragraph).map((block, blockIndex) => (
            <Text hyphenationCallback={breakLongWords} key={blockIndex} style={styles.text}>
              {block}
            </Text>
          ))}
        </View>
      ))}
    </>
  );
  return (
    <View
      style={[styles.row, first ? {} : styles.spaceAbove]}
      wrap={false}
      minPresenceAhead={introducesNext(row) ? 80 : 0}
    >
      <View style={styles.picture}>
        <PictureSvg picture={row.picture} />
      </View>
      <View style={styles.rowText}>
        {lead.trim() !== '' && (
          // The plan's words introducing the row, so outside the own-words mark.
          <View style={styles.lead}>
            {toTextBlocks(lead).map((block, blockIndex) => (
              <Text hyphenationCallback={breakLongWords} key={blockIndex} style={styles.text}>
                {block}
              </Text>
            ))}
          </View>
        )}
        {row.ownWords ? (
          <View style={styles.ownWords}>
            <Text hyphenationCallback={breakLongWords} style={styles.ownWordsLabel}>
              {ownWordsLabel}
            </Text>
            {text}
          </View>
        ) : (
          text
        )}
        {readings.map((reading, index) => (
          <View key={index}>
            {reading.label.trim() !== '' && (
              <Text hyphenationCallback={breakLongWords} style={styles.scaleLabel}>
                {reading.label}
              </Text>
            )}
            {reading.bars.map((item, barIndex) => (
              <ScaleBar key={barIndex} value={item.value} text={item.text} />
            ))}
          </View>
        ))}
      </View>
    </View>
  );
}

interface Reading {
  label: string;
  bars: { value: number; text: string }[];
}

/**
 * A row that may run over pages: its picture, then its words at the full width, each block of
 * text a sibling in the page's flow rather than nested in the row. react-pdf treats a box whose
 * children seem to overlap as one unbreakable piece, and past about 8 000 points down a box its
 * rounding makes neighbours seem to overlap by a thousandth of a point: a row tens of pages long
 * was drawn as one piece and cut off after the first page. Siblings in the flow are never
 * judged so, and every box here holds one text at most, at its end.
 */
function FlowingRow({
  picture,
  lead,
  paragraphs,
  ownWordsLabel,
  readings,
  first,
  introducesNext: introduces,
}: {
  picture: string;
  lead: string;
  paragraphs: string[];
  /** Set when the paragraphs are the person's own words. */
  ownWordsLabel: string | undefined;
  readings: Reading[];
  first: boolean;
  introducesNext: boolean;
}): ReactElement {
  const ownWords = ownWordsLabel !== undefined;
  const leadBlocks = lead.trim() === '' ? [] : toTextBlocks(lead);
  return (
    <>
      {/* Unbreakable, so the window after it keeps the first lines of words on its page. */}
      <View
        style={[styles.picture, styles.flowingPicture, first ? {} : styles.spaceAbove]}
        wrap={false}
        minPresenceAhead={PICTURE_ABOVE_GAP + 2 * BODY_SIZE * BODY_LINE}
      >
        <PictureSvg picture={picture} />
      </View>
      {leadBlocks.map((block, index) => (
        <Text
          hyphenationCallback={breakLongWords}
          key={`lead-${index}`}
          style={index === leadBlocks.length - 1 ? [styles.text, styles.lead] : styles.text}
        >
          {block}
        </Text>
      ))}
      {ownWords ? (
        <View style={styles.ownWords} wrap={false}>
          <Text hyphenationCallback={breakLongWords} style={styles.ownWordsLabel}>
            {ownWordsLabel}
          </Text>
        </View>
      ) : null}
      {paragraphs.flatMap((paragraph, paragraphIndex) => {
        const blocks = toTextBlocks(paragraph);
        return blocks.map((block, index) => {
          const key = `text-${paragraphIndex}-${index}`;
          const last = index === blocks.length - 1;
          // The own-words mark is a border on each block; padding, not margin, keeps it unbroken.
          return ownWords ? (
            <View key={key} style={last ? [styles.ownWords, styles.paragraphEnd] : styles.ownWords}>
              <Text hyphenationCallback={breakLongWords} style={styles.text}>
                {block}
              </Text>
            </View>
          ) : (
            <Text
              hyphenationCallback={breakLongWords}
              key={key}
              style={last ? [styles.text, styles.sentence] : styles.text}
            >
              {block}
            </Text>
          );
        });
      })}
      {readings.flatMap((reading, readingIndex) => [
        reading.label.trim() === '' ? null : (
          <Text
            hyphenationCallback={breakLongWords}
            key={`label-${readingIndex}`}
            style={styles.scaleLabel}
            minPresenceAhead={SCALE_BAR.boxes + 2 * SCALE_BAR.size}
          >
            {reading.label}
          </Text>
        ),
        ...reading.bars.map((bar, barIndex) => (
          <ScaleBar key={`bar-${readingIndex}-${barIndex}`} value={bar.value} text={bar.text} />
        )),
      ])}
      {introduces ? <View minPresenceAhead={80} /> : null}
    </>
  );
}

function Section({
  section,
  document,
  first,
  t,
  fit,
}: {
  section: EasyReadSection;
  document: EasyReadDocument;
  first: boolean;
  t: TranslateFn;
  fit: PageFit;
}): ReactElement {
  const heading = toPdfText(section.heading);
  return (
    <>
      <Heading picture={section.picture} text={heading} bookmark={heading} first={first} fit={fit} />
      {section.rows.map((row, index) => (
        <Row key={index} row={row} document={document} t={t} first={index === 0} fit={fit} />
      ))}
    </>
  );
}

function ContactCard({
  contact,
  phoneLabel,
  fit,
}: {
  contact: EasyReadContact;
  phoneLabel: string;
  fit: PageFit;
}): ReactElement {
  const name = toPdfText(contact.name);
  const role = contact.role ? toPdfText(contact.role) : '';
  const phone = contact.phone ? toPdfText(`${phoneLabel}: ${contact.phone}`) : '';
  const when = contact.when ? toPdfText(contact.when) : '';
  const height =
    textHeight(name, { fontSize: CONTACT.name, lineHeight: CONTACT.nameLine, width: fit.width }) +
    (role ? textHeight(role, body(fit.width)) : 0) +
    (phone
      ? CONTACT.phoneGap +
        textHeight(phone, { fontSize: CONTACT.phone, lineHeight: CONTACT.phoneLine, width: fit.width })
      : 0) +
    (when ? textHeight(when, body(fit.width)) : 0) +
    CONTACT.edges;
  const lines = [
    <Text hyphenationCallback={breakLongWords} key="name" style={styles.contactName}>
      {name}
    </Text>,
    role ? (
      <Text hyphenationCallback={breakLongWords} key="role" style={styles.text}>
        {role}
      </Text>
    ) : null,
    phone ? (
      <Text hyphenationCallback={breakLongWords} key="phone" style={styles.contactPhone}>
        {phone}
      </Text>
    ) : null,
    when ? (
      <Text hyphenationCallback={breakLongWords} key="when" style={styles.text}>
        {when}
      </Text>
    ) : null,
  ].filter((line) => line !== null);
  if (height <= fit.keepLimit) {
    return (
      <View style={styles.contact} wrap={false}>
        {lines}
      </View>
    );
  }
  // Too long to keep whole: siblings in the page's flow, as in FlowingRow; the last one carries
  // the card's rule below it.
  return (
    <>
      {lines.slice(0, -1)}
      <View style={styles.contact}>{lines.at(-1)}</View>
    </>
  );
}

/** When the plan will be checked: a heading and a sentence, kept together if they fit well. */
function ReviewBlock({
  heading,
  sentence,
  fit,
}: {
  heading: string;
  sentence: string;
  fit: PageFit;
}): ReactElement {
  const height = headingHeight(heading, true, fit) + textHeight(sentence, body(fit.width));
  const parts = [
    <Heading key="heading" picture="review" text={heading} fit={fit} />,
    <Text hyphenationCallback={breakLongWords} key="sentence" style={styles.text}>
      {sentence}
    </Text>,
  ];
  // Too long to keep whole: siblings in the page's flow (see FlowingRow).
  return height <= fit.keepLimit ? <View wrap={false}>{parts}</View> : <>{parts}</>;
}

function GlossaryEntry({
  word,
  meaning,
  first,
  fit,
}: {
  word: string;
  meaning: string;
  first: boolean;
  fit: PageFit;
}): ReactElement {
  const drawnWord = toPdfText(word);
  const drawnMeaning = toPdfText(meaning);
  const height =
    (first ? 0 : ROW_GAP) +
    textHeight(drawnWord, {
      fontSize: GLOSSARY_WORD.size,
      lineHeight: GLOSSARY_WORD.line,
      width: fit.width,
    }) +
    textHeight(drawnMeaning, body(fit.width));
  if (height <= fit.keepLimit) {
    return (
      <View style={first ? {} : styles.spaceAbove} wrap={false}>
        <Text hyphenationCallback={breakLongWords} style={styles.glossaryWord}>
          {drawnWord}
        </Text>
        <Text hyphenationCallback={breakLongWords} style={styles.text}>
          {drawnMeaning}
        </Text>
      </View>
    );
  }
  // Too long to keep whole: siblings in the page's flow (see FlowingRow).
  return (
    <>
      <Text
        hyphenationCallback={breakLongWords}
        style={first ? styles.glossaryWord : [styles.glossaryWord, styles.spaceAbove]}
      >
        {drawnWord}
      </Text>
      <Text hyphenationCallback={breakLongWords} style={styles.text}>
        {drawnMeaning}
      </Text>
    </>
  );
}

/** The cover: a picture or photo, then whose plan it is, centred on the page when it fits. */
function Cover({
  document,
  photo,
  t,
  coverNote,
  fit,
}: {
  document: EasyReadDocument;
  photo: string | undefined;
  t: TranslateFn;
  coverNote: string | undefined;
  fit: PageFit;
}): ReactElement {
  const texts: [string, keyof typeof styles, TextSetting][] = [
    [toPdfText(t('pdf.coverTag')), 'coverTag', { ...COVER.tag, width: fit.width }],
    [toPdfText(document.personName), 'coverName', { ...COVER.name, width: fit.width }],
    [toPdfText(document.title), 'coverTitle', { ...COVER.title, width: fit.width }],
    [toPdfText(document.subtitle), 'coverSubtitle', { ...COVER.subtitle, width: fit.width }],
  ];
  // The note is inset by its padding and border.
  if (coverNote) texts.push([toPdfText(coverNote), 'coverNote', { ...COVER.note, width: fit.width - 28 }]);
  // Each text's margins (at most 16 + 12 for the note's padding) and the picture with its space.
  const height =
    texts.reduce((sum, [text, , setting]) => sum + textHeight(text, setting) + 40, 0) + (photo ? 198 : 148);
  const parts = [
    photo ? (
      <Image key="photo" src={photo} style={styles.photo} />
    ) : (
      <View key="picture" style={styles.coverPicture}>
        <PictureSvg picture="me" size={120} />
      </View>
    ),
    ...texts.map(([text, style]) => (
      <Text hyphenationCallback={breakLongWords} key={style} style={styles[style]}>
        {text}
      </Text>
    )),
  ];
  // A cover longer than its page (a name thousands of characters long) flows on over pages as
  // siblings, since react-pdf may take a tall box for one unbreakable piece (see FlowingRow).
  return height <= fit.room ? <View style={styles.cover}>{parts}</View> : <>{parts}</>;
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
  const fit = pageFit(paper, document.labels.pageOf);
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
        <Cover document={document} photo={photo} t={t} coverNote={coverNote} fit={fit} />
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
              fit={fit}
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
              <Heading picture="phone" text={contactsHeading} fit={fit} />
              {document.contacts.map((contact, index) => (
                <ContactCard key={index} contact={contact} phoneLabel={document.labels.phone} fit={fit} />
              ))}
            </>
          )}
          {reviewSentence ? (
            <ReviewBlock heading={reviewHeading} sentence={toPdfText(reviewSentence)} fit={fit} />
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
          <Heading picture="information" text={toPdfText(document.glossaryHeading)} fit={fit} />
          {document.glossary.map((entry, index) => (
            <GlossaryEntry
              key={index}
              word={entry.word}
              meaning={entry.meaning}
              first={index === 0}
              fit={fit}
            />
          ))}
        </Page>
      )}
    </Document>
  );
}
