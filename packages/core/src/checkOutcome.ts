import { welshMutations } from './welshMutations.js';

/** Why an outcome may not be an outcome. */
export type OutcomeFindingKind = 'service' | 'activity-count' | 'vague';

/** A gentle hint that an "outcome" is really a service, a count of support, or too vague to measure. */
export interface OutcomeFinding {
  kind: OutcomeFindingKind;
  /** i18n key of the hint, under `easyRead.outcome.*`. */
  messageKey: string;
  /** `match`: the words that look like a service or a count. */
  params: Record<string, string | number>;
}

/** Options for `checkOutcome`. */
export interface CheckOutcomeOptions {
  /** Language of the text: `en` and `cy` are checked; other languages get no hints. */
  locale: string;
}

interface OutcomeRules {
  /** Words showing the difference the support makes ("so I can", "on my own"). */
  lifeMarkers: RegExp;
  /** Receiving a service ("to have", "attend", "be referred to"). */
  receiving: RegExp;
  /** Names of services, workers and support. */
  service: RegExp;
  /** How much support: "2 hours", "weekly visits", "3 days a week". */
  count: RegExp;
  /** Starts as a first-person statement about life ("I feel", "I keep"). */
  firstPerson: RegExp;
  /** Words that may come before a service noun in a bare noun phrase ("a", "weekly", "more"). */
  nounLead: RegExp;
  /** Too general to measure ("to be happy", "improve wellbeing"). */
  vague: RegExp[];
}

const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const englishNumbers =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty';
const englishServices = [
  'care package',
  'package of care',
  'support package',
  'package',
  'support worker',
  'support workers',
  'social worker',
  'care worker',
  'care workers',
  'carer',
  'carers',
  'personal assistant',
  'pa',
  'day centre',
  'day center',
  'day service',
  'day services',
  'day opportunities',
  'respite',
  'short breaks',
  'short break',
  'domiciliary care',
  'home care',
  'care home',
  'placement',
  'supported living',
  'support',
  'visit',
  'visits',
  'review',
  'medication review',
  'assessment',
  'referral',
  'appointment',
  'appointments',
  'therapy',
  'counselling',
  'counseling',
  'physiotherapy',
  'physio',
  'occupational therapy',
  'ot',
  'medication',
  'befriender',
  'befriending',
  'befriending service',
  'advocate',
  'advocacy',
  'direct payment',
  'direct payments',
  'personal budget',
  'funding',
  'service',
  'services',
  'provision',
  'input',
  'intervention',
  'interventions',
  'cpn',
  'key worker',
  'keyworker',
  'care coordinator',
  'waking night',
  'sleep-in',
  'telecare',
  'equipment',
  'adaptations',
  'psychiatrist',
  'psychologist',
  'nurse',
  'district nurse',
  'gp',
  'doctor',
  'a&e',
  'floating support',
  'tenancy support',
  'outreach',
  'home visits',
  'phone calls',
  'calls',
  'sessions',
  'session',
  'course of',
  'mentor',
  'buddy',
  'worker',
  'workers',
  'staff',
  'one-to-one',
  '1:1',
  '2:1',
  'sitting service',
  'meals on wheels',
  'cleaner',
  'cleaning service',
  'taxi',
  'transport',
  'camhs',
  'cmht',
  'mental health team',
  'speech and language therapy',
  'salt',
  'dietitian',
  'psychiatry',
  'team',
];

