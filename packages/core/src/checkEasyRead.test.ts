import { describe, expect, it } from 'vitest';
import { checkEasyRead } from './checkEasyRead.js';
import type { EasyReadFindingKind } from './checkEasyRead.js';
import { jargonTable } from './jargonTable.js';
import { en } from './locales/en.js';
// Importing the Welsh strings registers the Welsh word lists, as in an app.
import { cy } from './locales/cy.js';
import { registerJargonTable } from './registerJargonTable.js';
import { createTranslator } from './translate.js';
import { welshJargonTable } from './welshJargonTable.js';

const kinds = (text: string, locale = 'en') => checkEasyRead(text, { locale }).map((f) => f.kind);
const findingOf = (text: string, kind: EasyReadFindingKind, locale = 'en') =>
  checkEasyRead(text, { locale }).find((f) => f.kind === kind);

const goodEnglish = [
  'I live with my mum and my sister.',
  'I like going to the park on Saturdays.',
  'I get worried on busy buses.',
  'Please talk to me slowly and clearly.',
  'I want to get a job in a café.',
  'My support worker helps me with shopping.',
  'I see my doctor every 3 months.',
  'I need help to cook my tea.',
  'Please do not shout at me.',
  'I feel happy when I am with my dog.',
  'I can take the bus to town.',
  'I want to make new friends.',
  'My mum helps me with my money.',
  'I go swimming on Tuesdays.',
  'If I am upset, I go quiet.',
  'Call Sam if I am unwell at night.',
  'We will check my plan on 1 June 2027.',
  'I like music, football and pizza. No one makes tea like my nan!',
];

const goodWelsh = [
  "Dw i'n byw gyda fy mam a fy chwaer.",
  "Dw i'n hoffi mynd i'r parc ar ddydd Sadwrn.",
  "Dw i'n poeni ar fysiau prysur.",
  'Siaradwch â fi yn araf ac yn glir, os gwelwch yn dda.',
  'Dw i eisiau cael swydd mewn caffi.',
  'Mae fy ngweithiwr cymorth yn fy helpu i siopa.',
  "Dw i'n gweld fy meddyg bob 3 mis.",
  'Dw i angen help i goginio fy swper.',
  'Peidiwch â gweiddi arna i.',
  "Dw i'n hapus pan dw i gyda fy nghi.",
  "Dw i'n gallu dal y bws i'r dref.",
  'Dw i eisiau gwneud ffrindiau newydd.',
  'Mae Mam yn fy helpu gyda fy arian.',
  "Dw i'n mynd i nofio ar ddydd Mawrth.",
  "Os dw i wedi cynhyrfu, dw i'n mynd yn dawel.",
  "Byddwn ni'n gwirio fy nghynllun ar 1 Mehefin 2027.",
  "Yr un peth bob dydd. Dw i'n gwneud hyn fy hun.",
];

describe('checkEasyRead on good easy-read sentences', () => {
  it.each(goodEnglish)('finds nothing in the English sentence %j', (text) => {
    expect(checkEasyRead(text, { locale: 'en' })).toEqual([]);
  });
  it.each(goodWelsh)('finds nothing in the Welsh sentence %j', (text) => {
    expect(checkEasyRead(text, { locale: 'cy' })).toEqual([]);
  });
});

const longEnglish = [
  'I would like to be able to go to the shops on my own without needing anyone to come with me.',
  'When I get upset it helps if people give me some space and talk to me quietly after a while.',
  'My mum has looked after me for many years and she is now very tired and needs a rest sometimes.',
  'The support worker comes on Monday and Thursday mornings to help me with my shopping and to pay my bills.',
  'I have been waiting for a new flat for two years and the council still has not told me anything.',
  'If I do not take my tablets in the morning I feel very shaky and I cannot go out of the house.',
  'Sam wants to learn to cook simple meals so that he does not have to rely on takeaways every night.',
  'We talked about what a good day looks like for me and it is one where I see my friends and go out.',
  'It is important that everyone who works with me reads this plan before they come to my house for the first time.',
  'I used to go to college but I stopped going when the bus route changed and I could not get there easily.',
  'My brother lives near me and he pops in most evenings to check I am alright and to have a cup of tea.',
  'I do not like it when people talk about me as if I am not in the room because it makes me feel small.',
  'The housing officer said that they would look at my case again at the end of the month but nothing has happened.',
  'Please ring my sister first if I am taken to hospital because she knows my medicines and what helps me stay calm.',
  'I am good at drawing and I would like to sell my pictures at the market on Saturdays with my friend.',
];

