import type { GlossaryKey, JargonTable } from './jargonTable.js';
import { jargonTable as englishTable } from './jargonTable.js';
import { findNumberWords } from './numberWords.js';
import { jargonTableFor } from './registerJargonTable.js';
import { sentenceSpans, wordSpans } from './textSpans.js';
import type { TranslateFn } from './translate.js';

/** What kind of easy-read problem a finding is. */
export type EasyReadFindingKind =
  'long-sentence' | 'jargon' | 'acronym' | 'number-as-word' | 'long-word' | 'all-caps';

/** One place in a text that is hard to read, with a message key and a plain alternative. */
export interface EasyReadFinding {
  kind: EasyReadFindingKind;
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The text found (shortened with "…" past 80 characters). */
  excerpt: string;
  /** i18n key of the message, under `easyRead.check.*`. */
  messageKey: string;
  params: Record<string, string | number>;
  /** The plain alternative: plain words, the digits, the acronym spelled out. */
  plain?: string;
  /** The `glossary.*` entry for a hard word, so the glossary can explain it. */
  glossaryKey?: GlossaryKey;
}

/** Options for `checkEasyRead`. */
export interface CheckEasyReadOptions {
  /** Language of the text (`en`, `cy`, or any BCP 47 tag; unknown languages get the checks that do not need word lists). */
  locale: string;
  /** Translator for plain alternatives, so a host's own glossary wording is used. Default: the built-in words. */
  t?: TranslateFn;
  /** Longest sentence, in words, before it is flagged. @default 15 */
  maxSentenceWords?: number;
  /** Names of people and places in the text, never flagged as long words or capitals. */
  names?: readonly string[];
  /**
   * The language's word lists. Default: the table registered for its base language
   * (`registerJargonTable`; English is built in, Welsh comes with `@wholepicture/core/locales/cy`).
   */
  jargon?: JargonTable;
}

const MAX_EXCERPT = 80;

// Counted in letters, with Welsh digraphs (ch, dd, ff, ng, ll, ph, rh, th) as one letter each,
// as Welsh readers count them.
const maxWordLetters: Record<string, number> = { en: 12, cy: 12 };
const plainLongWords: Record<string, ReadonlySet<string>> = {
  en: new Set(['understanding', 'grandchildren', 'granddaughter', 'neighbourhood', 'relationships']),
  cy: new Set(['penderfyniadau', 'llongyfarchiadau', 'gwerthfawrogi']),
};
// Words written in capitals to shout; a single one is flagged as capitals, not as an acronym.
const shoutWords = new Set([
  'NOT',
  'NEVER',
  'ALWAYS',
  'MUST',
  'DO',
  "DON'T",
  'DONT',
  'PLEASE',
  'NO',
  'YES',
  'STOP',
  'HELP',
  'ONLY',
  'ALL',
  'NOW',
  'VERY',
  'PEIDIWCH',
  'BYTH',
  'WASTAD',
  'RHAID',
  'OS',
  'GWELWCH',
  'NA',
  'IE',
  'NAGE',
]);

function baseLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? '';
}

