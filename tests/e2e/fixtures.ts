import { test as base, expect } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

/** The only origin the demo may ever talk to: itself. */
export const appOrigin = 'http://127.0.0.1:4173';

/** What a test's pages did that they must not: requests elsewhere, console errors, crashes. */
export interface Watch {
  /** Requests to any origin other than the app's, which were blocked. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions, on any watched page. */
  errors: string[];
  /** Watches another context (e.g. one the test makes itself) and every page it opens. */
  watchContext(context: BrowserContext): Promise<void>;
}

function watchPage(page: Page, watch: Watch): void {
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console.error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.errors.push(`uncaught on ${page.url()}: ${error.message}`));
}

function createWatch(): Watch {
  const watch: Watch = {
    foreignRequests: [],
    errors: [],
    async watchContext(context) {
      // Every request is checked; one to any other origin is recorded and never sent.
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (new URL(url).origin === appOrigin) await route.continue();
        else {
          watch.foreignRequests.push(url);
          await route.abort('blockedbyclient');
        }
      });
      for (const page of context.pages()) watchPage(page, watch);
      context.on('page', (page) => watchPage(page, watch));
    },
  };
  return watch;
}

/**
 * Playwright's `test`, with every context watched: the test fails if any page asks for an
 * origin other than the app's own, logs a console error or throws.
 */
export const test = base.extend<{ watch: Watch }>({
  watch: async ({}, use) => {
    const watch = createWatch();
    await use(watch);
    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    expect(watch.errors, 'console errors and uncaught exceptions').toEqual([]);
  },
  context: async ({ context, watch }, use) => {
    await watch.watchContext(context);
    await use(context);
  },
});

export { expect };

/** Runs axe on the page and fails, listing each problem, on any WCAG 2.2 A/AA violation. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const problems = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  // Soft: one run lists every page's problems, not just the first page's.
  expect.soft(problems, `axe violations on ${where}`).toEqual([]);
}

/** Waits until the page shows its heading: the app has rendered the route. */
export async function waitForPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