const en: OutcomeRules = {
  lifeMarkers: new RegExp(
    `${B}(so (that )?(i|i'm|he|she|they|we|my)|so i can|which means|in order to|to help me|that means|on my own|by myself|myself|independently|without help|without support)${E}`,
    'u',
  ),
  receiving: new RegExp(
    `^(to |for (me|him|her|them) to |i (want|need|would like|will|should|must|'d like) (to )?|i'll |i |he (wants|needs) to |she (wants|needs) to |they (want|need) to |continue to |continued |)(have|has|get|gets|receive|receives|be given|be provided( with)?|be offered|be referred( to| for)?|be allocated|access|attend|attends|go to|goes to|be seen by|see|sees|keep|continue (to have|to get|to receive|to attend|with)|start|be assessed( for)?|be reviewed|be visited( by)?|have ongoing|remain (at|in|with)|stay (at|in|with)|be supported by)${E}`,
    'u',
  ),
  service: new RegExp(`${B}(${alt(englishServices)})${E}`, 'u'),
  count: new RegExp(
    `${B}((\\d+(\\.\\d+)?|${englishNumbers}|a|an|half an?)\\s*(hours?|hrs?|minutes?|mins?|days?|nights?|sessions?|visits?|calls?|times?|shifts?|appointments?)(\\s+(of|per|a|an|each|every)\\s+\\S+(\\s+(a|per|each|every)\\s+(week|day|month|fortnight))?)?|weekly|daily|fortnightly|monthly|twice|once a (week|day|month|fortnight)|(per|a|each|every) (week|day|month|fortnight))${E}`,
    'u',
  ),
  firstPerson: /^(i|i'm|i've|i'll|i'd|we|we're|my|he|she|they)\b/u,
  nounLead: new RegExp(
    `^((a|an|the|my|his|her|their|some|more|less|extra|regular|ongoing|continued|increased|reduced|weekly|daily|fortnightly|monthly|new|\\d+|${englishNumbers})\\s+)*`,
    'u',
  ),
  vague: [
    /^(to |i want to |for (me|him|her|them) to )?(be|feel|become|stay|remain|keep|live|lead a|have a|have)? ?(more |less )?(happy|happier|safe|safer|well|healthy|healthier|independent|independence|wellbeing|well-being|better|supported|settled|content|stable|good life|better life|good quality of life|fulfilling life|normal life)( and (happy|safe|well|healthy|independent|supported|settled|content|stable))*( life)?$/u,
    /^(to )?(improve|improved|maintain|maintained|promote|promoted|increase|increased|support|enhance|enhanced|maximise|maximize|develop|build|better)( my| his| her| their| the person's| overall)? (wellbeing|well-being|independence|quality of life|health|outcomes|skills|confidence|mental health|physical health|health and wellbeing|resilience|life skills|daily living skills)$/u,
    /^(better|improved|good|positive) (quality of life|outcomes|wellbeing|well-being|health)$/u,
    /^(to have )?(my|his|her|their|all( of)? (my|his|her|their)) (care and support )?needs( are)? met$/u,
    /^needs met$/u,
  ],
};

const cyServices = [
  'pecyn gofal',
  'pecyn cymorth',
  'gweithiwr cymdeithasol',
  'gweithiwr cymorth',
  'gweithwyr cymorth',
  'gweithiwr gofal',
  'gweithwyr gofal',
  'gofalwr',
  'gofalwyr',
  'cynorthwyydd personol',
  'canolfan ddydd',
  'gwasanaeth dydd',
  'gofal seibiant',
  'seibiant byr',
  'gofal cartref',
  'cartref gofal',
  'cymorth',
  'ymweliad',
  'ymweliadau',
  'adolygiad',
  'adolygiad meddyginiaeth',
  'asesiad',
  'atgyfeiriad',
  'apwyntiad',
  'apwyntiadau',
  'therapi',
  'cwnsela',
  'ffisiotherapi',
  'therapi galwedigaethol',
  'meddyginiaeth',
  'taliadau uniongyrchol',
  'cyllideb bersonol',
  'gwasanaeth',
  'gwasanaethau',
  'lleoliad',
  'byw â chymorth',
  'eiriolwr',
  'eiriolaeth',
  'nyrs',
  'seiciatrydd',
  'seicolegydd',
  'meddyg',
  'cyllid',
  'sesiwn',
  'sesiynau',
  'galwad',
  'galwadau',
  'gweithiwr allweddol',
  'cydgysylltydd gofal',
  'teleofal',
  'offer',
  'addasiadau',
  'cyfeilliwr',
  'gwasanaeth cyfeillio',
  'staff',
  'cludiant',
  'tacsi',
  'gweithiwr',
  'gweithwyr',
];
const cyNumbers =
  'un|dau|dwy|tri|tair|pedwar|pedair|pump|pum|chwech|chwe|saith|wyth|naw|deg|ddau|ddwy|dri|dair|bedwar|bedair|bump|bum';

const cy: OutcomeRules = {
  lifeMarkers: new RegExp(
    `${B}(fel (fy mod i|bod|y gall|y galla|y gallaf|y gallwn|y gallith|y gallai|y bydda|y byddaf)|er mwyn (i mi|imi|i fi|iddo|iddi|iddyn)|sy'n golygu|ar fy mhen fy hun|ar ei ben ei hun|ar ei phen ei hun|ar eu pennau eu hunain|fy hun|heb help|heb gymorth|yn annibynnol)${E}`,
    'u',
  ),
  receiving: new RegExp(
    `^(i |dw i eisiau |dwi eisiau |rydw i eisiau |rwy eisiau |rwyf i eisiau |dw i angen |dwi angen |rydw i angen |hoffwn i |hoffwn |bod (e|o|hi) yn |dw i'n |dwi'n |rydw i'n |rwy'n |rwyf i'n |mae (e|o|hi)'n |parhau i )?(cael|chael|gael|derbyn|dderbyn|mynychu|fynychu|mynd i|fynd i|gweld|weld|parhau i gael|parhau i fynychu|parhau gyda|dechrau|ddechrau|aros yn|aros mewn)${E}`,
    'u',
  ),
  service: new RegExp(`${B}(${alt(cyServices.flatMap((s) => welshMutations(s)))})${E}`, 'u'),
  count: new RegExp(
    `${B}((\\d+(\\.\\d+)?|${cyNumbers})\\s*(awr|oriau|munud|diwrnod|diwrnodau|noson|nosweithiau|sesiwn|sesiynau|ymweliad|ymweliadau|galwad|galwadau|gwaith|waith)|wythnosol|dyddiol|misol|bob pythefnos|pythefnosol|ddwywaith|dwywaith|unwaith|yr wythnos|y dydd|y mis|bob wythnos|bob dydd|bob mis)${E}`,
    'u',
  ),
  firstPerson:
    /^(dw i|dwi|rydw i|rwy|rwyf|galla i|gallaf|mae gen i|mae gennyf|mae fy|fy|rydyn ni|mae e|mae o|mae hi|bydda i|byddaf|dw i ddim|nid wyf)(?![\p{L}])/u,
  nounLead: new RegExp(`^((y|yr|'r|fy|ei|eu|mwy o|llai o|rhagor o|\\d+|${cyNumbers}|o)\\s+)*`, 'u'),
  vague: [
    /^(i |dw i eisiau |bod yn |i fod yn |teimlo'n |bod )?(fwy |llai )?(hapus|hapusach|ddiogel|diogel|saff|iach|iachach|annibynnol|well|iawn|fodlon|sefydlog)( ac yn (hapus|ddiogel|iach|annibynnol))?$/u,
    /^(gwella|cynnal|hybu|hyrwyddo|cynyddu|datblygu)( fy| ei| eu)? (lles|annibyniaeth|ansawdd bywyd|iechyd|sgiliau|hyder|iechyd meddwl)$/u,
    /^(annibyniaeth|lles|llesiant|ansawdd bywyd gwell|bywyd gwell|canlyniadau gwell)$/u,
    /^(bod )?(fy |ei |eu )?anghenion( yn cael eu)? (diwallu|bodloni)$/u,
  ],
};

const rulesByLanguage: Record<string, OutcomeRules> = { en, cy };

function normalise(text: string): string {
  return (
    text
      .toLowerCase()
      // Markup is only text here, but its tags are not words of the outcome.
      .replace(/<[^>]{0,200}>/g, ' ')
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
      .replace(/[’‘`]/g, "'")
      .replace(/\s+/g, ' ')
      .replace(/^[\s"'“”(•*-]+|[\s"'“”).!?,;:]+$/g, '')
      .trim()
  );
}

function finding(kind: OutcomeFindingKind, match?: string): OutcomeFinding {
  const key = kind === 'activity-count' ? 'activityCount' : kind;
  return { kind, messageKey: `easyRead.outcome.${key}`, params: match ? { match } : {} };
}

/**
 * A gentle hint when an "outcome" is really a service ("a care package", "to have a social
 * worker"), a count of support ("2 hours of support a week") or too vague to measure ("to be
 * happy"), rather than a difference in the person's life ("I get to college on my own").
 * Returns `undefined` when the text reads as an outcome, or for a language it has no rules for.
 */
export function checkOutcome(text: string, options: CheckOutcomeOptions): OutcomeFinding | undefined {
  const rules = rulesByLanguage[options.locale.toLowerCase().split(/[-_]/)[0] ?? ''];
  if (!rules) return undefined;
  // Only the first sentence: the statement itself, not the explanation after it.
  const t = normalise(text.slice(0, 2_000).split(/(?<=[.!?])\s+|\n/)[0] ?? '');
  if (t === '' || rules.lifeMarkers.test(t)) return undefined;

  const service = rules.service.exec(t)?.[0];
  const count = rules.count.exec(t)?.[0];
  const receiving = rules.receiving.test(t) && service !== undefined;
  const lead = rules.nounLead.exec(t)?.[0] ?? '';
  const startsWithService = service !== undefined && t.slice(lead.length).startsWith(service);
  const firstPerson = rules.firstPerson.test(t) && !receiving && !startsWithService;

  if (!firstPerson && service !== undefined && count !== undefined) return finding('activity-count', count);
  if (receiving || startsWithService) return finding('service', service);
  if (!firstPerson && rules.vague.some((re) => re.test(t))) return finding('vague');
  return undefined;
}
