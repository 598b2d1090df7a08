import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { resolvedExternals } from '../resolvedExternals.mjs';
import { benchDir, outDir, repoRoot } from '../paths.js';
import { median } from '../stats.js';
import type { PdfJob, PdfJobResult, PdfRender, PlanSpec } from './pdfJobs.js';

/** The PDF figures of one plan. */
export interface PdfFigures {
  /** `callum`, `darren`, `margaret`, or `~12 pages` for a generated plan. */
  name: string;
  renderer: 'ours' | 'survey-pdf';
  pages: number;
  bytes: number;
  /** New process to PDF bytes, ms (median). */
  coldMs: number;
  /** Render in a process that has rendered before, ms (median). */
  warmMs: number;
  /** Peak resident memory of a cold render, MiB (median). */
  peakRssMiB: number;
}

const samples = ['callum', 'darren', 'margaret'] as const;
/** The generated plans' target sizes, in pages. */
export const pageTargets = [5, 12, 24, 48];

async function buildWorker(name: 'pdfWorker' | 'surveyPdfWorker'): Promise<string> {
  const outfile = `${outDir}/${name}.mjs`;
  await build({
    entryPoints: [`${benchDir}/src/pdf/${name}.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    conditions: ['source'],
    jsx: 'automatic',
    plugins: [resolvedExternals()],
    // The PDF package finds its font files with createRequire(import.meta.url): point that at
    // the package itself, as it is when the package runs from its own folder.
    define: {
      'import.meta.url': JSON.stringify(pathToFileURL(`${repoRoot}/packages/pdf/src/fonts.ts`).href),
    },
    logLevel: 'error',
  });
  return outfile;
}

function runWorker(file: string, job: PdfJob): Promise<PdfJobResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{'))
        reject(new Error(`${job.mode} worker failed (${code}): ${err.trim().slice(0, 2000)}`));
      else resolve(JSON.parse(last) as PdfJobResult);
    });
  });
}

async function cold(
  file: string,
  plan: PlanSpec,
  runs: number,
): Promise<{ ms: number; rss: number; render: PdfRender }> {
  const results: { render: PdfRender; maxRssKiB: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await runWorker(file, { mode: 'cold', plan });
    if (result.mode !== 'cold') throw new Error('unexpected worker answer');
    results.push(result);
  }
  const first = results[0];
  if (!first) throw new Error('no cold runs');
  return {
    ms: median(results.map((r) => r.render.ms)),
    rss: median(results.map((r) => r.maxRssKiB)) / 1024,
    render: first.render,
  };
}

/** Measures our easy-read PDF (sample plans and generated plans of growing size) and survey-pdf. */
export async function measurePdf(runs: number, log: (line: string) => void): Promise<PdfFigures[]> {
  const ours = await buildWorker('pdfWorker');
  const calibration = await runWorker(ours, { mode: 'calibrate', sample: 'darren', targets: pageTargets });
  if (calibration.mode !== 'calibrate') throw new Error('unexpected worker answer');
  log(
    `  generated plans: ${calibration.factors.map((f) => `×${f.factor} of Darren's lists → ${f.pages} pages`).join(', ')}`,
  );
  const plans: { name: string; spec: PlanSpec }[] = [
    ...samples.map((sample) => ({ name: sample, spec: { sample } })),
    ...calibration.factors.map((f) => ({
      name: `~${f.target} pages`,
      spec: { sample: 'darren' as const, factor: f.factor, lean: true },
    })),
  ];
  const warm = await runWorker(ours, { mode: 'warm', plans: plans.map((p) => p.spec), runs });
  if (warm.mode !== 'warm') throw new Error('unexpected worker answer');
  const figures: PdfFigures[] = [];
  for (const [index, plan] of plans.entries()) {
    const c = await cold(ours, plan.spec, runs);
    const warmRuns = warm.renders[index] ?? [];
    const figure: PdfFigures = {
      name: plan.name,
      renderer: 'ours',
      pages: c.render.pages,
      bytes: c.render.bytes,
      coldMs: c.ms,
      warmMs: median(warmRuns.map((r) => r.ms)),
      peakRssMiB: c.rss,
    };
    figures.push(figure);
    log(
      `  ${plan.name}: ${figure.pages} pages, ${(figure.bytes / 1024).toFixed(0)} KB, cold ${figure.coldMs.toFixed(0)} ms, warm ${figure.warmMs.toFixed(0)} ms, peak RSS ${figure.peakRssMiB.toFixed(0)} MiB`,
    );
  }
  try {
    const survey = await buildWorker('surveyPdfWorker');
    const spec: PlanSpec = { sample: 'callum' };
    const surveyWarm = await runWorker(survey, { mode: 'warm', plans: [spec], runs });
    if (surveyWarm.mode !== 'warm') throw new Error('unexpected worker answer');
    const c = await cold(survey, spec, runs);
    const figure: PdfFigures = {
      name: 'callum',
      renderer: 'survey-pdf',
      pages: c.render.pages,
      bytes: c.render.bytes,
      coldMs: c.ms,
      warmMs: median((surveyWarm.renders[0] ?? []).map((r) => r.ms)),
      peakRssMiB: c.rss,
    };
    figures.push(figure);
    log(
      `  survey-pdf, callum's words: ${figure.pages} pages, cold ${figure.coldMs.toFixed(0)} ms, warm ${figure.warmMs.toFixed(0)} ms`,
    );
  } catch (error) {
    log(`  survey-pdf did not run in Node: ${(error as Error).message.split('\n')[0]}`);
  }
  return figures;
}
