import { glossary } from './locales/en/glossary.js';

/** A key of the `glossary.*` resources: one hard word with its plain alternative and meaning. */
export type GlossaryKey = keyof typeof glossary;

/** One hard word in one language: the glossary key and the spellings that count as it. */
export interface JargonTerm {
  key: GlossaryKey;
  /**
   * Spellings, lower case, as usually written. Inflected forms (English plurals and
   * endings, Welsh initial mutations) are added through the word list's `inflect`. Forms
   * written in capitals are acronyms and match only in capitals.
   */
  forms: readonly string[];
}

/** One language's word lists for `checkEasyRead`. */
export interface JargonTable {
  /** Hard words common in care plans, each pointing at its `glossary.*` entry. */
  terms: readonly JargonTerm[];
  /**
   * Acronyms so widely known that easy-read guidance lets them stand ("I", "OK", "TV", "NHS").
   * Every other word of two or more capitals is flagged.
   */
  wellKnownAcronyms: ReadonlySet<string>;
  /** The language's built-in plain alternatives (its `glossary` resources). */
  glossary: Readonly<Record<GlossaryKey, { readonly plain: string }>>;
  /** Every form a lower-case spelling takes in running text (plurals, mutations), itself included. */
  inflect: (form: string) => string[];
}

function englishInflections(form: string): string[] {
  const words = form.split(' ');
  const last = words[words.length - 1]!;
  const head = words.slice(0, -1).join(' ');
  const join = (w: string) => (head ? `${head} ${w}` : w);
  if (last.length < 4 || last.endsWith('s')) return [form];
  if (/[^aeiou]y$/.test(last))
    return [form, join(`${last.slice(0, -1)}ies`), join(`${last.slice(0, -1)}ied`)];
  if (last.endsWith('e')) return [form, join(`${last}s`), join(`${last}d`), join(`${last.slice(0, -1)}ing`)];
  return [form, join(`${last}s`), join(`${last}ed`), join(`${last}ing`)];
}

/**
 * English hard words common in care plans, with every glossary key, and the acronyms that may
 * stand. Welsh has its own table, which comes with the Welsh strings
 * (`@wholepicture/core/locales/cy`), so English-only bundles carry no Welsh.
 */
