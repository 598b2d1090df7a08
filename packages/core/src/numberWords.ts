import { wordSpans } from './textSpans.js';

/** A number written in words, found in a text, and its value in digits. */
export interface NumberWordSpan {
  start: number;
  end: number;
  text: string;
  value: number;
}

type Part = { value: number; kind: 'unit' | 'ten' | 'hundred' | 'scale' | 'and' };

const englishUnits = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const englishTens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const english = new Map<string, Part>([
  ...englishUnits.map((word, value): [string, Part] => [word, { value, kind: 'unit' }]),
  ...englishTens.map((word, i): [string, Part] => [word, { value: (i + 2) * 10, kind: 'unit' }]),
  ['hundred', { value: 100, kind: 'hundred' }],
  ['thousand', { value: 1000, kind: 'scale' }],
  ['million', { value: 1_000_000, kind: 'scale' }],
  ['and', { value: 0, kind: 'and' }],
]);

// Welsh numbers with their initial mutations (soft after "dau"/"y", aspirate after "a"/"tri",
// h- after "ar"), both the decimal ("dau ddeg pump") and traditional ("pump ar hugain") systems.
const welshEntries: [number, Part['kind'], string[]][] = [
  [1, 'unit', ['un']],
  [2, 'unit', ['dau', 'ddau', 'dwy', 'ddwy']],
  [3, 'unit', ['tri', 'dri', 'thri', 'tair', 'dair', 'thair']],
  [4, 'unit', ['pedwar', 'bedwar', 'phedwar', 'pedair', 'bedair', 'phedair']],
  [5, 'unit', ['pump', 'bump', 'phump', 'pum', 'bum', 'phum']],
  [6, 'unit', ['chwech', 'chwe']],
  [7, 'unit', ['saith']],
  [8, 'unit', ['wyth']],
  [9, 'unit', ['naw']],
  [10, 'ten', ['deg', 'ddeg', 'deng']],
  [12, 'unit', ['deuddeg', 'ddeuddeg', 'deuddeng']],
  [15, 'unit', ['pymtheg', 'bymtheg', 'pymtheng', 'phymtheg']],
  [18, 'unit', ['deunaw', 'ddeunaw']],
  [20, 'unit', ['ugain', 'hugain']],
  [40, 'unit', ['deugain', 'ddeugain']],
  [60, 'unit', ['trigain', 'drigain']],
  [0.5, 'unit', ['hanner']],
  [100, 'hundred', ['cant', 'gant', 'chant']],
  [1000, 'scale', ['mil', 'fil']],
  [1_000_000, 'scale', ['miliwn', 'filiwn']],
  [0, 'and', ['ar']],
];
const welsh = new Map<string, Part>(
  welshEntries.flatMap(([value, kind, words]) => words.map((w): [string, Part] => [w, { value, kind }])),
);

const tables: Record<string, Map<string, Part>> = { en: english, cy: welsh };

// Words that are numbers but also everyday words ("no one", "the same one", "yr un", "ei hun",
// "yn deg" = fairly): only flagged inside a longer number such as "one hundred".
const ambiguousAlone: Record<string, ReadonlySet<string>> = {
  en: new Set(['one']),
  cy: new Set(['un', 'hanner', 'gant', 'chant', 'fil', 'filiwn']),
};

/** Whether `next` can follow `prev` inside one number ("twenty one" can, "two three" cannot). */
function canFollow(prev: Part, next: Part, lang: string): boolean {
  switch (prev.kind) {
    case 'and':
      return next.kind === 'unit' || next.kind === 'ten';
    case 'unit':
      if (prev.value === 0.5) return next.kind === 'hundred';
      if (next.kind === 'hundred' || next.kind === 'scale') return true;
      if (lang === 'cy') return (next.kind === 'ten' || next.kind === 'and') && prev.value < 10;
      return next.kind === 'unit' && prev.value >= 20 && prev.value % 10 === 0 && next.value < 10;
    case 'ten':
      return next.kind === 'unit' && next.value < 10;
    case 'hundred':
      return (
        next.kind === 'unit' ||
        next.kind === 'ten' ||
        next.kind === 'scale' ||
        (next.kind === 'and' && lang === 'en')
      );
    case 'scale':
      return next.kind === 'unit' || next.kind === 'ten' || (next.kind === 'and' && lang === 'en');
  }
}

function valueOf(parts: Part[], lang: string): number | undefined {
  let total = 0;
  let current = 0;
  let base = 0;
  let lastUnit: number | undefined;
  let afterAr = false;
  for (const part of parts) {
    if (part.kind === 'and') {
      afterAr = lang === 'cy';
      continue;
    }
    if (part.kind === 'unit') {
      base = current;
      current += part.value;
      lastUnit = afterAr ? undefined : part.value;
    } else if (part.kind === 'ten') {
      // "dau ddeg" is 2 × 10; "un ar ddeg" and a lone "deg" are + 10.
      if (lastUnit !== undefined && !afterAr) current = base + lastUnit * 10;
      else current += 10;
      lastUnit = undefined;
    } else if (part.kind === 'hundred') {
      current = (current || 1) * 100;
      lastUnit = undefined;
    } else {
      total += (current || 1) * part.value;
      current = 0;
      lastUnit = undefined;
    }
    afterAr = false;
  }
  const value = total + current;
  return Number.isFinite(value) && Number.isInteger(value) ? value : undefined;
}

/**
 * Numbers written as words ("twenty-one", "dau ddeg pump", "pymtheg") in `text`, for languages
 * we know (`en`, `cy`), each with its value, so a checker can suggest digits as easy-read asks.
 */
export function findNumberWords(text: string, lang: string): NumberWordSpan[] {
  const table = tables[lang];
  if (!table) return [];
  const ambiguous = ambiguousAlone[lang] ?? new Set<string>();
  const found: NumberWordSpan[] = [];
  const words = wordSpans(text);
  const partsOf = (word: string): Part[] | undefined => {
    const pieces = word.toLowerCase().replace(/’/g, "'").split('-');
    const parts: Part[] = [];
    for (const piece of pieces) {
      const part = table.get(piece);
      if (!part) return undefined;
      parts.push(part);
    }
    return parts;
  };
  let i = 0;
  while (i < words.length) {
    const first = partsOf(words[i]!.text);
    if (!first || first[0]?.kind === 'and') {
      i++;
      continue;
    }
    let j = i;
    const parts = [...first];
    // Extend the run while only spaces separate number words.
    while (j + 1 < words.length) {
      const next = words[j + 1]!;
      if (!/^[ \t]+$/.test(text.slice(words[j]!.end, next.start))) break;
      const nextParts = partsOf(next.text);
      if (!nextParts || !canFollow(parts[parts.length - 1]!, nextParts[0]!, lang)) break;
      parts.push(...nextParts);
      j++;
    }
    // A run never ends on "and" / "ar".
    while (j > i && partsOf(words[j]!.text)?.every((p) => p.kind === 'and')) {
      parts.length -= 1;
      j--;
    }
    const start = words[i]!.start;
    const end = words[j]!.end;
    const runText = text.slice(start, end);
    const single = i === j && !runText.includes('-');
    const precededByYn = lang === 'cy' && /\byn\s+$/i.test(text.slice(Math.max(0, start - 4), start));
    const skip =
      (single && ambiguous.has(runText.toLowerCase())) ||
      (single && precededByYn && /^deg$/i.test(runText)) ||
      parts.every((p) => p.kind === 'and');
    const value = valueOf(parts, lang);
    if (!skip && value !== undefined) found.push({ start, end, text: runText, value });
    i = j + 1;
  }
  return found;
}
