import type { Plan } from './planSchema.js';

/** Barriers of one theme, across plans. */
export interface BarrierThemeCount {
  /** The theme key (from the definition's barrier themes; `''` when none was chosen). */
  theme: string;
  /** Barriers with this theme. */
  barriers: number;
  /** Plans with at least one barrier of this theme. */
  plans: number;
  /** Up to 3 impacts, anonymised: names, numbers, phones, emails, postcodes and dates replaced. */
  examples: string[];
}

/** Barriers in one service or system, across plans. */
export interface BarrierServiceCount {
  /** The service or system as first written (spacing tidied); `''` when none was given. */
  serviceOrSystem: string;
  /** Barriers naming this service or system (matched regardless of case and spacing). */
  barriers: number;
  /** Plans with at least one barrier naming it. */
  plans: number;
}

/** An anonymised barriers report for commissioners. */
export interface BarriersSummary {
  /** Plans summarised. */
  planCount: number;
  /** Plans with at least one barrier. */
  plansWithBarriers: number;
  /** Barriers in all plans. */
  barrierCount: number;
  /** By theme, most barriers first. */
  byTheme: BarrierThemeCount[];
  /** By service or system, most barriers first. */
  byServiceOrSystem: BarrierServiceCount[];
}

const MAX_EXAMPLES = 3;
const MAX_EXAMPLE_LENGTH = 500;

// Words that appear as "names" in plans (a provider called "Me", a relationship as a name)
// but are everyday words; removing them would make every example unreadable.
const notNames = new Set([
  'me',
  'my',
  'i',
  'mum',
  'dad',
  'mam',
  'nan',
  'nain',
  'taid',
  'the',
  'and',
  'of',
  'a',
  'an',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'fi',
  'y',
  'yr',
  'a',
  'ac',
  'nhs',
  'gig',
  'self',
  'family',
  'friend',
  'friends',
  'sister',
  'brother',
  'son',
  'daughter',
  'wife',
  'husband',
  'partner',
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'prof',
  'emergency',
]);

const months =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr';

function tidy(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names in a plan that must not reach a report: people's names and their parts, organisations whole. */
function namesIn(plan: Plan): string[] {
  const people = [
    plan.person.preferredName,
    plan.person.fullName ?? '',
    ...plan.household.map((m) => m.name),
    ...plan.contributors.map((c) => c.name),
    ...plan.contacts.map((c) => c.name),
  ];
  const organisations = [
    ...plan.contributors.map((c) => c.organisation ?? ''),
    ...plan.support.map((s) => s.provider ?? ''),
  ];
  const names = new Set<string>();
  const addName = (name: string) => {
    const clean = tidy(name);
    if (clean.length >= 2 && !notNames.has(clean.toLowerCase())) names.add(clean);
  };
  for (const raw of [...people, ...organisations]) {
    // "Jo (sister)" names Jo; the part in brackets describes them.
    const withoutNote = raw.replace(/\([^)]*\)/g, ' ');
    addName(withoutNote);
    addName(raw);
  }
  // Parts of a person's name ("Siân" of "Siân Pritchard"), when it reads as a name: a contact
  // called "Epilepsy nurse" is a role, and must not turn every "epilepsy" into "[name]".
  for (const raw of people) {
    const words = tidy(raw.replace(/\([^)]*\)/g, ' '))
      .split(/[\s,]+/)
      .map((part) => part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
      .filter(Boolean);
    const readsAsName = words.every((w) => /^\p{Lu}/u.test(w)) || !/\p{Lu}/u.test(raw);
    if (readsAsName) for (const word of words) addName(word);
  }
  return [...names].sort((a, b) => b.length - a.length);
}

/**
 * Replaces names, identifiers, phone numbers, emails, postcodes and dates in `text` with
 * `[name]`, `[number]`, `[phone]`, `[email]`, `[postcode]` and `[date]`.
 */
