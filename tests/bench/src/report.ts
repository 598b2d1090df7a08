import type { BrowserFigures } from './browser/measureBrowser.js';
import type { BundleFigures } from './bundle/measureBundles.js';
import type { BudgetResult, Budgets } from './budgets.js';
import type { MachineInfo } from './machine.js';
import type { PdfFigures } from './pdf/measurePdf.js';

/** Everything one bench run measured (a part is undefined when skipped with --only). */
export interface BenchFigures {
  bundles?: BundleFigures[];
  browser?: BrowserFigures[];
  pdf?: PdfFigures[];
}

type Peer = 'surveyjs' | 'rjsf' | 'jsonforms';
const peers: Peer[] = ['surveyjs', 'rjsf', 'jsonforms'];

interface Row {
  figure: string;
  ours: number | undefined;
  peers: Partial<Record<Peer, number>>;
  format: (value: number) => string;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
const count = (value: number) => String(Math.round(value * 10) / 10);

function cell(value: number | undefined, format: (value: number) => string): string {
  return value === undefined || Number.isNaN(value) ? 'n/a' : format(value);
}

function ratio(ours: number | undefined, peer: number | undefined): string {
  if (ours === undefined || peer === undefined || Number.isNaN(ours) || Number.isNaN(peer) || peer === 0)
    return 'n/a';
  const value = ours / peer;
  return `${value > 0 && value < 0.1 ? value.toPrecision(2) : value.toFixed(2)}×`;
}

function bundleRows(bundles: BundleFigures[]): Row[] {
  const by = (id: string) => bundles.find((b) => b.id === id);
  const a = by('ours-default-form');
  const threes = {
    surveyjs: by('surveyjs-three-fields'),
    rjsf: by('rjsf-three-fields'),
    jsonforms: by('jsonforms-three-fields'),
  };
  const three = by('ours-three-fields');
  const peerValues = (pick: (b: BundleFigures) => number) =>
    Object.fromEntries(peers.map((p) => [p, threes[p] ? pick(threes[p]) : undefined])) as Partial<
      Record<Peer, number>
    >;
  return [
    {
      figure: '(a) complete default form, English — JS gzip (peers: three-field form)',
      ours: a?.gzip,
      peers: peerValues((b) => b.gzip),
      format: kib,
    },
    {
      figure: '(a) complete default form, English — JS brotli (peers: three-field form)',
      ours: a?.brotli,
      peers: peerValues((b) => b.brotli),
      format: kib,
    },
    {
      figure: '(a) complete default form — JS minified (peers: three-field form)',
      ours: a?.minified,
      peers: peerValues((b) => b.minified),
      format: kib,
    },
    {
      figure: '(c) three-field form — JS gzip',
      ours: three?.gzip,
      peers: peerValues((b) => b.gzip),
      format: kib,
    },
    {
      figure: '(c) three-field form — JS brotli',
      ours: three?.brotli,
      peers: peerValues((b) => b.brotli),
      format: kib,
    },
    ...bundles
      .filter((b) => b.id.startsWith('package-'))
      .map((b) => ({
        figure: `(b) ${b.label.replace(': the whole entry (b)', '')} entry alone — gzip (brotli ${cell(b.brotli, kib)})`,
        ours: b.gzip,
        peers: {},
        format: kib,
      })),
  ];
}

function browserRows(browser: BrowserFigures[]): Row[] {
  const by = (library: string) => browser.find((b) => b.library === library);
  const row = (
    figure: string,
    pick: (b: BrowserFigures) => number,
    format: (value: number) => string,
  ): Row => ({
    figure,
    ours: by('ours') ? pick(by('ours') as BrowserFigures) : undefined,
    peers: Object.fromEntries(peers.map((p) => [p, by(p) ? pick(by(p) as BrowserFigures) : undefined])),
    format,
  });
  return [
    row('300 questions: first render of all labelled controls (from navigation)', (b) => b.firstRenderMs, ms),
    row('300 questions: keystroke to next frame, median', (b) => b.keystrokeMedianMs, ms),
    row('300 questions: keystroke to next frame, p95', (b) => b.keystrokeP95Ms, ms),
    row('300 questions: Event Timing entries ≥ 16 ms while typing 40 keys', (b) => b.slowEventsPerRun, count),
    row(
      '300 questions: field components re-rendered per keystroke, median',
      (b) => b.fieldsPerKeystrokeMedian,
      count,
    ),
    row(
      '300 questions: field components re-rendered per keystroke, most',
      (b) => b.fieldsPerKeystrokeMax,
      count,
    ),
    row('300 questions: submit, whole-form validation to errors painted', (b) => b.submitMs, ms),
  ];
}

function pdfRows(pdf: PdfFigures[]): Row[] {
  const ours = pdf.filter((p) => p.renderer === 'ours');
  const survey = pdf.find((p) => p.renderer === 'survey-pdf');
  const rows: Row[] = [];
  for (const plan of ours) {
    const peer = survey && survey.name === plan.name ? survey : undefined;
    const label = `easy-read PDF, ${plan.name} (${plan.pages} pages, ${kib(plan.bytes)}${peer ? `; survey-pdf ${peer.pages} pages, ${kib(peer.bytes)}` : ''})`;
    rows.push({
      figure: `${label}: warm`,
      ours: plan.warmMs,
      peers: peer ? { surveyjs: peer.warmMs } : {},
      format: ms,
    });
    rows.push({
      figure: `${label}: cold (new process)`,
      ours: plan.coldMs,
      peers: peer ? { surveyjs: peer.coldMs } : {},
      format: ms,
    });
  }
  const largest = [...ours].sort((a, b) => b.pages - a.pages)[0];
  if (largest) {
    rows.push({
      figure: `easy-read PDF, ${largest.name}: peak RSS of a cold render (survey-pdf: Callum's words)`,
      ours: largest.peakRssMiB,
      peers: survey ? { surveyjs: survey.peakRssMiB } : {},
      format: (value) => `${value.toFixed(0)} MiB`,
    });
  }
  return rows;
}

/** The one Markdown table of every figure, with our ratio to each peer. */
export function figuresTable(figures: BenchFigures): string {
  const rows = [
    ...(figures.bundles ? bundleRows(figures.bundles) : []),
    ...(figures.browser ? browserRows(figures.browser) : []),
    ...(figures.pdf ? pdfRows(figures.pdf) : []),
  ];
  const lines = [
    '| Figure | Whole Picture | SurveyJS | react-jsonschema-form | JSON Forms | ours ÷ SurveyJS | ours ÷ RJSF | ours ÷ JSON Forms |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.figure} | ${cell(row.ours, row.format)} | ${peers.map((p) => cell(row.peers[p], row.format)).join(' | ')} | ` +
        `${peers.map((p) => ratio(row.ours, row.peers[p])).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

/** Checks the figures against the budgets. */
export function checkBudgets(figures: BenchFigures, budgets: Budgets): BudgetResult[] {
  const results: BudgetResult[] = [];
  const a = figures.bundles?.find((b) => b.id === 'ours-default-form');
  if (a) {
    results.push({
      name: 'Embedding the complete default form with English (a), JS gzip',
      limit: `≤ ${budgets.defaultFormGzipKiB} KiB`,
      actual: kib(a.gzip),
      pass: a.gzip <= budgets.defaultFormGzipKiB * 1024,
      note: `biggest inputs: ${a.biggest
        .slice(0, 5)
        .map((i) => `${i.path} ${kib(i.bytes)}`)
        .join(', ')}`,
    });
    results.push({
      name: 'No PDF code (@react-pdf) and no Welsh (locales/cy) in (a)',
      limit: 'none',
      actual: a.forbidden.length === 0 ? 'none' : a.forbidden.join(', '),
      pass: a.forbidden.length === 0,
      ...(a.forbiddenVia.length > 0 ? { note: `imported by ${a.forbiddenVia.join(', ')}` } : {}),
    });
  }
  const ours = figures.browser?.find((b) => b.library === 'ours');
  if (ours && figures.browser) {
    results.push({
      name: 'Keystroke on the 300-question form, p95',
      limit: `< ${budgets.keystrokeP95Ms} ms`,
      actual: ms(ours.keystrokeP95Ms),
      pass: ours.keystrokeP95Ms < budgets.keystrokeP95Ms,
    });
    results.push({
      name: 'Field components re-rendered per keystroke',
      limit: `exactly ${budgets.fieldsPerKeystroke}`,
      actual: `median ${ours.fieldsPerKeystrokeMedian}, most ${ours.fieldsPerKeystrokeMax}`,
      pass:
        ours.fieldsPerKeystrokeMedian === budgets.fieldsPerKeystroke &&
        ours.fieldsPerKeystrokeMax === budgets.fieldsPerKeystroke,
      note: `components rendered per keystroke: ${ours.topComponents}`,
    });
    if (budgets.firstRenderFasterThanEveryPeer) {
      const others = figures.browser.filter((b) => b.library !== 'ours');
      const fastestPeer = Math.min(...others.map((b) => b.firstRenderMs));
      results.push({
        name: 'First render of the 300-question form faster than every peer',
        limit: `< ${ms(fastestPeer)} (fastest peer)`,
        actual: ms(ours.firstRenderMs),
        pass: ours.firstRenderMs < fastestPeer,
      });
    }
  }
  const twelve = figures.pdf?.find((p) => p.renderer === 'ours' && p.name === '~12 pages');
  if (twelve) {
    results.push({
      name: `Easy-read PDF of a 12-page plan (${twelve.pages} pages), warm`,
      limit: `< ${budgets.pdf12PagesWarmMs} ms`,
      actual: ms(twelve.warmMs),
      pass: twelve.warmMs < budgets.pdf12PagesWarmMs,
    });
    results.push({
      name: `Easy-read PDF of a 12-page plan (${twelve.pages} pages), cold`,
      limit: `< ${budgets.pdf12PagesColdMs} ms`,
      actual: ms(twelve.coldMs),
      pass: twelve.coldMs < budgets.pdf12PagesColdMs,
    });
  }
  return results;
}

/** The budgets as a Markdown table. */
export function budgetsTable(results: BudgetResult[]): string {
  return [
    '| Budget | Limit | Actual | Result |',
    '|---|---|---|---|',
    ...results.map((r) => `| ${r.name} | ${r.limit} | ${r.actual} | ${r.pass ? 'pass' : '**FAIL**'} |`),
  ].join('\n');
}

/** The machine and versions as Markdown. */
export function machineSection(machine: MachineInfo): string {
  return [
    `- Date: ${machine.date}`,
    `- Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory, ${machine.os}`,
    `- Node ${machine.node}; ${machine.chromium} (headless)`,
    `- Versions: ${Object.entries(machine.versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
  ].join('\n');
}