const longWelsh = [
  "Hoffwn i allu mynd i'r siopau ar fy mhen fy hun heb fod angen i neb ddod gyda fi bob tro.",
  "Pan dw i wedi cynhyrfu mae'n helpu os yw pobl yn rhoi lle i fi ac yn siarad yn dawel wedyn.",
  "Mae fy mam wedi gofalu amdana i ers blynyddoedd lawer ac mae hi'n flinedig iawn nawr ac angen seibiant weithiau.",
  "Mae'r gweithiwr cymorth yn dod ar fore Llun a bore Iau i fy helpu i siopa ac i dalu fy miliau.",
  "Dw i wedi bod yn aros am fflat newydd ers amser hir ac nid yw'r cyngor wedi dweud dim byd wrtha i eto.",
  "Os nad ydw i'n cymryd fy nhabledi yn y bore dw i'n teimlo'n sigledig iawn a dw i ddim yn gallu mynd allan.",
  "Mae Siôn eisiau dysgu coginio prydau syml fel nad oes rhaid iddo fe brynu bwyd parod bob nos o'r wythnos.",
  "Buon ni'n siarad am sut mae diwrnod da yn edrych i fi a dyna'r diwrnod pan dw i'n gweld fy ffrindiau.",
  "Mae'n bwysig bod pawb sy'n gweithio gyda fi yn darllen y cynllun hwn cyn iddyn nhw ddod i fy nhŷ i am y tro cyntaf.",
  "Roeddwn i'n arfer mynd i'r coleg ond wnes i stopio pan newidiodd y bws a doeddwn i ddim yn gallu cyrraedd yno.",
  "Mae fy mrawd yn byw yn agos ata i ac mae e'n galw bron bob nos i weld fy mod i'n iawn ac i gael paned.",
  "Dw i ddim yn hoffi pan mae pobl yn siarad amdana i fel pe bawn i ddim yn yr ystafell achos mae'n gwneud i fi deimlo'n fach.",
  "Dywedodd y swyddog tai y bydden nhw'n edrych ar fy achos eto ar ddiwedd y mis ond does dim byd wedi digwydd.",
  "Ffoniwch fy chwaer yn gyntaf os ydw i'n mynd i'r ysbyty achos mae hi'n gwybod am fy moddion a beth sy'n fy helpu.",
  "Dw i'n dda am dynnu lluniau a hoffwn i werthu fy lluniau yn y farchnad ar ddydd Sadwrn gyda fy ffrind gorau.",
];

describe('checkEasyRead finds long sentences', () => {
  it.each(longEnglish)('flags the English sentence %j', (text) => {
    const finding = findingOf(text, 'long-sentence');
    expect(finding).toMatchObject({ start: 0, end: text.length, messageKey: 'easyRead.check.longSentence' });
    expect(finding?.params['words']).toBeGreaterThan(15);
    expect(finding?.params['max']).toBe(15);
  });
  it.each(longWelsh)('flags the Welsh sentence %j', (text) => {
    expect(findingOf(text, 'long-sentence', 'cy')?.params['words']).toBeGreaterThan(15);
  });

  it('counts each sentence on its own, and a line break ends a sentence', () => {
    const text =
      'I like tea. I like cake.\nI like walks in the park with my dog and my mum and my sister and my brother on Sundays.';
    const findings = checkEasyRead(text, { locale: 'en' }).filter((f) => f.kind === 'long-sentence');
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toMatch(/^I like walks.*Sundays\.$/);
  });

  it('does not end a sentence at "e.g." or "Dr."', () => {
    const text =
      'I see Dr. Jones about my chest, e.g. when I cough a lot at night and cannot sleep at all well.';
    expect(checkEasyRead(text, { locale: 'en' }).filter((f) => f.kind === 'long-sentence')).toHaveLength(1);
  });

  it('takes a different limit', () => {
    expect(kinds('I like tea and cake and biscuits.', 'en')).toEqual([]);
    expect(
      checkEasyRead('I like tea and cake and biscuits.', { locale: 'en', maxSentenceWords: 5 })[0]?.kind,
    ).toBe('long-sentence');
  });
});

