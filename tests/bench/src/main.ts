import { writeFileSync } from 'node:fs';
import { chromiumPath } from '../../../scripts/chromium.mjs';
import { measureBrowser } from './browser/measureBrowser.js';
import { readBudgets } from './budgets.js';
import { measureBundles } from './bundle/measureBundles.js';
import { machineInfo } from './machine.js';
import { repoRoot } from './paths.js';
import { measurePdf } from './pdf/measurePdf.js';
import { budgetsTable, checkBudgets, figuresTable, machineSection } from './report.js';
import type { BenchFigures } from './report.js';

const parts = ['bundle', 'browser', 'pdf'] as const;

function option(argv: string[], name: string): string | undefined {
  return argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/**
 * `pnpm bench [--runs=N, default 5] [--only=bundle,browser,pdf]`: measures, prints one Markdown table
 * and the budgets, writes docs/benchmarks.md (on a full run) and resolves to the exit code:
 * 1 when a budget is broken.
 */
export async function main(argv: string[]): Promise<number> {
  const runs = Math.max(1, Number(option(argv, 'runs') ?? 5));
  const only = option(argv, 'only')?.split(',') ?? [...parts];
  const unknown = only.filter((part) => !(parts as readonly string[]).includes(part));
  if (unknown.length > 0) {
    console.error(`Unknown --only part: ${unknown.join(', ')}. Parts: ${parts.join(', ')}.`);
    return 2;
  }
  const log = (line: string) => console.log(line);
  const started = performance.now();
  const machine = machineInfo(chromiumPath);
  const figures: BenchFigures = {};
  if (only.includes('bundle')) {
    log('\n== bundle size (esbuild, minified, react and react-dom external)');
    figures.bundles = await measureBundles(log);
  }
  if (only.includes('browser')) {
    log(`\n== 300 questions in Chromium (${runs} runs each)`);
    figures.browser = await measureBrowser(runs, log);
  }
  if (only.includes('pdf')) {
    log(`\n== easy-read PDF in Node (${runs} runs each)`);
    figures.pdf = await measurePdf(runs, log);
  }
  const budgets = readBudgets();
  const results = checkBudgets(figures, budgets);
  const table = figuresTable(figures);
  const verdicts = budgetsTable(results);
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  log(`\n${table}\n\n${verdicts}\n`);
  for (const result of results.filter((r) => !r.pass && r.note)) log(`${result.name}: ${result.note}`);
  if (only.length === parts.length) {
    writeFileSync(
      `${repoRoot}/docs/benchmarks.md`,
      benchmarksDoc(machine, table, verdicts, results, runs, minutes),
    );
    log('\nWrote docs/benchmarks.md');
  }
  const broken = results.filter((r) => !r.pass);
  log(
    broken.length === 0
      ? `All ${results.length} budgets pass (${minutes} min).`
      : `${broken.length} of ${results.length} budgets broken (${minutes} min).`,
  );
  return broken.length === 0 ? 0 : 1;
}

function benchmarksDoc(
  machine: ReturnType<typeof machineInfo>,
  table: string,
  verdicts: string,
  results: ReturnType<typeof checkBudgets>,
  runs: number,
  minutes: string,
): string {
  const notes = results.filter((r) => r.note).map((r) => `- ${r.name}: ${r.note}`);
  return `# Benchmarks

Written by \`pnpm bench\` (tests/bench; see its README for what each figure means and how it
is measured). Each figure is the median of ${runs} runs; the whole bench took ${minutes} minutes.
Budgets live in tests/bench/budgets.json.

${machineSection(machine)}

The machine is shared: other work may have been running, so compare ratios rather than
absolute times.

## Figures

${table}

## Budgets

${verdicts}

${notes.length > 0 ? `## Where the bytes and renders go\n\n${notes.join('\n')}\n` : ''}`;
}