export function anonymiseText(
  text: string,
  names: readonly string[],
  identifiers: readonly string[] = [],
): string {
  let out = tidy(text);
  out = out.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]');
  for (const id of identifiers) {
    const digits = id.replace(/\D/g, '');
    if (digits.length >= 4) out = out.replace(new RegExp(digits.split('').join('[\\s-]?'), 'g'), '[number]');
    else if (id.trim().length >= 3) out = out.replace(new RegExp(escapeRegExp(id.trim()), 'gi'), '[number]');
  }
  out = out.replace(/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi, '[postcode]');
  out = out.replace(/\b\d{4}-\d{2}-\d{2}\b/g, '[date]');
  out = out.replace(/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g, '[date]');
  out = out.replace(
    new RegExp(`\\b\\d{1,2}(st|nd|rd|th)?\\s+(${months})\\.?,?\\s+\\d{4}\\b`, 'giu'),
    '[date]',
  );
  out = out.replace(
    new RegExp(`\\b(${months})\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'giu'),
    '[date]',
  );
  out = out.replace(/(\+44\s?\(?0?\)?[\s-]?\d|\b0\d)(?:[\s-]?\d){8,10}\b/g, '[phone]');
  out = out.replace(/\b\d(?:[\s-]?\d){5,}\b/g, '[number]');
  for (const name of names) {
    // The brackets keep a name such as "Name" from matching inside a placeholder.
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{N}[])${escapeRegExp(name)}(?![\\p{L}\\p{N}\\]])`, 'giu'),
      '[name]',
    );
  }
  return out.length > MAX_EXAMPLE_LENGTH ? `${out.slice(0, MAX_EXAMPLE_LENGTH - 1)}…` : out;
}

/**
 * Summarises the barriers of many plans for commissioners: counts by theme and by service or
 * system (case and spacing ignored), how many plans each touches, and up to 3 anonymised example
 * impacts per theme. Nothing that names or identifies a person reaches the summary.
 */
export function summariseBarriers(plans: readonly Plan[]): BarriersSummary {
  const themes = new Map<
    string,
    { theme: string; barriers: number; plans: Set<number>; examples: string[] }
  >();
  const services = new Map<string, { serviceOrSystem: string; barriers: number; plans: Set<number> }>();
  let barrierCount = 0;
  let plansWithBarriers = 0;

  plans.forEach((plan, planIndex) => {
    if (plan.barriers.length === 0) return;
    plansWithBarriers += 1;
    const names = namesIn(plan);
    const identifiers = plan.person.identifiers.map((id) => id.value);
    for (const barrier of plan.barriers) {
      barrierCount += 1;
      const themeLabel = tidy(barrier.theme);
      const themeKey = themeLabel.toLowerCase();
      let theme = themes.get(themeKey);
      if (!theme) {
        theme = { theme: themeLabel, barriers: 0, plans: new Set(), examples: [] };
        themes.set(themeKey, theme);
      }
      theme.barriers += 1;
      theme.plans.add(planIndex);
      const impact = tidy(barrier.impact) || tidy(barrier.whatHappened);
      if (impact && theme.examples.length < MAX_EXAMPLES) {
        const example = anonymiseText(impact, names, identifiers);
        if (!theme.examples.includes(example)) theme.examples.push(example);
      }

      const serviceLabel = tidy(barrier.serviceOrSystem);
      const serviceKey = serviceLabel.toLowerCase();
      let service = services.get(serviceKey);
      if (!service) {
        service = { serviceOrSystem: serviceLabel, barriers: 0, plans: new Set() };
        services.set(serviceKey, service);
      }
      service.barriers += 1;
      service.plans.add(planIndex);
    }
  });

  const byCount =
    <T extends { barriers: number; plans: number }>(label: (x: T) => string) =>
    (a: T, b: T) =>
      b.barriers - a.barriers || b.plans - a.plans || label(a).localeCompare(label(b));
  return {
    planCount: plans.length,
    plansWithBarriers,
    barrierCount,
    byTheme: [...themes.values()]
      .map((t) => ({ theme: t.theme, barriers: t.barriers, plans: t.plans.size, examples: t.examples }))
      .sort(byCount((t) => t.theme)),
    byServiceOrSystem: [...services.values()]
      .map((s) => ({ serviceOrSystem: s.serviceOrSystem, barriers: s.barriers, plans: s.plans.size }))
      .sort(byCount((s) => s.serviceOrSystem)),
  };
}
