import { checkEasyRead } from './checkEasyRead.js';
import { joinPath, keyPath } from './definitionSchema.js';
import type { FormDefinition, Question } from './definitionSchema.js';
import type {
  EasyReadContact,
  EasyReadDocument,
  EasyReadGlossaryEntry,
  EasyReadRow,
  EasyReadSection,
} from './easyReadDocumentTypes.js';
import type { GlossaryKey } from './jargonTable.js';
import type { Contributor, Plan, VoicedText } from './planSchema.js';
import { sentenceSpans } from './textSpans.js';
import type { TranslateFn } from './translate.js';

/** Options for `buildEasyReadDocument`. */
export interface BuildEasyReadDocumentOptions {
  /** The form definition: its pictures, life areas, ladder rungs and hidden questions. */
  definition: FormDefinition;
  /** Language of the document (BCP 47), e.g. `en` or `cy`. */
  locale: string;
  /** Translator for the `easyRead.*` and `glossary.*` keys in `locale`. */
  t: TranslateFn;
  /** When the document is made, for the cover. @default new Date() */
  now?: Date;
}

// A row holds one or two sentences; a "sentence" with no full stop for thousands of characters
// is cut at spaces into pieces no longer than this, so nothing is lost and every row fits a page.
const MAX_PIECE = 600;

// The person's own words are one voice. Cut into rows of two sentences, a quotation repeated
// its picture and "my own words" marker for every fragment ("Swimming. Chips." then "The 50
// bus. Playing FIFA with Osian.") and read as separate quotes, and the lead-in took a row of
// its own: that made ordinary plans longer than the 24 pages easy read allows. So a paragraph
// of own words stays in one row, as the person wrote it, while it is short: up to this many
// characters, about five lines in the PDF, which a reader takes in as one idea. A longer one
// is cut at sentence ends, and a blank line (a new paragraph) starts a new row. Words in the
// plan's voice keep the two-sentence rule: those we write short ourselves.
const OWN_WORDS_ROW_CHARACTERS = 200;

type Pictures = Map<string, string>;

function collectPictures(definition: FormDefinition): { pictures: Pictures; hidden: Set<string> } {
  const pictures: Pictures = new Map();
  const hidden = new Set<string>();
  const visit = (question: Question, parent: string | undefined, sectionHidden: boolean) => {
    const path = keyPath(joinPath(parent, question.path));
    if (!pictures.has(path)) pictures.set(path, question.picture);
    if (sectionHidden || question.hidden) hidden.add(path);
    for (const option of question.options ?? []) {
      if (option.picture) pictures.set(`${path}.options.${option.value}`, option.picture);
    }
    for (const item of question.itemQuestions ?? [])
      visit(item, path, sectionHidden || question.hidden === true);
    // Revealed questions carry their own full path (or one relative to the list item).
    for (const revealed of question.reveal ?? [])
      visit(revealed, parent, sectionHidden || question.hidden === true);
  };
  for (const section of definition.sections) {
    pictures.set(`section:${section.id}`, section.picture);
    for (const question of section.questions) visit(question, undefined, section.hidden === true);
  }
  for (const list of ['lifeAreas', 'ladderRungs'] as const) {
    for (const choice of definition[list]) pictures.set(`${list}:${choice.key}`, choice.picture);
  }
  return { pictures, hidden };
}

