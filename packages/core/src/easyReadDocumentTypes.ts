/**
 * A framework-free description of the easy-read plan. `buildEasyReadDocument` makes it from a
 * plan; the PDF (`@wholepicture/pdf`) and the HTML view (`<EasyReadView>` in
 * `@wholepicture/react`) both render it, so they always say the same thing.
 * All text in it is plain, already translated, and must be rendered as inert text.
 */
export interface EasyReadDocument {
  /** BCP 47 language of every text in the document, e.g. `en` or `cy`. */
  locale: string;
  /** Document title, e.g. "Sam's support plan". */
  title: string;
  /** Who the plan belongs to (also the PDF author). */
  personName: string;
  /** The person's photo as a data URL, when given. */
  photo?: string;
  /** Short line under the title on the cover, e.g. "My plan. Made on 3 March 2026." */
  subtitle: string;
  /** Sections in reading order; empty sections are left out. */
  sections: EasyReadSection[];
  /** Contacts for the "who to call" page. */
  contacts: EasyReadContact[];
  /** Heading of the "who to call" page, translated. */
  contactsHeading: string;
  /** When the plan will be reviewed, as a sentence ("We will check my plan on 1 June 2027."). */
  reviewSentence?: string;
  /** Hard words actually used in the document, with plain meanings, sorted. */
  glossary: EasyReadGlossaryEntry[];
  /** Heading of the glossary page, translated. */
  glossaryHeading: string;
  /** Labels the renderers need, already translated. */
  labels: EasyReadLabels;
}

export interface EasyReadSection {
  /** Stable id (the definition's section id or a fixed id such as `aboutMe`). */
  id: string;
  /** Heading, short and plain: "About me", "What I want to achieve". */
  heading: string;
  /** Picture key for the heading (from `@wholepicture/symbols`). */
  picture: string;
  rows: EasyReadRow[];
}

/** One idea: a picture on the left and one or two short sentences on the right. */
export interface EasyReadRow {
  /** Picture key (from `@wholepicture/symbols`). */
  picture: string;
  /**
   * A short introduction shown before the sentences, in the plan's voice, not the person's own
   * words, e.g. "A good day for me:".
   */
  lead?: string;
  /**
   * One or two short sentences, first person where it is the person's plan. The person's own
   * words (`ownWords`) may fill a row with a short paragraph, as they wrote it.
   */
  sentences: string[];
  /** True when the words are the person's own: shown in quotation marks / marked as such. */
  ownWords?: boolean;
  /** Optional 1–10 scale readings to draw (outcomes). */
  scale?: { label: string; now?: number; goal?: number }[];
}

export interface EasyReadContact {
  name: string;
  role?: string;
  phone?: string;
  when?: string;
}

export interface EasyReadGlossaryEntry {
  word: string;
  meaning: string;
}

export interface EasyReadLabels {
  /** "Page {{page}} of {{total}}" with the numbers already in place is made by the renderer from this template. */
  pageOf: string;
  /** "My own words" marker. */
  ownWords: string;
  /** "Where I am now" */
  scaleNow: string;
  /** "Where I want to be" */
  scaleGoal: string;
  /** Phone label, "Phone". */
  phone: string;
}
