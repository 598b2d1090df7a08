const softMutation: [string, string][] = [
  ['ll', 'l'],
  ['rh', 'r'],
  ['p', 'b'],
  ['t', 'd'],
  ['c', 'g'],
  ['b', 'f'],
  ['d', 'dd'],
  ['g', ''],
  ['m', 'f'],
];
const nasalMutation: [string, string][] = [
  ['p', 'mh'],
  ['t', 'nh'],
  ['c', 'ngh'],
  ['b', 'm'],
  ['d', 'n'],
  ['g', 'ng'],
];
const aspirateMutation: [string, string][] = [
  ['p', 'ph'],
  ['t', 'th'],
  ['c', 'ch'],
];

/**
 * A Welsh word or phrase with every initial mutation its first word can take (soft, nasal,
 * aspirate, h- before a vowel), so "gofal" also matches "ofal" and "ngofal".
 */
export function welshMutations(form: string): string[] {
  const forms = new Set([form]);
  for (const table of [softMutation, nasalMutation, aspirateMutation]) {
    for (const [from, to] of table) {
      // "ch", "ph", "th" are letters of their own, not a mutable c, p or t.
      if (form.startsWith(from) && !/^(ch|ph|th)/.test(form)) {
        forms.add(to + form.slice(from.length));
        break;
      }
    }
  }
  if (/^[aeiouwyâêîôûŵŷ]/.test(form)) forms.add(`h${form}`);
  return [...forms];
}
