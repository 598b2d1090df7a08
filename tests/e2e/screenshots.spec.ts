import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.js';
import { demoPages, loadSamplePlan, openPage, switchToWelsh } from './pages.js';

// The committed screenshots in docs/screenshots are refreshed on purpose
// (`UPDATE_SCREENSHOTS=1 pnpm test:e2e`); an ordinary run writes them under test-results, so
// `pnpm test` leaves the work tree clean while still taking (and so checking) every page.
const folder = fileURLToPath(
  new URL(
    process.env['UPDATE_SCREENSHOTS'] ? '../../docs/screenshots/' : '../../test-results/screenshots/',
    import.meta.url,
  ),
);

test('saves a screenshot of every page', async ({ page }) => {
  mkdirSync(folder, { recursive: true });
  const planId = await loadSamplePlan(page, 'Callum');
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const { name, hash } of demoPages(planId)) {
    await openPage(page, hash);
    await page.screenshot({ path: `${folder}${name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 320, height: 720 });
  for (const name of ['home', 'section', 'easy-read'] as const) {
    const target = demoPages(planId).find((p) => p.name === name);
    if (!target) continue;
    await openPage(page, target.hash);
    await page.screenshot({ path: `${folder}${name}-320px.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await openPage(page, `#/plan/${planId}/section/aboutMe`);
  await page.getByRole('checkbox', { name: 'Easy read' }).check();
  await page.screenshot({ path: `${folder}section-easy-read-mode.png`, fullPage: true });
  await page.getByRole('checkbox', { name: 'Easy read' }).uncheck();
  await switchToWelsh(page);
  await openPage(page, `#/plan/${planId}`);
  await page.screenshot({ path: `${folder}plan-welsh.png`, fullPage: true });

  // Every page was drawn: one picture each, none of them blank or tiny.
  const expected = demoPages(planId).length + 3 + 2;
  const files = readdirSync(folder).filter((file) => file.endsWith('.png'));
  expect(files.length).toBeGreaterThanOrEqual(expected);
  for (const file of files) expect(statSync(`${folder}${file}`).size, file).toBeGreaterThan(5_000);
});
