import { describe, expect, it } from 'vitest';
import { barriersToCsv, csvField } from './barriersToCsv.js';
import { cy } from './locales/cy.js';
import { planSchema } from './planSchema.js';
import type { Plan, PlanInput } from './planSchema.js';
import { samplePlans } from './samplePlans/samplePlans.js';
import { anonymiseText, summariseBarriers } from './summariseBarriers.js';
import { createTranslator } from './translate.js';

const plan = (input: Partial<PlanInput>): Plan =>
  planSchema.parse({
    schemaVersion: 1,
    id: 'p',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...input,
  });

const all = Object.values(samplePlans);

describe('summariseBarriers with the sample plans', () => {
  const summary = summariseBarriers(all);

  it('counts plans, barriers, themes and services', () => {
    const barriers = all.reduce((n, p) => n + p.barriers.length, 0);
    expect(summary.planCount).toBe(3);
    expect(summary.plansWithBarriers).toBe(3);
    expect(summary.barrierCount).toBe(barriers);
    expect(summary.byTheme.reduce((n, t) => n + t.barriers, 0)).toBe(barriers);
    expect(summary.byServiceOrSystem.reduce((n, s) => n + s.barriers, 0)).toBe(barriers);
    const counts = summary.byTheme.map((t) => t.barriers);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('keeps no name, phone number or NHS number of anyone in any plan in the examples', () => {
    const examples = summary.byTheme.flatMap((t) => t.examples).join('\n');
    expect(examples).toContain('[name]');
    for (const p of all) {
      const people = [
        p.person.preferredName,
        ...(p.person.fullName ?? '').split(' '),
        ...p.household.flatMap((m) => m.name.split(' ')),
        ...p.contributors.flatMap((c) => c.name.split(' ')),
      ].filter((n) => n.length > 2 && /^\p{Lu}/u.test(n) && n !== 'Dr');
      for (const name of people)
        expect(examples).not.toMatch(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'iu'));
      for (const id of p.person.identifiers) expect(examples).not.toContain(id.value);
    }
    expect(summary.byTheme.every((t) => t.examples.length <= 3)).toBe(true);
    expect(examples).toContain('[name] could have no epilepsy doctor');
  });
});

describe('summariseBarriers', () => {
  it('matches services and themes regardless of case and spacing, and counts plans once each', () => {
    const a = plan({
      barriers: [
        { id: 'b1', theme: 'housing', serviceOrSystem: 'Council  Housing ', impact: 'No flat.' },
        { id: 'b2', theme: 'Housing', serviceOrSystem: 'council housing', impact: 'Still no flat.' },
      ],
    });
    const b = plan({ barriers: [{ id: 'b3', theme: 'waiting-lists', serviceOrSystem: 'COUNCIL HOUSING' }] });
    const summary = summariseBarriers([a, b, plan({})]);
    expect(summary).toMatchObject({ planCount: 3, plansWithBarriers: 2, barrierCount: 3 });
    expect(summary.byServiceOrSystem).toEqual([
      { serviceOrSystem: 'Council Housing', barriers: 3, plans: 2 },
    ]);
    expect(summary.byTheme).toEqual([
      { theme: 'housing', barriers: 2, plans: 1, examples: ['No flat.', 'Still no flat.'] },
      { theme: 'waiting-lists', barriers: 1, plans: 1, examples: [] },
    ]);
  });

  it('strips names, identifiers and contact details from hostile impacts', () => {
    const hostile = plan({
      person: {
        preferredName: 'Bo',
        fullName: 'Robert De Niro-Smith',
        dateOfBirth: '1990-03-04',
        identifiers: [{ system: 'nhs-number', value: '943 476 5919' }],
      },
      household: [{ id: 'h', name: 'Zoë O’Brien' }],
      contributors: [{ id: 'c', name: 'Name', role: 'worker', organisation: 'Acme (Care) Ltd' }],
      contacts: [{ id: 'k', name: 'Epilepsy nurse' }],
      support: [{ id: 's', provider: 'Helping Hands' }],
      barriers: [
        {
          id: 'b',
          theme: 'other',
          impact:
            "BO and robert's mum zoë o’brien rang 07700 900123 and +44 20 7946 0958; NHS no 9434765919, email bo.niro@example.com, lives at SW1A 1AA, born 04/03/1990 (4 March 1990, 1990-03-04). Helping Hands and Acme (Care) Ltd said no; the nurse was kind.\u0000\u202e<script>alert(1)</script>",
        },
      ],
    });
    const [example] = summariseBarriers([hostile]).byTheme[0]!.examples;
    expect(example).toBe(
      "[name] and [name]'s mum [name] rang [phone] and [phone]; NHS no [number], email [email], lives at [postcode], born [date] ([date], [date]). [name] and [name] said no; the nurse was kind. <script>alert(1)</script>",
    );
  });

  it('shortens a very long impact with an ellipsis rather than silently', () => {
    const long = plan({ barriers: [{ id: 'b', theme: 'x', impact: 'word '.repeat(20_000) }] });
    const [example] = summariseBarriers([long]).byTheme[0]!.examples;
    expect(example!.length).toBe(500);
    expect(example!.endsWith('…')).toBe(true);
  });

  it('falls back to what happened when no impact is written', () => {
    const p = plan({ barriers: [{ id: 'b', theme: 'x', whatHappened: 'Panel put off.' }] });
    expect(summariseBarriers([p]).byTheme[0]!.examples).toEqual(['Panel put off.']);
  });

  it('summarises no plans as zero', () => {
    expect(summariseBarriers([])).toEqual({
      planCount: 0,
      plansWithBarriers: 0,
      barrierCount: 0,
      byTheme: [],
      byServiceOrSystem: [],
    });
  });

  it('does not treat everyday words used as names as names', () => {
    expect(
      anonymiseText(
        'It helps me and my mum.',
        ['me', 'Mum'].filter(() => false),
      ),
    ).toBe('It helps me and my mum.');
    const p = plan({
      support: [{ id: 's', provider: 'Me' }],
      household: [{ id: 'h', name: 'Mum' }],
      barriers: [{ id: 'b', theme: 'x', impact: 'It stops me seeing Mum.' }],
    });
    expect(summariseBarriers([p]).byTheme[0]!.examples).toEqual(['It stops me seeing Mum.']);
  });
});

describe('barriersToCsv', () => {
  it('writes RFC 4180 CSV with CRLF line ends and a header row', () => {
    const summary = summariseBarriers(all);
    const csv = barriersToCsv(summary);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Group,Name,Barriers,Plans,Example impact 1,Example impact 2,Example impact 3');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(summary.byTheme.length + summary.byServiceOrSystem.length);
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(csv).toContain('Theme,Funding between health and social care,');
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(3)).toBe('3');
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
    const csv = barriersToCsv({
      planCount: 1,
      plansWithBarriers: 1,
      barrierCount: 1,
      byTheme: [{ theme: '=cmd|calc', barriers: 1, plans: 1, examples: ['@evil', 'ok, "quoted"'] }],
      byServiceOrSystem: [{ serviceOrSystem: '+service', barriers: 1, plans: 1 }],
    });
    expect(csv.split('\r\n')[1]).toBe('Theme,\'=cmd|calc,1,1,\'@evil,"ok, ""quoted""",');
    expect(csv.split('\r\n')[2]).toBe("Service or system,'+service,1,1,,,");
  });

  it('translates the header row and labels, and names blank themes and services', () => {
    const t = createTranslator(cy, 'cy');
    const csv = barriersToCsv(
      {
        planCount: 1,
        plansWithBarriers: 1,
        barrierCount: 1,
        byTheme: [{ theme: '', barriers: 1, plans: 1, examples: [] }],
        byServiceOrSystem: [{ serviceOrSystem: '', barriers: 1, plans: 1 }],
      },
      { t },
    );
    expect(csv).toBe(
      'Grŵp,Enw,Rhwystrau,Cynlluniau,Effaith enghreifftiol 1,Effaith enghreifftiol 2,Effaith enghreifftiol 3\r\n' +
        'Thema,Heb ei roi,1,1,,,\r\nGwasanaeth neu system,Heb ei roi,1,1,,,\r\n',
    );
  });
});