const jargonEnglish: [string, string, string][] = [
  ['My package of care starts on Monday.', 'packageOfCare', 'the support you get'],
  ['A domiciliary care worker visits me.', 'domiciliaryCare', 'care at home'],
  ['Mum needs respite at weekends.', 'respite', 'a short break'],
  ['The team raised a safeguarding concern.', 'safeguarding', 'keeping people safe'],
  ['The commissioner will decide.', 'commissioner', 'the people who pay for services'],
  ['I met the multi-disciplinary team.', 'multiDisciplinary', 'different workers together'],
  ['A capacity assessment was done.', 'capacityAssessment', 'a check if you can make this decision'],
  ['It was decided in my best interests.', 'bestInterests', 'what is best for you'],
  ['My advocate came to the meeting.', 'advocate', 'someone to speak up for you'],
  ['I want to keep my tenancy.', 'tenancy', 'your agreement to rent your home'],
  ['We looked at my eligibility.', 'eligibility', 'if you can get it'],
  ['Staff will facilitate my visits.', 'facilitate', 'help'],
  ['I utilise the gym.', 'utilise', 'use'],
  ['The intervention helped.', 'intervention', 'help'],
  ['They signposted me to a group.', 'signpost', 'tell you where to get help'],
  ['My care coordinator rings me.', 'careCoordinator', 'the worker who plans your care'],
  ['I get direct payments.', 'directPayments', 'money to buy your own support'],
  ['My personal budget pays for this.', 'personalBudget', 'the money for your support'],
  ['I had reablement after hospital.', 'reablement', 'short-term help to do things again'],
  ['My aftercare is under section 117.', 'section117', 'free aftercare'],
  ['I get continuing healthcare.', 'chc', 'care paid for by the NHS'],
];

const jargonWelsh: [string, string][] = [
  ['Mae gen i becyn gofal newydd.', 'packageOfCare'],
  ['Mae Mam yn cael gofal seibiant bob mis.', 'respite'],
  ["Mae'r gweithiwr wedi codi pryder diogelu.", 'safeguarding'],
  ['Bydd y comisiynydd yn penderfynu.', 'commissioner'],
  ['Cafodd asesiad galluedd ei wneud ddoe.', 'capacityAssessment'],
  ['Gwnaed y penderfyniad er lles pennaf Siôn.', 'bestInterests'],
  ['Mae gen i eiriolwr newydd.', 'advocate'],
  ['Dw i eisiau cadw fy nhenantiaeth.', 'tenancy'],
  ["Dw i'n cael taliadau uniongyrchol.", 'directPayments'],
  ['Mae gen i gyllideb bersonol.', 'personalBudget'],
  ['Bydd ailalluogi yn dechrau wythnos nesaf.', 'reablement'],
  ['Mae gen i hawl i ofal o dan adran 117.', 'section117'],
  ['Mae fy nghydgysylltydd gofal yn ffonio bob wythnos.', 'careCoordinator'],
  ["Bydd atgyfeiriad yn mynd i'r tîm.", 'referral'],
  ['Rydyn ni’n poeni am ei symudedd.', 'mobility'],
  ['Mae hi’n byw mewn gofal preswyl.', 'residentialCare'],
  ['Cafodd ei ryddhau o’r ysbyty ddoe.', 'discharge'],
];