export const jargonTable: JargonTable = {
  terms: [
    {
      key: 'packageOfCare',
      forms: ['package of care', 'packages of care', 'care package', 'support package'],
    },
    { key: 'domiciliaryCare', forms: ['domiciliary care', 'domiciliary'] },
    { key: 'respite', forms: ['respite', 'respite care', 'respite break'] },
    {
      key: 'safeguarding',
      forms: ['safeguarding', 'safeguard', 'safeguarding concern', 'safeguarding referral'],
    },
    { key: 'commissioner', forms: ['commissioner', 'commissioning', 'commission services', 'commissioned'] },
    {
      key: 'multiDisciplinary',
      forms: [
        'multi-disciplinary',
        'multidisciplinary',
        'multi-disciplinary team',
        'multidisciplinary team',
        'MDT',
      ],
    },
    { key: 'capacityAssessment', forms: ['capacity assessment', 'mental capacity assessment'] },
    {
      key: 'bestInterests',
      forms: ['best interests', 'best interest', 'best interests decision', 'best interests meeting'],
    },
    { key: 'advocate', forms: ['advocate', 'advocacy', 'independent advocate'] },
    { key: 'tenancy', forms: ['tenancy', 'tenancies', 'tenancy agreement', 'tenancy sustainment'] },
    { key: 'eligibility', forms: ['eligibility', 'eligible', 'ineligible', 'eligibility criteria'] },
    { key: 'facilitate', forms: ['facilitate', 'facilitation', 'facilitator'] },
    { key: 'utilise', forms: ['utilise', 'utilize', 'utilisation', 'utilization'] },
    { key: 'intervention', forms: ['intervention', 'interventions'] },
    { key: 'signpost', forms: ['signpost', 'signposting'] },
    {
      key: 'careCoordinator',
      forms: ['care coordinator', 'care co-ordinator', 'care coordination', 'care co-ordination'],
    },
    { key: 'directPayments', forms: ['direct payment', 'direct payments'] },
    { key: 'personalBudget', forms: ['personal budget', 'personal health budget', 'individual budget'] },
    { key: 'reablement', forms: ['reablement', 're-ablement', 'enablement'] },
    { key: 'section117', forms: ['section 117', 's117', 's.117', 's 117', 'section 117 aftercare'] },
    {
      key: 'chc',
      forms: ['CHC', 'continuing healthcare', 'continuing health care', 'NHS continuing healthcare'],
    },
    { key: 'assessment', forms: ['assessment', 'needs assessment', 'reassessment', 're-assessment'] },
    { key: 'outcome', forms: ['outcome', 'outcomes'] },
    { key: 'holistic', forms: ['holistic', 'holistically'] },
    {
      key: 'personCentred',
      forms: ['person-centred', 'person centred', 'person-centered', 'person centered'],
    },
    { key: 'coProduction', forms: ['co-production', 'coproduction', 'co-produce', 'coproduce'] },
    { key: 'statutory', forms: ['statutory', 'statutory duty', 'statutory services'] },
    {
      key: 'mentalCapacity',
      forms: [
        'mental capacity',
        'lacks capacity',
        'lack capacity',
        'lacking capacity',
        'mental capacity act',
      ],
    },
    {
      key: 'deprivationOfLiberty',
      forms: [
        'deprivation of liberty',
        'deprivation of liberty safeguards',
        'liberty protection safeguards',
        'DoLS',
        'LPS',
      ],
    },
    {
      key: 'carersAssessment',
      forms: ["carer's assessment", 'carers assessment', "carers' assessment", 'carer assessment'],
    },
    { key: 'supportedLiving', forms: ['supported living', 'supported accommodation', 'supported housing'] },
    {
      key: 'residentialCare',
      forms: ['residential care', 'residential placement', 'residential home', 'residential'],
    },
    { key: 'placement', forms: ['placement', 'placements'] },
    { key: 'outOfArea', forms: ['out of area', 'out-of-area', 'out of county', 'out-of-county'] },
    { key: 'continence', forms: ['continence', 'incontinence', 'incontinent'] },
    { key: 'mobility', forms: ['mobility', 'mobilise', 'mobilize', 'mobilising'] },
    { key: 'cognitive', forms: ['cognitive', 'cognition', 'cognitively'] },
    { key: 'deteriorate', forms: ['deteriorate', 'deterioration', 'deteriorating'] },
    { key: 'escalate', forms: ['escalate', 'escalation', 'escalating'] },
    { key: 'liaise', forms: ['liaise', 'liaison', 'liaising'] },
    { key: 'referral', forms: ['referral', 'referrals', 'refer on', 're-referral'] },
    { key: 'provision', forms: ['provision', 'service provision', 'provisions'] },
    { key: 'discharge', forms: ['discharge', 'hospital discharge', 'discharge planning'] },
    { key: 'occupationalTherapist', forms: ['occupational therapist', 'occupational therapy', 'OT', 'OTs'] },
    { key: 'cpn', forms: ['CPN', 'community psychiatric nurse'] },
    { key: 'camhs', forms: ['CAMHS', 'child and adolescent mental health services'] },
    { key: 'sectioned', forms: ['sectioned', 'detained under the mental health act'] },
    { key: 'appointee', forms: ['appointee', 'appointeeship'] },
    { key: 'powerOfAttorney', forms: ['power of attorney', 'lasting power of attorney', 'LPA'] },
    { key: 'courtOfProtection', forms: ['court of protection', 'deputyship', 'court-appointed deputy'] },
    { key: 'proportionate', forms: ['proportionate', 'proportionality', 'disproportionate'] },
    { key: 'mitigate', forms: ['mitigate', 'mitigation', 'mitigating'] },
    { key: 'riskAssessment', forms: ['risk assessment', 'risk assessments', 'risk assess'] },
    { key: 'contingency', forms: ['contingency plan', 'contingency', 'contingency planning'] },
    { key: 'implement', forms: ['implement', 'implementation'] },
    { key: 'objective', forms: ['objective', 'objectives'] },
    { key: 'ascertain', forms: ['ascertain'] },
    { key: 'commence', forms: ['commence', 'commencement'] },
    { key: 'priorTo', forms: ['prior to'] },
    { key: 'inReceiptOf', forms: ['in receipt of'] },
    { key: 'adaptations', forms: ['adaptations', 'adaptation', 'home adaptations', 'major adaptations'] },
    { key: 'personalCare', forms: ['personal care'] },
    { key: 'keyWorker', forms: ['key worker', 'keyworker'] },
    { key: 'socialPrescribing', forms: ['social prescribing', 'social prescriber', 'link worker'] },
    { key: 'floatingSupport', forms: ['floating support', 'tenancy support'] },
    { key: 'informalCarer', forms: ['informal carer', 'unpaid carer', 'informal carers', 'unpaid carers'] },
    { key: 'selfNeglect', forms: ['self-neglect', 'self neglect', 'self-neglecting'] },
    {
      key: 'challengingBehaviour',
      forms: [
        'challenging behaviour',
        'challenging behavior',
        'behaviours that challenge',
        'behaviour that challenges',
      ],
    },
    {
      key: 'positiveBehaviourSupport',
      forms: ['positive behaviour support', 'positive behavior support', 'PBS'],
    },
    { key: 'transition', forms: ['transition', 'transitions', 'transition planning'] },
    { key: 'engagement', forms: ['engagement', 'non-engagement', 'disengaged', 'engage with services'] },
    { key: 'gp', forms: ['GP', 'GPs', 'general practitioner'] },
    { key: 'pip', forms: ['PIP', 'personal independence payment'] },
    { key: 'esa', forms: ['ESA', 'employment and support allowance'] },
    { key: 'prn', forms: ['PRN', 'pro re nata'] },
  ],
  wellKnownAcronyms: new Set([
    'I',
    'A',
    'OK',
    'TV',
    'UK',
    'NHS',
    'BBC',
    'DVD',
    'CD',
    'ID',
    'PIN',
    'WIFI',
    'AM',
    'PM',
  ]),
  glossary,
  inflect: englishInflections,
};