function clip(text: string): string {
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1)}…` : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface JargonMatcher {
  pattern: RegExp;
  keyOf: Map<string, GlossaryKey>;
  acronyms: Map<string, GlossaryKey>;
}

const matchers = new WeakMap<JargonTable, JargonMatcher>();

function jargonMatcher(table: JargonTable): JargonMatcher {
  const cached = matchers.get(table);
  if (cached) return cached;
  const keyOf = new Map<string, GlossaryKey>();
  const acronyms = new Map<string, GlossaryKey>();
  for (const term of table.terms) {
    for (const raw of term.forms) {
      if (/\p{Lu}.*\p{Lu}/u.test(raw) && !raw.includes(' ')) {
        acronyms.set(raw, term.key);
        continue;
      }
      const form = raw.toLowerCase().replace(/’/g, "'");
      for (const variant of table.inflect(form)) if (!keyOf.has(variant)) keyOf.set(variant, term.key);
    }
  }
  const alternatives = [...keyOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
    'giu',
  );
  const matcher = { pattern, keyOf, acronyms };
  matchers.set(table, matcher);
  return matcher;
}

function countLetters(word: string, lang: string): number {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (lang !== 'cy') return letters.length;
  return letters.toLowerCase().replace(/ch|dd|ff|ng|ll|ph|rh|th/g, '#').length;
}

function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

function isAcronymShaped(word: string): boolean {
  const upper = (word.match(/\p{Lu}/gu) ?? []).length;
  const lower = (word.match(/\p{Ll}/gu) ?? []).length;
  return /^\p{Lu}/u.test(word) && upper >= 2 && upper >= lower && !/\p{N}{2,}/u.test(word);
}

interface Span {
  start: number;
  end: number;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `span` overlaps any of `sorted` (sorted by start, not overlapping each other): a binary search. */
function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  let low = 0;
  let high = sorted.length;
  // The first span ending after `span` starts is the only candidate.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.end <= span.start) low = mid + 1;
    else high = mid;
  }
  const candidate = sorted[low];
  return candidate !== undefined && overlaps(candidate, span);
}

const isEmailLocalChar = (c: string) => /[\w.+-]/.test(c);
const isDomainChar = (c: string) => /[\w-]/.test(c);

/**
 * Web and email addresses, in order. Emails are found from each `@` outwards, so a long run of
 * letters with no `@` costs one pass (the regex `[\w.+-]+@…` backtracked quadratically on it).
 */
function addressSpans(text: string): Span[] {
  const spans: Span[] = [];
  const web = [...text.matchAll(/(?:https?:\/\/|www\.)\S+/giu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at < lastEnd) continue;
    let start = at;
    while (start > lastEnd && isEmailLocalChar(text[start - 1]!)) start--;
    if (start === at) continue;
    // The domain: labels of [\w-] joined by single dots, at least two labels.
    let end = at + 1;
    let labels = 0;
    let domainEnd = -1;
    while (end < text.length && isDomainChar(text[end]!)) {
      while (end < text.length && isDomainChar(text[end]!)) end++;
      labels++;
      if (labels >= 2) domainEnd = end;
      if (text[end] !== '.' || !isDomainChar(text[end + 1] ?? '')) break;
      end++;
    }
    if (domainEnd === -1) continue;
    spans.push({ start, end: domainEnd });
    lastEnd = domainEnd;
  }
  // Web addresses first where both start at once; a web address swallows emails inside it.
  const all = [...web, ...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of all) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Checks a text against easy-read guidance: sentences over 15 words, hard words (with plain
 * alternatives from the glossary), acronyms, numbers written as words, very long words and
 * runs of capitals. English and Welsh have word lists; other languages get the checks that
 * need none. Findings are sorted by position; the text is only read, never changed.
 */
export function checkEasyRead(text: string, options: CheckEasyReadOptions): EasyReadFinding[] {
  const lang = baseLanguage(options.locale);
  const table = options.jargon ?? jargonTableFor(lang);
  const maxWords = options.maxSentenceWords ?? 15;
  const findings: EasyReadFinding[] = [];
  const plainOf = (key: GlossaryKey): string | undefined => {
    if (options.t) {
      const value = options.t(`glossary.${key}.plain`);
      if (value && value !== `glossary.${key}.plain`) return value;
    }
    return (table ?? englishTable).glossary[key]?.plain;
  };

  // Web and email addresses are not words to simplify.
  const addresses = addressSpans(text);
  const inAddress = (span: { start: number; end: number }) => overlapsAny(addresses, span);

  for (const sentence of sentenceSpans(text)) {
    const words = wordSpans(text, sentence.start, sentence.end).length;
    if (words > maxWords) {
      findings.push({
        kind: 'long-sentence',
        start: sentence.start,
        end: sentence.end,
        excerpt: clip(sentence.text),
        messageKey: 'easyRead.check.longSentence',
        params: { words, max: maxWords },
      });
    }
  }

  const matcher = table ? jargonMatcher(table) : null;
  const jargonSpans: { start: number; end: number }[] = [];
  if (matcher) {
    const lowered = text.replace(/’/g, "'");
    matcher.pattern.lastIndex = 0;
    for (const m of lowered.matchAll(matcher.pattern)) {
      const key = matcher.keyOf.get(m[0].toLowerCase());
      const span = { start: m.index, end: m.index + m[0].length };
      if (!key || inAddress(span)) continue;
      const word = text.slice(span.start, span.end);
      const plain = plainOf(key);
      jargonSpans.push(span);
      findings.push({
        kind: 'jargon',
        ...span,
        excerpt: clip(word),
        messageKey: 'easyRead.check.jargon',
        params: { word, plain: plain ?? '' },
        ...(plain !== undefined ? { plain } : {}),
        glossaryKey: key,
      });
    }
  }

  const names = new Set((options.names ?? []).flatMap((n) => n.toLowerCase().split(/\s+/)).filter(Boolean));
  const wellKnown = (table ?? englishTable).wellKnownAcronyms;
  const allWords = wordSpans(text).filter((w) => !inAddress(w));

  // Runs of words in capitals: two or more shouted words, or one shouted word on its own.
  const capsWords = new Set<number>();
  let i = 0;
  while (i < allWords.length) {
    if (!isAllCaps(allWords[i]!.text) || /^\p{N}/u.test(allWords[i]!.text)) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < allWords.length &&
      isAllCaps(allWords[j + 1]!.text) &&
      !/[\p{Ll}\n.!?]/u.test(text.slice(allWords[j]!.end, allWords[j + 1]!.start))
    ) {
      j++;
    }
    const run = allWords.slice(i, j + 1);
    const known = (w: string) =>
      wellKnown.has(w) ||
      matcher?.acronyms.has(w) ||
      matcher?.acronyms.has(w.replace(/s$/, '')) ||
      names.has(w.toLowerCase());
    const letters = run.reduce((n, w) => n + countLetters(w.text, lang), 0);
    const shouting =
      (run.length >= 2 && letters >= 4 && run.some((w) => w.text.length >= 2 && !known(w.text))) ||
      (run.length === 1 &&
        !known(run[0]!.text) &&
        (shoutWords.has(run[0]!.text.replace(/’/g, "'")) || countLetters(run[0]!.text, lang) >= 6));
    if (shouting) {
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      const excerpt = text.slice(start, end);
      const plain = excerpt.toLowerCase();
      findings.push({
        kind: 'all-caps',
        start,
        end,
        excerpt: clip(excerpt),
        messageKey: 'easyRead.check.allCaps',
        params: { excerpt: clip(excerpt), plain: clip(plain) },
        plain,
      });
      for (let k = i; k <= j; k++) capsWords.add(k);
    }
    i = j + 1;
  }

  allWords.forEach((word, index) => {
    if (capsWords.has(index) || overlapsAny(jargonSpans, word)) return;
    const token = word.text.replace(/['’]s$/, '');
    if (isAcronymShaped(token) && !wellKnown.has(token) && !names.has(token.toLowerCase())) {
      const key = matcher?.acronyms.get(token) ?? matcher?.acronyms.get(token.replace(/s$/, ''));
      const plain = key ? plainOf(key) : undefined;
      findings.push({
        kind: 'acronym',
        start: word.start,
        end: word.start + token.length,
        excerpt: clip(token),
        messageKey: plain ? 'easyRead.check.acronym' : 'easyRead.check.acronymUnknown',
        params: plain ? { word: token, plain } : { word: token },
        ...(plain ? { plain } : {}),
        ...(key ? { glossaryKey: key } : {}),
      });
      return;
    }
    if (/\p{N}/u.test(word.text) || names.has(word.text.toLowerCase())) return;
    // Capitalised words inside a sentence are names; at the start of a sentence they are checked.
    const atSentenceStart = /(^|[.!?…]\s+|\n\s*)$/u.test(text.slice(Math.max(0, word.start - 4), word.start));
    if (/^\p{Lu}/u.test(word.text) && !atSentenceStart) return;
    const limit = maxWordLetters[lang] ?? 12;
    const plainLong = plainLongWords[lang];
    for (const part of wordSpans(word.text).flatMap((w) => w.text.split('-'))) {
      const letters = countLetters(part, lang);
      if (letters > limit && !plainLong?.has(part.toLowerCase())) {
        findings.push({
          kind: 'long-word',
          start: word.start,
          end: word.end,
          excerpt: clip(word.text),
          messageKey: 'easyRead.check.longWord',
          params: { word: word.text, letters },
        });
        break;
      }
    }
  });

  for (const number of findNumberWords(text, lang)) {
    if (inAddress(number)) continue;
    const plain = String(number.value);
    findings.push({
      kind: 'number-as-word',
      start: number.start,
      end: number.end,
      excerpt: clip(number.text),
      messageKey: 'easyRead.check.numberAsWord',
      params: { word: number.text, digits: plain },
      plain,
    });
  }

  const order: EasyReadFindingKind[] = [
    'long-sentence',
    'jargon',
    'acronym',
    'number-as-word',
    'long-word',
    'all-caps',
  ];
  return findings.sort((a, b) => a.start - b.start || order.indexOf(a.kind) - order.indexOf(b.kind));
}