describe('checkEasyRead finds jargon and offers plain words', () => {
  it.each(jargonEnglish)('flags %j as %s', (text, key, plain) => {
    const finding = findingOf(text, 'jargon');
    expect(finding).toMatchObject({ glossaryKey: key, plain, messageKey: 'easyRead.check.jargon' });
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.excerpt);
  });

  it.each(jargonWelsh)('flags the Welsh %j as %s, through its mutations', (text, key) => {
    const finding = findingOf(text, 'jargon', 'cy');
    expect(finding?.glossaryKey).toBe(key);
    expect(finding?.plain).toBe(cy.glossary[key as keyof typeof cy.glossary].plain);
  });

  it('prefers the longest term and matches regardless of case and curly apostrophes', () => {
    const findings = checkEasyRead('A Mental Capacity Assessment and a carer’s assessment.', {
      locale: 'en',
    });
    expect(findings.map((f) => f.glossaryKey)).toEqual(['capacityAssessment', 'carersAssessment']);
  });

  it('does not find jargon inside other words', () => {
    expect(kinds('I like the outcomesque reassessmentish poem.')).not.toContain('jargon');
    expect(kinds('Rwy’n hoffi pontydd.', 'cy')).toEqual([]);
  });

  it('uses the translator for plain words when one is given', () => {
    const t = createTranslator({ glossary: { respite: { plain: 'a breather' } } }, 'en');
    expect(checkEasyRead('I need respite.', { locale: 'en', t })[0]?.plain).toBe('a breather');
  });

  it('has a table of at least 60 English and 30 Welsh terms, all in the glossary', () => {
    expect(jargonTable.terms.length).toBeGreaterThanOrEqual(60);
    expect(welshJargonTable.terms.length).toBeGreaterThanOrEqual(30);
    for (const term of [...jargonTable.terms, ...welshJargonTable.terms]) {
      expect(en.glossary[term.key].plain).not.toBe('');
      expect(cy.glossary[term.key].meaning).not.toBe('');
    }
    expect(new Set(jargonTable.terms.map((term) => term.key)).size).toBe(Object.keys(en.glossary).length);
  });

  it('finds no jargon in a language it has no word list for', () => {
    expect(kinds('Je reçois une aide à domicile.', 'fr')).toEqual([]);
  });

  it('uses the word lists a host registers for a language, or passes in', () => {
    const french = {
      ...jargonTable,
      terms: [{ key: 'domiciliaryCare' as const, forms: ['aide à domicile'] }],
      inflect: (form: string) => [form],
    };
    expect(
      checkEasyRead('Je reçois une aide à domicile.', { locale: 'fr', jargon: french })[0]?.glossaryKey,
    ).toBe('domiciliaryCare');
    registerJargonTable('FR', french);
    expect(findingOf('Je reçois une aide à domicile.', 'jargon', 'fr-CA')?.glossaryKey).toBe(
      'domiciliaryCare',
    );
  });
});

const acronymEnglish: [string, string | undefined][] = [
  ['My CPN visits on Fridays.', 'mental health nurse'],
  ['I am on the list for CAMHS.', 'mental health help for young people'],
  ['I see my GP.', 'doctor'],
  ['I get PIP.', 'a disability benefit'],
  ['I used to get ESA.', 'a benefit if you are ill or disabled'],
  ['My OT brought a new chair.', 'a worker who helps with everyday things'],
  ['There is a DoLS in place.', 'limits on your freedom'],
  ['Mum has an LPA for me.', 'someone you choose to decide for you'],
  ['The MDT met today.', 'different workers together'],
  ['I can take PRN if I need it.', 'medicine when needed'],
  ['My CHC funding stopped.', 'care paid for by the NHS'],
  ['I have a PBS plan.', 'a plan to help you feel calm'],
  ['I have an EHCP.', undefined],
  ['Ask the SENCO at school.', undefined],
  ['I go to the DWP office.', undefined],
  ['I have ASD.', undefined],
];

const acronymWelsh: [string, string | undefined][] = [
  ['Mae fy CPN yn dod bob dydd Gwener.', 'nyrs iechyd meddwl'],
  ['Dw i ar y rhestr aros am CAMHS.', 'help iechyd meddwl i bobl ifanc'],
  ['Dw i’n gweld fy GP.', 'meddyg teulu'],
  ['Dw i’n cael PIP.', 'budd-dal anabledd'],
  ['Roeddwn i’n arfer cael ESA.', "budd-dal os ydych chi'n sâl neu'n anabl"],
  ['Daeth fy OT â chadair newydd.', "gweithiwr sy'n helpu gyda phethau bob dydd"],
  ['Mae DoLS yn ei le.', 'cyfyngu ar eich rhyddid'],
  ['Mae gan Mam LPA i fi.', "rhywun rydych chi'n ei ddewis i benderfynu drosoch chi"],
  ['Cyfarfu’r MDT heddiw.', "gweithwyr gwahanol gyda'i gilydd"],
  ['Dw i’n gallu cymryd PRN.', 'meddyginiaeth pan fo angen'],
  ['Daeth fy nghyllid CHC i ben.', "gofal sy'n cael ei dalu gan y GIG"],
  ['Mae gen i gynllun PBS.', "cynllun i'ch helpu i deimlo'n dawel"],
  ['Mae gen i gynllun ADY.', undefined],
  ['Ffoniwch y BIP.', undefined],
  ['Es i i swyddfa’r DWP.', undefined],
  ['Mae gen i ASD.', undefined],
];

