/** A run of text found in a longer text: `[start, end)` offsets into the original. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.&][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of `text` with their offsets; apostrophes and hyphens stay inside words. */
export function wordSpans(text: string, from = 0, to = text.length): TextSpan[] {
  const spans: TextSpan[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null && match.index < to) {
    const end = Math.min(match.index + match[0].length, to);
    spans.push({ start: match.index, end, text: text.slice(match.index, end) });
  }
  return spans;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'e.g',
  'eg',
  'i.e',
  'ie',
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'st',
  'approx',
  'prof',
  'rev',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'h.y',
  'e.e',
]);

/**
 * The sentences of `text`: split after `.`, `!`, `?` or `…` followed by a space, and at every
 * line break (a list item or a new paragraph is a new sentence). Offsets are kept; leading and
 * trailing spaces are not part of a sentence. Pieces with no letter or digit ("!!!") are left
 * out unless `keepAll` is set, for callers that must not lose a character.
 */
export function sentenceSpans(text: string, keepAll = false): TextSpan[] {
  const spans: TextSpan[] = [];
  const boundary = /[.!?…]+["'”’)\]]*(?=\s|$)|\r?\n|\r/g;
  let start = 0;
  let match: RegExpExecArray | null;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a && (keepAll || /[\p{L}\p{N}]/u.test(text.slice(a, b))))
      spans.push({ start: a, end: b, text: text.slice(a, b) });
  };
  while ((match = boundary.exec(text)) !== null) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && match[0].length === 1) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, match.index - 12), match.index));
      const word = before?.[1]?.toLowerCase();
      if (word && (ABBREVIATIONS.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word))) continue;
    }
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return spans;
}
