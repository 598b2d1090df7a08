/** Which plan a worker renders: a sample plan, or a sample plan scaled by a factor. */
export interface PlanSpec {
  sample: 'callum' | 'darren' | 'margaret';
  factor?: number;
  /** Keep only the person, voices and lists (see scalePlan). */
  lean?: boolean;
}

/** What the parent asks a PDF worker process to do (passed as JSON in argv[2]). */
export type PdfJob =
  | { mode: 'cold'; plan: PlanSpec }
  | { mode: 'warm'; plans: PlanSpec[]; runs: number }
  | { mode: 'calibrate'; sample: PlanSpec['sample']; targets: number[] };

/** One timed render. */
export interface PdfRender {
  ms: number;
  bytes: number;
  pages: number;
}

/** A worker's answer, printed as JSON on its last line of stdout. */
export type PdfJobResult =
  | { mode: 'cold'; render: PdfRender; maxRssKiB: number }
  | { mode: 'warm'; renders: PdfRender[][] }
  | { mode: 'calibrate'; factors: { target: number; factor: number; pages: number }[] };