describe('checkEasyRead finds acronyms', () => {
  it.each(acronymEnglish)('flags the acronym in %j', (text, plain) => {
    const finding = findingOf(text, 'acronym');
    expect(finding).toBeDefined();
    expect(finding?.plain).toBe(plain);
    expect(finding?.messageKey).toBe(plain ? 'easyRead.check.acronym' : 'easyRead.check.acronymUnknown');
  });
  it.each(acronymWelsh)('flags the acronym in the Welsh %j', (text, plain) => {
    expect(findingOf(text, 'acronym', 'cy')?.plain).toBe(plain);
  });

  it('leaves well-known short forms and single capitals alone', () => {
    expect(checkEasyRead('I watch TV. I am OK. I use the NHS in the UK.', { locale: 'en' })).toEqual([]);
    expect(checkEasyRead('Dw i’n gwylio S4C ar y TV. Mae’r GIG yn iawn.', { locale: 'cy' })).toEqual([]);
  });

  it('covers only the acronym, not a possessive ending', () => {
    const finding = findingOf("The GP's surgery.", 'acronym')!;
    expect(finding.excerpt).toBe('GP');
    expect(finding.end - finding.start).toBe(2);
  });

  it('does not treat names such as McDonald as acronyms', () => {
    expect(kinds('I work at McDonald’s with LinkedIn friends.')).toEqual([]);
  });
});

const numbersEnglish: [string, number][] = [
  ['I have two brothers.', 2],
  ['I am twenty-one.', 21],
  ['Staff come three times a week.', 3],
  ['Wait fifteen minutes.', 15],
  ['It costs one hundred pounds.', 100],
  ['Lunch is at twelve.', 12],
  ['I need help seven days a week.', 7],
  ['My nan is ninety.', 90],
  ['It is forty five minutes away.', 45],
  ['I saved a thousand pounds.', 1000],
  ['I was nineteen when I moved.', 19],
  ['I get up at eight.', 8],
  ['I have six cats.', 6],
  ['I walk for ten minutes.', 10],
  ['It costs two hundred and fifty pounds.', 250],
];

const numbersWelsh: [string, number][] = [
  ['Mae gen i ddau frawd.', 2],
  ['Dw i angen help tri diwrnod yr wythnos.', 3],
  ['Mae’n cymryd pedair awr.', 4],
  ['Arhoswch bum munud.', 5],
  ['Roedd hi yno am chwe mis.', 6],
  ['Mae saith diwrnod mewn wythnos.', 7],
  ['Dw i’n codi am wyth.', 8],
  ['Mae hi’n naw oed.', 9],
  ['Mae’n costio deg punt.', 10],
  ['Dw i’n dau ddeg pump oed.', 25],
  ['Mae’n un ar ddeg oed.', 11],
  ['Arhoswch bymtheg munud.', 15],
  ['Mae’n cymryd ugain munud.', 20],
  ['Mae’n costio dau gant o bunnoedd.', 200],
  ['Mae Nain yn hanner cant oed heddiw.', 50],
  ['Mae hi’n bump ar hugain.', 25],
  ['Dw i wedi cynilo dwy fil o bunnoedd.', 2000],
  ['Dw i’n deuddeg oed.', 12],
];

describe('checkEasyRead finds numbers written as words', () => {
  it.each(numbersEnglish)('flags %j and suggests %i', (text, value) => {
    expect(findingOf(text, 'number-as-word')).toMatchObject({
      plain: String(value),
      params: { digits: String(value) },
    });
  });
  it.each(numbersWelsh)('flags the Welsh %j and suggests %i', (text, value) => {
    expect(findingOf(text, 'number-as-word', 'cy')?.plain).toBe(String(value));
  });

  it('does not flag "one" or "un" used as a pronoun, or "yn deg" meaning fairly', () => {
    expect(kinds('No one came. I like this one.')).toEqual([]);
    expect(kinds('Yr un peth. Dw i’n gwneud hyn fy hun. Cafodd ei drin yn deg.', 'cy')).toEqual([]);
  });

  it('keeps separate numbers apart', () => {
    const findings = checkEasyRead('two or three', { locale: 'en' }).map((f) => f.plain);
    expect(findings).toEqual(['2', '3']);
  });
});