/** Sentences of a text, every character kept; over-long ones cut at spaces. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const sentence of sentenceSpans(text, true)) {
    let rest = sentence.text;
    while (rest.length > MAX_PIECE) {
      const space = rest.lastIndexOf(' ', MAX_PIECE);
      const cut = space > MAX_PIECE / 2 ? space : MAX_PIECE;
      out.push(rest.slice(0, cut).trimEnd());
      rest = rest.slice(cut).trimStart();
    }
    if (rest) out.push(rest);
  }
  return out;
}

/** Sentences in order, a new group whenever the next would take a group past `budget` characters. */
function fill(sentences: string[], budget: number): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let size = 0;
  for (const sentence of sentences) {
    if (group.length > 0 && size + 1 + sentence.length > budget) {
      groups.push(group);
      group = [];
      size = 0;
    }
    size += (group.length > 0 ? 1 : 0) + sentence.length;
    group.push(sentence);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Own words in rows: each paragraph whole while short, longer ones cut at sentence ends. */
function ownWordsGroups(text: string): string[][] {
  const groups: string[][] = [];
  for (const paragraph of text.split(/\r?\n[^\S\r\n]*\r?\n/)) {
    const sentences = pieces(paragraph);
    let best = fill(sentences, OWN_WORDS_ROW_CHARACTERS);
    // As few rows as the limit allows, but evened out: "I am worn out. I fell asleep at the
    // wheel…" / "My knees are bad… I want to look after her…", not three sentences and one.
    const total = sentences.reduce((sum, sentence) => sum + sentence.length + 1, 0);
    for (
      let budget = Math.ceil(total / best.length);
      best.length > 1 && budget < OWN_WORDS_ROW_CHARACTERS;
      budget++
    ) {
      const even = fill(sentences, budget);
      if (even.length === best.length) {
        best = even;
        break;
      }
    }
    groups.push(...best);
  }
  return groups;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Builds the easy-read plan from a plan: sections in plain first-person words, one idea per
 * row with a picture, the person's own words kept verbatim and marked, every outcome reading
 * kept and labelled by who gave it, and a glossary of the hard words actually used. Barriers
 * are left out: they are for commissioners. Text is never interpreted, only carried.
 */
export function buildEasyReadDocument(plan: Plan, options: BuildEasyReadDocumentOptions): EasyReadDocument {
  const { definition, locale, t } = options;
  const now = options.now ?? new Date();
  const { pictures, hidden } = collectPictures(definition);
  const picture = (path: string, fallback: string) => pictures.get(path) ?? fallback;
  const shown = (path: string) => !hidden.has(path);
  const has = (text: string | undefined): text is string => typeof text === 'string' && text.trim() !== '';

  const formatDate = (iso: string | undefined): string | undefined => {
    const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
    if (!match) return undefined;
    const [, year, month, day] = match;
    return t('easyRead.doc.date', {
      day: String(Number(day)),
      month: t(`easyRead.months.m${Number(month)}`),
      year: year!,
    });
  };
  const formatNumber = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);

  /**
   * Rows for one free-text entry. Own words: the lead-in as the first row's `lead`, then short
   * paragraphs (see OWN_WORDS_ROW_CHARACTERS). Other words: the lead-in, then two sentences a row.
   */
  const textRows = (voiced: VoicedText | undefined, pic: string, leadIn?: string): EasyReadRow[] => {
    if (!voiced || !has(voiced.text)) return [];
    if (voiced.voice?.ownWords) {
      return ownWordsGroups(voiced.text).map((group, index) => ({
        picture: pic,
        ...(leadIn && index === 0 ? { lead: leadIn } : {}),
        sentences: group,
        ownWords: true,
      }));
    }
    const sentences = pieces(voiced.text);
    const first = leadIn ? [leadIn, ...sentences.slice(0, 1)] : sentences.slice(0, 2);
    const rest = sentences.slice(first.length - (leadIn ? 1 : 0));
    return [
      { picture: pic, sentences: first },
      ...chunk(rest, 2).map((group) => ({ picture: pic, sentences: group })),
    ];
  };
  const entry = (path: string, voiced: VoicedText | undefined, fallback: string, leadInKey?: string) =>
    shown(path)
      ? textRows(voiced, picture(path, fallback), leadInKey ? t(`easyRead.rows.${leadInKey}`) : undefined)
      : [];

  const contributors = new Map<string, Contributor>(plan.contributors.map((c) => [c.id, c]));
  const contributorName = (id: string | undefined): string | undefined => {
    const contributor = id ? contributors.get(id) : undefined;
    if (!contributor) return undefined;
    return has(contributor.relationship)
      ? contributor.relationship.trim()
      : has(contributor.name)
        ? contributor.name.trim()
        : undefined;
  };

  const sections: EasyReadSection[] = [];
  const addSection = (id: string, pictureKey: string, rows: EasyReadRow[]) => {
    if (rows.length > 0)
      sections.push({ id, heading: t(`easyRead.sections.${id}`), picture: pictureKey, rows });
  };

  // About me
  {
    const rows: EasyReadRow[] = [];
    const name = plan.person.preferredName.trim();
    if (name && shown('person.preferredName')) {
      rows.push({
        picture: picture('person.preferredName', 'person'),
        sentences: [t('easyRead.rows.name', { name })],
      });
    }
    if (has(plan.person.pronouns) && shown('person.pronouns')) {
      rows.push({
        picture: picture('person.pronouns', 'person'),
        sentences: [t('easyRead.rows.pronouns', { pronouns: plan.person.pronouns.trim() })],
      });
    }
    const aboutMe = plan.aboutMe;
    for (const key of [
      'likeAndAdmire',
      'goodDay',
      'badDay',
      'wellness',
      'pleaseDo',
      'pleaseDont',
      'howAndWhenToSupport',
      'alsoWorthKnowing',
    ] as const) {
      rows.push(...entry(`aboutMe.${key}`, aboutMe[key], 'heart', key));
    }
    addSection('aboutMe', picture('section:aboutYou', picture('section:aboutMe', 'person')), rows);
  }

  // What matters to me
  addSection(
    'whatMatters',
    picture('aboutMe.mostImportant', 'star'),
    entry('aboutMe.mostImportant', plan.aboutMe.mostImportant, 'star', 'mostImportant'),
  );

  // How I communicate
  {
    const c = plan.communication;
    const rows: EasyReadRow[] = [
      ...entry('communication.howICommunicate', c.howICommunicate, 'talk', 'howICommunicate'),
    ];
    const languages = c.languages.map((l) => l.trim()).filter(Boolean);
    if (languages.length > 0) {
      rows.push({
        picture: picture('communication.interpreterLanguage', 'talk'),
        sentences: [t('easyRead.rows.languages', { languages: languages.join(', ') })],
      });
    }
    if (c.interpreterNeeded === true && shown('communication.interpreterNeeded')) {
      rows.push({
        picture: picture('communication.interpreterNeeded', 'ear'),
        sentences: [
          has(c.interpreterLanguage)
            ? t('easyRead.rows.interpreterLanguage', { language: c.interpreterLanguage.trim() })
            : t('easyRead.rows.interpreter'),
        ],
      });
    }
    if (shown('communication.accessibleFormats')) {
      for (const format of c.accessibleFormats) {
        const sentences = [t(`easyRead.formats.${format.kind}`)];
        if (has(format.detail))
          sentences.push(t('easyRead.rows.formatDetail', { detail: format.detail.trim() }));
        rows.push({
          picture: picture(
            `communication.accessibleFormats.options.${format.kind}`,
            picture('communication.accessibleFormats', 'eye'),
          ),
          sentences,
        });
      }
    }
    rows.push(...entry('communication.whatHelps', c.whatHelps, 'thumbs-up', 'whatHelps'));
    rows.push(...entry('communication.signsIAmUpset', c.signsIAmUpset, 'upset', 'signsIAmUpset'));
    addSection('communication', picture('section:communication', 'talk'), rows);
  }

  // The people in my life
  {
    const rows: EasyReadRow[] = [
      ...entry('aboutMe.importantPeople', plan.aboutMe.importantPeople, 'family', 'importantPeople'),
    ];
    if (shown('household')) {
      for (const member of plan.household) {
        const name = member.name.trim();
        const who = name || member.relationship.trim();
        if (!who) continue;
        // "is my Mum" reads as "is my mum"; "GP" or "CPN" keep their capitals.
        const relationship = member.relationship
          .trim()
          .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLocaleLowerCase(locale));
        const sentences = [
          name && relationship
            ? t('easyRead.rows.memberWithRelationship', { name, relationship })
            : t('easyRead.rows.member', { name: who }),
        ];
        if (member.livesWithPerson) sentences.push(t('easyRead.rows.livesWithMe'));
        else if (member.isCarer) sentences.push(t('easyRead.rows.looksAfterMe', { name: who }));
        rows.push({ picture: picture('household.name', 'person'), sentences });
        if (member.livesWithPerson && member.isCarer) {
          rows.push({
            picture: picture('household.isCarer', 'help'),
            sentences: [t('easyRead.rows.looksAfterMe', { name: who })],
          });
        }
        const lead = (key: string) => t(`easyRead.rows.${key}`, { name: who });
        for (const key of ['whatTheyDo', 'ownNeeds', 'wantsToBeToldAbout'] as const) {
          const path = `household.${key}`;
          if (shown(path)) rows.push(...textRows(member[key], picture(path, 'heart'), lead(key)));
        }
      }
    }
    addSection('people', picture('section:household', 'family'), rows);
  }

  // What I can do
  {
    const rows: EasyReadRow[] = [];
    if (shown('strengths')) {
      for (const strength of plan.strengths) {
        const whose =
          strength.whose === 'household' ? 'Household' : strength.whose === 'community' ? 'Community' : 'Me';
        const kind = strength.kind === 'could-build' ? 'CouldBuild' : 'Now';
        const pic =
          strength.kind === 'could-build'
            ? picture('strengths.kind.options.could-build', 'ladder')
            : picture('strengths.description', 'star');
        rows.push(...textRows(strength.description, pic, t(`easyRead.rows.strength${whose}${kind}`)));
        if (strength.kind === 'could-build')
          rows.push(...entry('strengths.howToBuild', strength.howToBuild, 'ladder', 'howToBuild'));
      }
    }
    addSection('strengths', picture('section:strengths', 'star'), rows);
  }

  // What I want to achieve
  {
    const rows: EasyReadRow[] = [];
    if (shown('outcomes')) {
      for (const outcome of plan.outcomes) {
        const pic = picture(`lifeAreas:${outcome.lifeArea}`, picture('outcomes.statement', 'star'));
        const scale = outcome.readings.map((reading) => {
          const person = reading.by !== 'together' ? contributors.get(reading.by) : undefined;
          let who: string;
          if (reading.by === 'together') who = t('easyRead.rows.scaleTogether');
          else if (person?.role === 'person') who = t('easyRead.rows.scaleMe');
          else {
            const name = contributorName(reading.by);
            who = name ? t('easyRead.rows.scaleOther', { name }) : t('easyRead.rows.scaleSomeone');
          }
          const date = formatDate(reading.date);
          return {
            label: date ? t('easyRead.rows.scaleDated', { who, date }) : who,
            ...(reading.now !== undefined ? { now: reading.now } : {}),
            ...(reading.goal !== undefined ? { goal: reading.goal } : {}),
          };
        });
        const statementRows = textRows(outcome.statement, pic);
        if (statementRows.length === 0 && scale.length === 0) continue;
        if (statementRows.length === 0) statementRows.push({ picture: pic, sentences: [] });
        if (scale.length > 0 && shown('outcomes.readings'))
          statementRows[statementRows.length - 1]!.scale = scale;
        rows.push(...statementRows);
      }
    }
    addSection('outcomes', picture('section:outcomes', 'star'), rows);
  }

  // Who helps me and when: right-size support first, then today's support that will change.
  {
    const rows: EasyReadRow[] = [];
    if (shown('support')) {
      const supportRows = (s: Plan['support'][number]) => {
        const pic = picture(`ladderRungs:${s.rung}`, picture('support.description', 'help'));
        const out = textRows(s.description, pic);
        const details: string[] = [];
        if (has(s.provider) && shown('support.provider'))
          details.push(t('easyRead.rows.provider', { provider: s.provider.trim() }));
        if (s.hoursPerWeek !== undefined && shown('support.hoursPerWeek')) {
          details.push(
            t('easyRead.rows.hoursPerWeek', { count: s.hoursPerWeek, hours: formatNumber(s.hoursPerWeek) }),
          );
        }
        if (details.length > 0) {
          const detailPicture =
            s.hoursPerWeek !== undefined
              ? picture('support.hoursPerWeek', 'clock')
              : picture('support.provider', 'group');
          out.push({ picture: detailPicture, sentences: details });
        }
        return out;
      };
      for (const s of plan.support.filter((s) => s.status !== 'current')) rows.push(...supportRows(s));
      const changing = plan.support.filter((s) => s.status === 'current').flatMap(supportRows);
      if (changing.length > 0) {
        rows.push(
          { picture: picture('support.status', 'ladder'), sentences: [t('easyRead.rows.changingSupport')] },
          ...changing,
        );
      }
      rows.push(...entry('rightSizeReason', plan.rightSizeReason, 'ladder', 'rightSizeReason'));
    }
    addSection('support', picture('section:support', 'ladder'), rows);
  }

  // My decisions
  {
    const rows: EasyReadRow[] = [];
    if (shown('decisions')) {
      for (const decision of plan.decisions) {
        const decisionRows = textRows(decision.decision, picture('decisions.decision', 'decision'));
        if (decisionRows.length === 0) continue;
        rows.push(...decisionRows);
        const how: string[] = [];
        if (decision.howMade === 'by-me') how.push(t('easyRead.rows.decidedByMe'));
        if (decision.howMade === 'with-support') how.push(t('easyRead.rows.decidedWithSupport'));
        if (decision.howMade === 'best-interests') how.push(t('easyRead.rows.decidedForMe'));
        if (decision.capacityAssessed === 'yes') how.push(t('easyRead.rows.capacityChecked'));
        const date = formatDate(decision.date);
        if (date && shown('decisions.date')) how.push(t('easyRead.rows.decidedOn', { date }));
        for (const group of chunk(how, 2)) {
          rows.push({
            picture: picture(
              decision.howMade ? `decisions.howMade.options.${decision.howMade}` : 'decisions.howMade',
              'decision',
            ),
            sentences: group,
          });
        }
        rows.push(...entry('decisions.disagreements', decision.disagreements, 'chat', 'disagreements'));
      }
    }
    addSection('decisions', picture('section:decisions', 'decision'), rows);
  }

  // Staying safe
  {
    const rows: EasyReadRow[] = [];
    const contactsById = new Map(plan.contacts.map((c) => [c.id, c]));
    if (shown('safety')) {
      for (const item of plan.safety) {
        rows.push(...entry('safety.whatCouldGoWrong', item.whatCouldGoWrong, 'warning', 'whatCouldGoWrong'));
        rows.push(...entry('safety.whatToDo', item.whatToDo, 'safe', 'whatToDo'));
        const names = item.contactIds
          .map((id) => contactsById.get(id)?.name.trim())
          .filter((name): name is string => !!name);
        if (names.length > 0) {
          rows.push({
            picture: picture('safety.contactIds', 'phone'),
            sentences: [t('easyRead.rows.whoToCall', { names: names.join(', ') })],
          });
        }
      }
    }
    addSection('stayingSafe', picture('section:stayingSafe', 'safe'), rows);
  }

  // Sharing my plan
  {
    const rows: EasyReadRow[] = [];
    const s = plan.sharing;
    if (s.consentGiven !== undefined && shown('sharing.consentGiven')) {
      const sentences = [t(s.consentGiven ? 'easyRead.rows.consentGiven' : 'easyRead.rows.consentRefused')];
      const by = s.agreedById ? contributors.get(s.agreedById) : undefined;
      const name = by && by.role !== 'person' ? (has(by.name) ? by.name.trim() : undefined) : undefined;
      const date = formatDate(s.agreedOn);
      if (s.consentGiven && name)
        sentences.push(
          date ? t('easyRead.rows.agreedBy', { name, date }) : t('easyRead.rows.agreedByNoDate', { name }),
        );
      else if (s.consentGiven && date) sentences.push(t('easyRead.rows.agreedOn', { date }));
      rows.push({ picture: picture('sharing.consentGiven', 'share'), sentences });
    }
    if (shown('sharing.sharedWith')) {
      for (const share of s.sharedWith) {
        if (!has(share.who)) continue;
        const sentences = [t('easyRead.rows.sharedWith', { who: share.who.trim() })];
        if (has(share.why)) sentences.push(t('easyRead.rows.sharedWhy', { why: share.why.trim() }));
        rows.push({ picture: picture('sharing.sharedWith', 'share'), sentences });
      }
    }
    addSection('sharing', picture('section:sharing', 'share'), rows);
  }

  // When we will check how it is going
  const reviewDate = shown('review.nextReviewDate') ? formatDate(plan.review.nextReviewDate) : undefined;
  const reviewSentence = reviewDate ? t('easyRead.doc.reviewSentence', { date: reviewDate }) : undefined;
  {
    const rows: EasyReadRow[] = [];
    if (reviewSentence)
      rows.push({ picture: picture('review.nextReviewDate', 'calendar'), sentences: [reviewSentence] });
    rows.push(...entry('review.howWeWillKnow', plan.review.howWeWillKnow, 'review', 'howWeWillKnow'));
    addSection('review', picture('section:review', 'review'), rows);
  }

  const contacts: EasyReadContact[] = plan.contacts
    .filter((c) => has(c.name) || has(c.phone))
    .map((c) => ({
      name: c.name.trim(),
      ...(has(c.role) ? { role: c.role.trim() } : {}),
      ...(has(c.phone) ? { phone: c.phone.trim() } : {}),
      ...(has(c.when) ? { when: c.when.trim() } : {}),
    }));

  // The glossary explains only the hard words the document actually uses.
  const keys = new Set<GlossaryKey>();
  const words = [
    ...sections.flatMap((section) =>
      section.rows.flatMap((row) => (row.lead === undefined ? row.sentences : [row.lead, ...row.sentences])),
    ),
    ...contacts.flatMap((c) => [c.role ?? '', c.when ?? '']),
  ];
  for (const sentence of words) {
    for (const finding of checkEasyRead(sentence, { locale, t })) {
      if (finding.glossaryKey) keys.add(finding.glossaryKey);
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const glossary: EasyReadGlossaryEntry[] = [...keys]
    .map((key) => {
      const word = t(`glossary.${key}.word`);
      return {
        word: word.charAt(0).toLocaleUpperCase(locale) + word.slice(1),
        meaning: t(`glossary.${key}.meaning`),
      };
    })
    .sort((a, b) => collator.compare(a.word, b.word));

  const personName = plan.person.preferredName.trim() || plan.person.fullName?.trim() || '';
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return {
    locale,
    title: personName ? t('easyRead.doc.title', { name: personName }) : t('easyRead.doc.titleNoName'),
    personName,
    ...(plan.person.photo ? { photo: plan.person.photo } : {}),
    subtitle: t('easyRead.doc.subtitle', { date: formatDate(today) ?? today }),
    sections,
    contacts,
    contactsHeading: t('easyRead.doc.contactsHeading'),
    ...(reviewSentence ? { reviewSentence } : {}),
    glossary,
    glossaryHeading: t('easyRead.doc.glossaryHeading'),
    labels: {
      // Placeholders pass through for the renderer to fill; i18next would blank missing ones.
      pageOf: t('easyRead.doc.pageOf', { page: '{{page}}', total: '{{total}}' }),
      ownWords: t('easyRead.doc.ownWords'),
      scaleNow: t('easyRead.doc.scaleNow'),
      scaleGoal: t('easyRead.doc.scaleGoal'),
      phone: t('easyRead.doc.phone'),
    },
  };
}
