import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../../scripts/chromium.mjs';
import { typedQuestionNumber } from '../forms/describeForm.js';
import { median, percentile } from '../stats.js';
import { buildPages, libraries, pagesDir } from './buildPages.js';
import type { Library } from './buildPages.js';
import { servePages } from './servePages.js';
import type { RenderBucket } from './renderCounter.js';

/** The large-form figures of one library, medians over the runs. */
export interface BrowserFigures {
  library: Library;
  /** Navigation start to all 300 labelled controls painted, ms. */
  firstRenderMs: number;
  /** Keydown to the next painted frame, over every keystroke of every run, ms. */
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
  /** Event Timing entries of 16 ms or more while typing, per run. */
  slowEventsPerRun: number;
  /** Field components re-rendered per keystroke: median and the most seen. */
  fieldsPerKeystrokeMedian: number;
  fieldsPerKeystrokeMax: number;
  /** The components that rendered most per keystroke, for finding the cause of extra renders. */
  topComponents: string;
  /** Submit to errors painted, ms. */
  submitMs: number;
  /** Error messages on show after submit (a check that validation really ran). */
  errorsShown: number;
  runs: number;
}

const typed = 'the quick brown fox jumps over a lazy do'; // 40 characters
const counted = 'abcdefghij';

async function whenPainted(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__bench?.pending === 0, undefined, { polling: 5 });
}

/**
 * Milliseconds between one keystroke's painted frame and the next key: about 12 keys a second,
 * still faster than people type. Typing back to back, each key landed on work the browser defers
 * from the key before (Chromium's autofill re-reads all 720 controls of the form after every
 * change, about 5 ms here, in every library), so the tail measured that rather than the key.
 */
const pauseBetweenKeysMs = 50;

async function typeKeys(page: Page, text: string): Promise<void> {
  for (const character of text) {
    await page.keyboard.press(character === ' ' ? 'Space' : character);
    await whenPainted(page);
    await page.waitForTimeout(pauseBetweenKeysMs);
  }
}

interface RunResult {
  firstRender: number;
  latencies: number[];
  slowEvents: number;
  buckets: RenderBucket[];
  submitMs: number;
  errors: number;
}

async function runOnce(page: Page, url: string): Promise<RunResult> {
  await page.goto(url);
  const firstRender = await page.evaluate(() => window.__bench!.firstRender);
  const box = page.getByRole('textbox', { name: new RegExp(`^Question ${typedQuestionNumber}:`) }).first();
  await box.click();
  await whenPainted(page);
  const slowBefore = await page.evaluate(() => {
    window.__bench!.latencies.length = 0;
    return window.__bench!.slowEvents.length;
  });
  await typeKeys(page, typed);
  const { latencies, slowEvents } = await page.evaluate(() => ({
    latencies: [...window.__bench!.latencies],
    slowEvents: window.__bench!.slowEvents.length,
  }));
  // Render counting walks the whole React tree on each commit, so it runs after the timing.
  await page.evaluate(() => window.__bench!.setCounting(true));
  await typeKeys(page, counted);
  const buckets = await page.evaluate(() => {
    window.__bench!.setCounting(false);
    return window.__bench!.takeRenderBuckets();
  });
  const value = await box.inputValue();
  if (value !== typed + counted)
    throw new Error(`Typing into question ${typedQuestionNumber} gave ${JSON.stringify(value)}.`);
  const submitted = await page.evaluate(() => window.__bench!.submit());
  return {
    firstRender,
    latencies,
    slowEvents: slowEvents - slowBefore,
    buckets,
    submitMs: submitted.ms,
    errors: submitted.errors,
  };
}

function topComponents(buckets: RenderBucket[]): string {
  const totals = new Map<string, number>();
  for (const bucket of buckets) {
    for (const [name, count] of Object.entries(bucket.components))
      totals.set(name, (totals.get(name) ?? 0) + count);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([name, count]) => `${name} ${Math.round((count / Math.max(1, buckets.length)) * 10) / 10}`)
    .join(', ');
}

/**
 * Builds and serves the pages, then measures each library `runs` times, libraries interleaved
 * and their order rotated from run to run.
 */
export async function measureBrowser(runs: number, log: (line: string) => void): Promise<BrowserFigures[]> {
  await buildPages();
  const { origin, server } = await servePages(pagesDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const results = new Map<Library, RunResult[]>(libraries.map((library) => [library, []]));
  try {
    for (let run = 0; run < runs; run++) {
      // Each run starts with a different library, so none always goes first (a fresh browser's
      // first page, or the one after the heaviest page, is slower).
      const order = libraries.map((_, index) => libraries[(index + run) % libraries.length]!);
      for (const library of order) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        try {
          const result = await runOnce(page, `${origin}/${library}/`);
          results.get(library)?.push(result);
          const fields = result.buckets.map((bucket) => bucket.fields);
          log(
            `  ${library} run ${run + 1}: first render ${result.firstRender.toFixed(0)} ms, keystroke p95 ` +
              `${percentile(result.latencies, 95).toFixed(1)} ms, fields/keystroke ${median(fields)} (max ${Math.max(...fields)}), ` +
              `submit ${result.submitMs.toFixed(0)} ms (${result.errors} errors)`,
          );
        } catch (error) {
          throw new Error(
            `${library}: ${(error as Error).message}${errors.length ? `\npage errors: ${errors.join('\n')}` : ''}`,
          );
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return libraries.map((library) => {
    const list = results.get(library) ?? [];
    const latencies = list.flatMap((r) => r.latencies);
    const buckets = list.flatMap((r) => r.buckets);
    const fields = buckets.map((bucket) => bucket.fields);
    return {
      library,
      firstRenderMs: median(list.map((r) => r.firstRender)),
      keystrokeMedianMs: median(latencies),
      keystrokeP95Ms: percentile(latencies, 95),
      slowEventsPerRun: median(list.map((r) => r.slowEvents)),
      fieldsPerKeystrokeMedian: median(fields),
      fieldsPerKeystrokeMax: Math.max(...fields),
      topComponents: topComponents(buckets),
      submitMs: median(list.map((r) => r.submitMs)),
      errorsShown: median(list.map((r) => r.errors)),
      runs: list.length,
    };
  });
}
