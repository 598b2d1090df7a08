// A child process that renders easy-read PDFs with @wholepicture/pdf and prints its figures.
// Run as its own process so "cold" really is cold: module loading, fonts and first layout.
import { samplePlans } from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { renderEasyReadPdfWithInfo } from '@wholepicture/pdf';
import type { PdfJob, PdfJobResult, PdfRender, PlanSpec } from './pdfJobs.js';
import { scalePlan } from './scalePlan.js';

// A fixed print date, so every run lays out the same cover.
const now = new Date('2026-04-01T10:00:00Z');

function planFor(spec: PlanSpec): Plan {
  const base = samplePlans[spec.sample];
  return spec.factor === undefined ? base : scalePlan(base, spec.factor, spec.lean);
}

async function render(plan: Plan): Promise<PdfRender> {
  const start = performance.now();
  const result = await renderEasyReadPdfWithInfo(plan, { now });
  return { ms: performance.now() - start, bytes: result.bytes.length, pages: result.pageCount };
}

async function pagesAt(sample: PlanSpec['sample'], factor: number): Promise<number> {
  return (await render(planFor({ sample, factor, lean: true }))).pages;
}

/** Finds, for each target page count, a factor whose plan comes closest (pages grow with items). */
async function calibrate(sample: PlanSpec['sample'], targets: number[]) {
  const factors: { target: number; factor: number; pages: number }[] = [];
  const known = new Map<number, number>();
  const pages = async (factor: number) => {
    const rounded = Math.round(factor * 100) / 100;
    if (!known.has(rounded)) known.set(rounded, await pagesAt(sample, rounded));
    return known.get(rounded) ?? 0;
  };
  for (const target of targets) {
    // Pages are roughly linear in the factor: guess from the nearest known point, then refine.
    let factor = 1;
    let got = await pages(factor);
    for (let step = 0; step < 5 && got !== target; step++) {
      factor = Math.max(0.05, (factor * target) / Math.max(1, got));
      got = await pages(factor);
    }
    factors.push({ target, factor: Math.round(factor * 100) / 100, pages: got });
  }
  return factors;
}

async function run(job: PdfJob): Promise<PdfJobResult> {
  if (job.mode === 'cold') {
    const before = performance.now();
    const plan = planFor(job.plan);
    const making = performance.now() - before;
    const result = await render(plan);
    // performance.now() counts from the start of this process: Node start-up, loading the
    // code, registering and reading the fonts, and the first layout are all in the figure
    // (making the bench's scaled plan is not).
    return {
      mode: 'cold',
      render: { ...result, ms: performance.now() - making },
      maxRssKiB: process.resourceUsage().maxRSS,
    };
  }
  if (job.mode === 'warm') {
    const plans = job.plans.map(planFor);
    // One render first, so fonts and code are warm; then `runs` timed renders of each plan.
    await render(plans[0] ?? samplePlans.callum);
    const renders: PdfRender[][] = [];
    for (const plan of plans) {
      const list: PdfRender[] = [];
      for (let i = 0; i < job.runs; i++) list.push(await render(plan));
      renders.push(list);
    }
    return { mode: 'warm', renders };
  }
  return { mode: 'calibrate', factors: await calibrate(job.sample, job.targets) };
}

const job = JSON.parse(process.argv[2] ?? '{}') as PdfJob;
run(job).then(
  (result) => {
    console.log(JSON.stringify(result));
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