const longWordsEnglish = [
  'I need accommodation near my family.',
  'I have responsibilities at home.',
  'Communication is hard for me.',
  'It takes approximately an hour.',
  'I want to live independently.',
  'The administration was slow.',
  'They made recommendations.',
  'I want a comprehensive check.',
  'I see a psychologist about psychological help.',
  'I had rehabilitation after my fall.',
  'My physiotherapist is kind.',
  'Please act appropriately.',
  'Unfortunately I missed the bus.',
  'I want more opportunities.',
  'Transportation is a problem.',
  'My circumstances changed.',
];

const longWordsWelsh = [
  'Mae gen i gyfrifoldebau gartref.',
  'Mae cydweithrediad yn bwysig.',
  'Mae’r ymddiriedolaeth yn helpu.',
  'Mae llywodraethiant yn wan.',
  'Cawson ni ymgynghoriadau.',
  'Dyma’r dadansoddiadau.',
  'Roedd trawsnewidiadau mawr.',
  'Mae’r farn yn wrthgyferbyniol.',
  'Mae’r tîm yn rhyngddisgyblaethol.',
  'Mae anghydraddoldebau yn bod.',
  'Roedd trosglwyddiadau yn araf.',
  'Mae cydymffurfiaeth yn bwysig.',
  'Gwnaethon ni hunanasesiadau.',
  'Mae cydraddoldebau yn bwysig.',
  'Mae arloesedd yn bwysig, ac mae gweithdrefnau ailstrwythuredig yn dod.',
];

describe('checkEasyRead finds long words', () => {
  it.each(longWordsEnglish)('flags a long word in %j', (text) => {
    expect(findingOf(text, 'long-word')?.messageKey).toBe('easyRead.check.longWord');
  });
  it.each(longWordsWelsh)('flags a long word in the Welsh %j', (text) => {
    expect(findingOf(text, 'long-word', 'cy')).toBeDefined();
  });

  it('counts Welsh digraphs as one letter', () => {
    // "gweithgareddau" has 14 characters but 12 Welsh letters (th, dd).
    expect(kinds('Dw i’n hoffi gweithgareddau.', 'cy')).toEqual([]);
  });

  it('leaves names alone: capitalised words inside a sentence and names given', () => {
    expect(kinds('I live in Llanfairpwllgwyngyll with Christopherson.')).toEqual([]);
    expect(checkEasyRead('Bartholomewson likes tea.', { locale: 'en', names: ['Bartholomewson'] })).toEqual(
      [],
    );
  });

  it('leaves web and email addresses alone', () => {
    expect(
      kinds('Email me at representative.somebody@example.org or see www.longdomainexample.org.uk now.'),
    ).toEqual([]);
  });
});

const capsEnglish = [
  'PLEASE DO NOT SHOUT AT ME.',
  'I NEED MY TABLETS AT 8.',
  'This is IMPORTANT.',
  'Do NOT call after 9pm.',
  'NEVER leave me alone in the bath.',
  'CALL MUM FIRST.',
  'I DO NOT LIKE LOUD NOISES.',
  'Knock on the door. ALWAYS.',
  'STOP if I say stop.',
  'Fire exit is at the BACK DOOR.',
  'I am ALLERGIC to nuts.',
  'Keep the gate SHUT.',
  'I love my dog. HE IS MY BEST FRIEND.',
  'Phone my sister ONLY.',
  'DANGER: the stairs are steep.',
];

const capsWelsh = [
  'PEIDIWCH Â GWEIDDI ARNA I.',
  'DW I ANGEN FY NHABLEDI.',
  'Mae hyn yn BWYSIG IAWN.',
  'PEIDIWCH â ffonio ar ôl 9.',
  'Peidiwch BYTH â fy ngadael.',
  'FFONIWCH MAM YN GYNTAF.',
  'DW I DDIM YN HOFFI SŴN.',
  'Curwch ar y drws. BOB TRO.',
  'STOPIWCH os dw i’n dweud.',
  'Mae’r allanfa wrth Y DRWS CEFN.',
  'Mae gen i ALERGEDD i gnau.',
  'Cadwch y giât AR GAU.',
  'Dw i’n caru fy nghi. FO YDY FY FFRIND GORAU.',
  'Ffoniwch fy chwaer YN UNIG.',
  'PERYGL: mae’r grisiau yn serth.',
];

