import { describe, expect, it } from 'vitest';
import { buildEasyReadDocument } from './buildEasyReadDocument.js';
import { defaultDefinition } from './defaultDefinition.js';
import type { EasyReadDocument } from './easyReadDocumentTypes.js';
import { cy } from './locales/cy.js';
import { en } from './locales/en.js';
import { planSchema } from './planSchema.js';
import type { Plan, PlanInput } from './planSchema.js';
import { samplePlans } from './samplePlans/samplePlans.js';
import { createTranslator } from './translate.js';

const now = new Date(2026, 2, 3, 12);
const translators = { en: createTranslator(en, 'en'), cy: createTranslator(cy, 'cy') };
const build = (plan: Plan, locale: 'en' | 'cy' = 'en') =>
  buildEasyReadDocument(plan, { definition: defaultDefinition, locale, t: translators[locale], now });
const plan = (input: Partial<PlanInput> = {}): Plan =>
  planSchema.parse({
    schemaVersion: 1,
    id: 'p',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...input,
  });
const allText = (doc: EasyReadDocument) =>
  [
    doc.title,
    doc.subtitle,
    ...doc.sections.flatMap((s) => [
      s.heading,
      ...s.rows.flatMap((r) => [
        ...(r.lead === undefined ? [] : [r.lead]),
        ...r.sentences,
        ...(r.scale ?? []).map((x) => x.label),
      ]),
    ]),
  ].join('\n');

const sectionOrder = [
  'aboutMe',
  'whatMatters',
  'communication',
  'people',
  'strengths',
  'outcomes',
  'support',
  'decisions',
  'stayingSafe',
  'sharing',
  'review',
];

describe.each(['en', 'cy'] as const)('buildEasyReadDocument in %s', (locale) => {
  describe.each(Object.entries(samplePlans))('with the sample plan of %s', (name, sample) => {
    const doc = build(sample, locale);
    const resources = locale === 'en' ? en : cy;

    it('has every expected heading, in order, translated', () => {
      expect(doc.sections.map((s) => s.id)).toEqual(sectionOrder);
      expect(doc.sections.map((s) => s.heading)).toEqual(
        sectionOrder.map((id) => resources.easyRead.sections[id as keyof typeof resources.easyRead.sections]),
      );
      expect(doc.locale).toBe(locale);
      expect(doc.personName).toBe(sample.person.preferredName);
      expect(doc.title).toContain(sample.person.preferredName);
    });

    it('leaves out barriers, which are for commissioners', () => {
      expect(doc.sections.some((s) => s.id === 'barriers')).toBe(false);
      for (const barrier of sample.barriers) expect(allText(doc)).not.toContain(barrier.whatHappened);
    });

    it('keeps the person’s own words verbatim and marked', () => {
      const ownRows = doc.sections.flatMap((s) => s.rows).filter((r) => r.ownWords);
      expect(ownRows.length).toBeGreaterThan(0);
      const own = sample.outcomes.filter((o) => o.statement.voice?.ownWords);
      for (const outcome of own) {
        const joined = ownRows.flatMap((r) => r.sentences).join(' ');
        expect(joined).toContain(outcome.statement.text.replace(/\s+/g, ' ').trim());
      }
    });

    it('keeps every outcome reading, labelled by who gave it, never averaged', () => {
      const scales = doc.sections.find((s) => s.id === 'outcomes')!.rows.flatMap((r) => r.scale ?? []);
      const readings = sample.outcomes.flatMap((o) => o.readings);
      expect(scales).toHaveLength(readings.length);
      expect(scales.map((s) => [s.now, s.goal])).toEqual(readings.map((r) => [r.now, r.goal]));
      expect(scales.every((s) => s.label.length > 0)).toBe(true);
    });

    it('gives every row a picture and one or two sentences, or a short paragraph of own words', () => {
      for (const row of doc.sections.flatMap((s) => s.rows)) {
        expect(row.picture).toMatch(/^[a-z0-9-]+$/);
        if (row.ownWords && row.sentences.length > 2)
          expect(row.sentences.join(' ').length, row.sentences.join(' ')).toBeLessThanOrEqual(200);
        else expect(row.sentences.length).toBeLessThanOrEqual(2);
      }
    });

    it('introduces own words in their own row, never in a row of its own', () => {
      const rows = doc.sections.flatMap((s) => s.rows);
      const leads = rows.filter((r) => r.lead !== undefined);
      expect(leads.length).toBeGreaterThan(0);
      for (const row of leads) {
        expect(row.ownWords).toBe(true);
        expect(row.lead).toMatch(/:$/);
        expect(row.sentences.length).toBeGreaterThan(0);
      }
      rows.forEach((row, index) => {
        const next = rows[index + 1];
        // A lead-in alone ("A good day for me:") before own words with its picture is what `lead` replaced.
        if (next?.ownWords && next.picture === row.picture && !row.ownWords)
          expect(row.sentences.at(-1)).not.toMatch(/:$/);
      });
    });

    it('explains only hard words it uses, each with a meaning, sorted', () => {
      for (const entry of doc.glossary) expect(entry.meaning).not.toMatch(/^glossary\./);
      const words = doc.glossary.map((g) => g.word);
      expect(words).toEqual([...words].sort(new Intl.Collator(locale, { sensitivity: 'base' }).compare));
      expect(name).toBeTruthy();
    });

    it('uses no missing translation keys', () => {
      const text = [
        allText(doc),
        doc.contactsHeading,
        doc.glossaryHeading,
        doc.reviewSentence ?? '',
        ...Object.values(doc.labels),
      ].join('\n');
      expect(text).not.toMatch(/\b(easyRead|glossary|plan)\.\w/);
    });
  });
});

