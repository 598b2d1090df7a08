// A child process that renders a comparable survey with SurveyJS PDF Generator (survey-pdf),
// in Node: the same sections and sentences as our easy-read PDF of a sample plan, one comment
// question per row, answered, at 16 pt. Prints its figures like pdfWorker.
import { createTranslator, defaultDefinition, samplePlans } from '@wholepicture/core';
import { buildEasyReadDocument } from '@wholepicture/core/easy-read';
import { en } from '@wholepicture/core/locales/en';
import { SurveyPDF } from 'survey-pdf';
import type { PdfJob, PdfJobResult, PdfRender, PlanSpec } from './pdfJobs.js';
import { scalePlan } from './scalePlan.js';

const now = new Date('2026-04-01T10:00:00Z');

function surveyFor(job: PlanSpec) {
  const base = samplePlans[job.sample];
  const plan = job.factor === undefined ? base : scalePlan(base, job.factor, job.lean);
  const document = buildEasyReadDocument(plan, {
    definition: defaultDefinition,
    locale: 'en',
    t: createTranslator(en, 'en'),
    now,
  });
  const data: Record<string, string> = {};
  const pages = document.sections.map((section, s) => ({
    name: section.id,
    title: section.heading,
    elements: section.rows.map((row, r) => {
      const name = `s${s}r${r}`;
      data[name] = row.sentences.join(' ');
      return { type: 'comment', name, title: `${section.heading} ${r + 1}`, autoGrow: true };
    }),
  }));
  return { json: { title: document.title, pages }, data };
}

function countPages(pdf: string): number {
  return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

async function render(job: PlanSpec): Promise<PdfRender> {
  const { json, data } = surveyFor(job);
  const start = performance.now();
  const pdf = new SurveyPDF(json, { fontSize: 16, format: 'a4' });
  pdf.data = data;
  const raw = (await pdf.raw()) as string;
  return { ms: performance.now() - start, bytes: Buffer.byteLength(raw, 'latin1'), pages: countPages(raw) };
}

async function run(job: PdfJob): Promise<PdfJobResult> {
  if (job.mode === 'cold') {
    const result = await render(job.plan);
    return {
      mode: 'cold',
      render: { ...result, ms: performance.now() },
      maxRssKiB: process.resourceUsage().maxRSS,
    };
  }
  if (job.mode === 'warm') {
    const first = job.plans[0];
    if (first) await render(first);
    const renders: PdfRender[][] = [];
    for (const plan of job.plans) {
      const list: PdfRender[] = [];
      for (let i = 0; i < job.runs; i++) list.push(await render(plan));
      renders.push(list);
    }
    return { mode: 'warm', renders };
  }
  throw new Error('survey-pdf worker: calibrate is not supported.');
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