describe('checkEasyRead finds text in capitals', () => {
  it.each(capsEnglish)('flags capitals in %j', (text) => {
    const finding = findingOf(text, 'all-caps');
    expect(finding?.plain).toBe(finding?.excerpt.toLowerCase());
  });
  it.each(capsWelsh)('flags capitals in the Welsh %j', (text) => {
    expect(findingOf(text, 'all-caps', 'cy')).toBeDefined();
  });

  it('reports a run of capitals once, not word by word', () => {
    const findings = checkEasyRead('PLEASE DO NOT SHOUT.', { locale: 'en' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      kind: 'all-caps',
      start: 0,
      end: 19,
      excerpt: 'PLEASE DO NOT SHOUT',
    });
  });
});

describe('checkEasyRead with hostile or unusual text', () => {
  it('returns nothing for empty and blank text', () => {
    expect(checkEasyRead('', { locale: 'en' })).toEqual([]);
    expect(checkEasyRead(' \n\t ', { locale: 'cy' })).toEqual([]);
  });

  it('reads markup and control characters as text without throwing', () => {
    const text = '<script>alert(1)</script>\u0000\u202e safeguarding <img src=x onerror=alert(1)>';
    const findings = checkEasyRead(text, { locale: 'en' });
    expect(findings.some((f) => f.glossaryKey === 'safeguarding')).toBe(true);
  });

  it('copes with a 100 000-character text and keeps offsets right', () => {
    const text = `${'I like tea. '.repeat(8000)}My respite is soon. ${'word '.repeat(2000)}`;
    const findings = checkEasyRead(text, { locale: 'en' });
    const jargon = findings.find((f) => f.kind === 'jargon')!;
    expect(text.slice(jargon.start, jargon.end)).toBe('respite');
    const long = findings.find((f) => f.kind === 'long-sentence')!;
    expect(long.excerpt.length).toBeLessThanOrEqual(80);
    expect(long.end).toBe(text.trimEnd().length);
  });

  it('sorts findings by where they start', () => {
    const findings = checkEasyRead('My CPN and my advocate came on twenty days.', { locale: 'en' });
    expect(findings.map((f) => f.kind)).toEqual(['acronym', 'jargon', 'number-as-word']);
    expect(findings.map((f) => f.start)).toEqual([...findings.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('accepts region subtags such as en-GB and cy-GB', () => {
    expect(findingOf('I need respite.', 'jargon', 'en-GB')?.glossaryKey).toBe('respite');
    expect(findingOf('Dw i angen gofal seibiant.', 'jargon', 'cy-GB')?.glossaryKey).toBe('respite');
  });
});

// A quadratic step would take minutes on a million characters, far past the test timeout;
// linear work takes well under a second. No timings are asserted, so this cannot flake.
describe('given a million characters in one run', () => {
  const million = 1_000_000;
  it.each([
    ['one unbroken word', 'a'.repeat(million)],
    ['one word in capitals', 'A'.repeat(million)],
    ['one run of digits', '7'.repeat(million)],
    ['letters joined by full stops', 'ab.'.repeat(million / 3)],
    ['letters joined by hyphens', 'ab-'.repeat(million / 3)],
    ['long words joined by at signs, no domain', `${'a'.repeat(99)}@`.repeat(million / 100)],
  ])('checks %s in one pass (en and cy)', (_name, text) => {
    for (const locale of ['en', 'cy']) {
      const findings = checkEasyRead(text, { locale });
      for (const finding of findings) {
        expect(finding.end).toBeLessThanOrEqual(text.length);
        expect(finding.excerpt.length).toBeLessThanOrEqual(80);
      }
    }
  });

  it('flags one unbroken word once, as a long word', () => {
    expect(kinds('a'.repeat(million))).toEqual(['long-word']);
  });

  it('still finds every email address and skips the words inside them', () => {
    const text = `${'Write to sam.jones@example.org.uk today. '.repeat(20_000)}`;
    const findings = checkEasyRead(text, { locale: 'en' });
    expect(findings).toEqual([]);
    expect(kinds('Write to SAFEGUARDING@example.org or respite@x.')).toEqual(['jargon']);
  });
});