describe('buildEasyReadDocument', () => {
  it('builds a cover and no sections for an empty plan', () => {
    const doc = build(plan());
    expect(doc).toEqual({
      locale: 'en',
      title: 'My support plan',
      personName: '',
      subtitle: 'My plan. Made on 3 March 2026.',
      sections: [],
      contacts: [],
      contactsHeading: 'Who to call',
      glossary: [],
      glossaryHeading: 'Hard words',
      labels: {
        pageOf: 'Page {{page}} of {{total}}',
        ownWords: 'My own words',
        scaleNow: 'Where I am now',
        scaleGoal: 'Where I want to be',
        phone: 'Phone',
      },
    });
  });

  it('formats dates for the locale', () => {
    const p = plan({ review: { nextReviewDate: '2027-06-01', howWeWillKnow: { text: '' } } });
    expect(build(p).reviewSentence).toBe('We will check my plan on 1 June 2027.');
    expect(build(p, 'cy').reviewSentence).toBe('Byddwn ni’n gwirio fy nghynllun ar 1 Mehefin 2027.');
    expect(build(p, 'cy').subtitle).toBe('Fy nghynllun. Wedi’i wneud ar 3 Mawrth 2026.');
  });

  it('labels readings by who gave them: together, me, and others by relationship or name', () => {
    const p = plan({
      contributors: [
        { id: 'me', name: 'Sam', role: 'person' },
        { id: 'mum', name: 'Ann', role: 'family', relationship: 'Mum' },
        { id: 'w', name: 'Rhys Morgan', role: 'worker' },
      ],
      outcomes: [
        {
          id: 'o',
          statement: { text: 'I get to college on my own.', voice: { contributorId: 'me', ownWords: true } },
          readings: [
            { id: 'r1', by: 'together', now: 3, goal: 8 },
            { id: 'r2', by: 'me', now: 7, goal: 9, date: '2026-03-12' },
            { id: 'r3', by: 'mum', now: 2, goal: 6 },
            { id: 'r4', by: 'w', now: 4 },
            { id: 'r5', by: 'gone', goal: 5 },
          ],
        },
      ],
    });
    const row = build(p).sections[0]!.rows[0]!;
    expect(row).toEqual({
      picture: 'star',
      sentences: ['I get to college on my own.'],
      ownWords: true,
      scale: [
        { label: 'We agree', now: 3, goal: 8 },
        { label: 'I think, 12 March 2026', now: 7, goal: 9 },
        { label: 'Mum thinks', now: 2, goal: 6 },
        { label: 'Rhys Morgan thinks', now: 4 },
        { label: 'Someone thinks', goal: 5 },
      ],
    });
    expect(build(p, 'cy').sections[0]!.rows[0]!.scale!.map((s) => s.label)).toEqual([
      'Rydyn ni’n cytuno',
      'Rydw i’n meddwl, 12 Mawrth 2026',
      'Mae Mum yn meddwl',
      'Mae Rhys Morgan yn meddwl',
      'Mae rhywun yn meddwl',
    ]);
  });

  it('puts right-size support first, with hours and provider, then support that will change', () => {
    const p = plan({
      support: [
        {
          id: 'a',
          rung: 'specialist',
          description: { text: 'Day centre.' },
          status: 'current',
          hoursPerWeek: 20,
        },
        {
          id: 'b',
          rung: 'community',
          description: { text: 'Art club.' },
          status: 'right-size',
          hoursPerWeek: 1,
          provider: 'Arts hub',
        },
        { id: 'c', rung: 'me', description: { text: 'I make my lunch.' }, status: 'both', hoursPerWeek: 2.5 },
      ],
      rightSizeReason: { text: 'I am ready to do more myself.' },
    });
    const rows = build(p).sections[0]!.rows;
    expect(rows.map((r) => r.sentences)).toEqual([
      ['Art club.'],
      ['Who helps: Arts hub.', 'How long: 1 hour a week.'],
      ['I make my lunch.'],
      ['How long: 2.5 hours a week.'],
      ['Help I get now, that will change:'],
      ['Day centre.'],
      ['How long: 20 hours a week.'],
      ['Why my help is changing:', 'I am ready to do more myself.'],
    ]);
    expect(rows[0]!.picture).toBe('community');
    expect(rows[1]!.picture).toBe('clock');
  });

  it('includes carers’ own needs in the people in my life', () => {
    const p = plan({
      household: [
        {
          id: 'h',
          name: 'Ron',
          relationship: 'Husband',
          livesWithPerson: true,
          isCarer: true,
          ownNeeds: { text: 'I need a night’s sleep.', voice: { ownWords: true } },
        },
      ],
    });
    const rows = build(p).sections[0]!.rows;
    expect(rows.map((r) => r.sentences)).toEqual([
      ['Ron is my husband.', 'We live together.'],
      ['Ron looks after me.'],
      ['I need a night’s sleep.'],
    ]);
    expect(rows[2]!.lead).toBe('What Ron needs, to keep going:');
    expect(rows[2]!.ownWords).toBe(true);
  });

  it('says how I need information, with accessible formats', () => {
    const p = plan({
      communication: {
        accessibleFormats: [{ kind: 'easy-read' }, { kind: 'bsl', detail: 'With a deaf relay interpreter' }],
        interpreterNeeded: true,
        interpreterLanguage: 'BSL',
      },
    });
    const section = build(p).sections[0]!;
    expect(section.id).toBe('communication');
    expect(section.rows.map((r) => r.sentences)).toEqual([
      ['I need someone to interpret BSL for me.'],
      ['I need information in easy read.'],
      ['I use British Sign Language.', 'More about this: With a deaf relay interpreter'],
    ]);
    expect(section.rows[1]!.picture).toBe('eye');
  });

  it('splits long entries in the plan’s words into rows of two sentences, losing nothing', () => {
    const text = 'One. Two! Three? Four.\nFive… Six.';
    const p = plan({ aboutMe: { goodDay: { text } } });
    const rows = build(p).sections[0]!.rows;
    expect(rows.map((r) => r.sentences)).toEqual([
      ['A good day for me:', 'One.'],
      ['Two!', 'Three?'],
      ['Four.', 'Five…'],
      ['Six.'],
    ]);
    expect(rows.some((r) => r.ownWords || r.lead !== undefined)).toBe(false);
  });

  it('puts the lead-in into the first row of own words, which keep a short paragraph together', () => {
    const p = plan({
      aboutMe: {
        goodDay: { text: 'Swimming. Chips. The 50 bus. Playing FIFA with Osian.', voice: { ownWords: true } },
      },
    });
    expect(build(p).sections[0]!.rows).toEqual([
      {
        picture: 'happy',
        lead: 'A good day for me:',
        sentences: ['Swimming.', 'Chips.', 'The 50 bus.', 'Playing FIFA with Osian.'],
        ownWords: true,
      },
    ]);
    expect(build(p, 'cy').sections[0]!.rows[0]!.lead).toBe('Diwrnod da i fi:');
  });

  it('cuts long own words at sentence ends and at blank lines, losing nothing', () => {
    const first = Array.from({ length: 12 }, (_, i) => `This is sentence ${i + 1} of what I wrote.`);
    const text = `${first.join(' ')}\n\nA new paragraph.\nA list line.`;
    const p = plan({ aboutMe: { goodDay: { text, voice: { ownWords: true } } } });
    const rows = build(p).sections[0]!.rows;
    expect(rows[0]!.lead).toBe('A good day for me:');
    expect(rows.slice(1).every((r) => r.lead === undefined)).toBe(true);
    expect(rows.every((r) => r.ownWords)).toBe(true);
    expect(rows.flatMap((r) => r.sentences)).toEqual([...first, 'A new paragraph.', 'A list line.']);
    for (const row of rows) expect(row.sentences.join(' ').length).toBeLessThanOrEqual(200);
    // As few rows as fit, evened out rather than full rows and a short last one.
    expect(rows.slice(0, 3).map((r) => r.sentences.length)).toEqual([4, 4, 4]);
    // The paragraph after the blank line starts a row of its own.
    expect(rows.at(-1)!.sentences).toEqual(['A new paragraph.', 'A list line.']);
    expect(rows.length).toBe(4);
  });

  it('passes hostile text through as text without throwing', () => {
    const hostile =
      '<script>alert("x")</script> <img src=x onerror=alert(1)> \u0000\u0007\u202e\u2066 Robert\'); DROP TABLE plans;--';
    const huge = `${'word '.repeat(10_000)}end`;
    const p = plan({
      person: { preferredName: '<b>Sam</b>' },
      aboutMe: { goodDay: { text: hostile, voice: { ownWords: true } }, badDay: { text: huge } },
      contacts: [{ id: 'k', name: '=HYPERLINK("x")', phone: '<tel>' }],
    });
    const doc = build(p);
    expect(doc.title).toBe('<b>Sam</b>’s support plan');
    const sentences = doc.sections.flatMap((s) => s.rows.flatMap((r) => r.sentences));
    expect(sentences.join(' ')).toContain('<script>alert("x")</script>');
    expect(sentences.join(' ')).toContain('\u0000\u0007\u202e\u2066');
    const bad = doc.sections[0]!.rows.filter((r) => r.picture === 'upset').flatMap((r) => r.sentences);
    expect(bad.slice(1).join(' ').replace(/\s+/g, ' ')).toBe(huge);
    expect(Math.max(...bad.map((s) => s.length))).toBeLessThanOrEqual(600);
    expect(doc.contacts).toEqual([{ name: '=HYPERLINK("x")', phone: '<tel>' }]);
  });

  it('keeps a 50 000-character entry whole across rows', () => {
    const text = 'I like the sea and the hills. '.repeat(1_700).trim();
    expect(text.length).toBeGreaterThan(50_000);
    const p = plan({ aboutMe: { mostImportant: { text, voice: { ownWords: true } } } });
    const rows = build(p).sections[0]!.rows;
    expect(rows[0]!.lead).toBe('What matters most to me:');
    expect(rows.flatMap((r) => r.sentences).join(' ')).toBe(text);
  });

  it('adds a glossary entry only for hard words in the document', () => {
    const p = plan({ aboutMe: { pleaseDo: { text: 'Ask my advocate. Ring my GP.' } } });
    expect(build(p).glossary).toEqual([
      { word: 'Advocate', meaning: en.glossary.advocate.meaning },
      { word: 'GP', meaning: en.glossary.gp.meaning },
    ]);
    expect(build(plan({ aboutMe: { pleaseDo: { text: 'Ask me.' } } })).glossary).toEqual([]);
    const welsh = plan({ aboutMe: { pleaseDo: { text: 'Gofynnwch i fy eiriolwr.' } } });
    expect(build(welsh, 'cy').glossary).toEqual([
      { word: 'Eiriolwr', meaning: cy.glossary.advocate.meaning },
    ]);
  });

  it('leaves out questions the definition hides', () => {
    const definition = {
      ...defaultDefinition,
      sections: defaultDefinition.sections.map((s) => (s.id === 'aboutMe' ? { ...s, hidden: true } : s)),
    };
    const p = plan({ aboutMe: { goodDay: { text: 'Swimming.' } }, person: { preferredName: 'Sam' } });
    const doc = buildEasyReadDocument(p, { definition, locale: 'en', t: translators.en, now });
    expect(allText(doc)).not.toContain('Swimming');
    expect(allText(doc)).toContain('My name is Sam.');
  });
});
