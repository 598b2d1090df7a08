import { renderCounter } from './renderCounter.js';
import type { RenderBucket } from './renderCounter.js';

/** What each library's page gives the harness. */
export interface BenchAdapter {
  /** The library's name in the report. */
  name: string;
  /** Component names that stand for one field each, for the render count. */
  fieldRoots: readonly string[];
  /** How many inputs, textareas and selects the whole form renders. */
  expectedControls: number;
  /** Text in the last question's label, so "rendered" means labels too. */
  lastLabel: string;
  /** Renders the form into the element. */
  mount(root: HTMLElement): void;
  /** Submits (or validates) the whole form the library's own way. */
  submit(): void;
  /** How many error messages show now. */
  errorCount(): number;
}

/** What the page exposes to the Node side as `window.__bench`. */
export interface BenchPageApi {
  name: string;
  /** Milliseconds from navigation start until every control and label is on screen (painted). */
  firstRender: Promise<number>;
  /** Per-keystroke latencies so far: keydown to the frame after it was painted. */
  latencies: number[];
  /** Keystrokes whose frame has not been painted yet. */
  pending: number;
  /** Event Timing entries of 16 ms or more (the API's floor) seen for keyboard and input events. */
  slowEvents: number[];
  setCounting(on: boolean): void;
  takeRenderBuckets(): RenderBucket[];
  /** Submits and resolves to milliseconds until the errors were painted, and how many show. */
  submit(): Promise<{ ms: number; errors: number }>;
}

declare global {
  interface Window {
    __bench?: BenchPageApi;
  }
  /** The Prioritized Task Scheduling API (Chromium 94+); not in TypeScript's DOM types yet. */
  var scheduler:
    { postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void> } | undefined;
}

/**
 * Resolves once the next frame has been painted: a `user-blocking` task posted from
 * `requestAnimationFrame` runs as soon as that frame's paint is done. A message posted from
 * rAF (the usual trick, used here until 2026-11-27) waits behind every task queued before it. In
 * a Chromium trace, after each key it ran behind a 6–10 ms task of the browser's own, queued
 * during the key (no script runs in it; Chromium's autofill pass over the form's controls is the
 * likely one), after the frame had been painted — in every library.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const { scheduler } = globalThis;
      if (scheduler) {
        void scheduler.postTask(resolve, { priority: 'user-blocking' });
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(undefined);
    });
  });
}

function controlCount(): number {
  return document.querySelectorAll('input, textarea, select').length;
}

/** Mounts the library's form and exposes the measurements to the bench. */
export function runBenchPage(adapter: BenchAdapter): void {
  renderCounter.setFieldRoots(adapter.fieldRoots);
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root.');

  const firstRender = new Promise<number>((resolve) => {
    const poll = () => {
      if (
        controlCount() >= adapter.expectedControls &&
        (root.textContent ?? '').includes(adapter.lastLabel)
      ) {
        void afterNextPaint().then(() => resolve(performance.now()));
        return;
      }
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });

  const api: BenchPageApi = {
    name: adapter.name,
    firstRender,
    latencies: [],
    pending: 0,
    slowEvents: [],
    setCounting(on) {
      renderCounter.setEnabled(on);
    },
    takeRenderBuckets() {
      return renderCounter.takeBuckets();
    },
    async submit() {
      const start = performance.now();
      adapter.submit();
      // Some libraries validate in an effect after the submit's own frame: wait for the errors.
      await afterNextPaint();
      while (adapter.errorCount() === 0 && performance.now() - start < 10_000) await afterNextPaint();
      return { ms: performance.now() - start, errors: adapter.errorCount() };
    },
  };

  document.addEventListener(
    'keydown',
    (event) => {
      renderCounter.nextBucket();
      api.pending++;
      const start = event.timeStamp;
      void afterNextPaint().then(() => {
        api.latencies.push(performance.now() - start);
        api.pending--;
      });
    },
    { capture: true },
  );

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (/^(key|input|beforeinput)/.test(entry.name)) api.slowEvents.push(entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  window.__bench = api;
  adapter.mount(root);
}
