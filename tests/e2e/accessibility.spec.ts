import { test, expect, expectNoAxeViolations } from './fixtures.js';
import { demoPages, importAndOpenPlan, loadSamplePlan, openPage, switchToWelsh } from './pages.js';
import { smallPlan } from './planFiles.js';
import type { Page } from '@playwright/test';

const widths = [1280, 320] as const;

/** Visits every page at each width, with axe and a check that nothing scrolls sideways. */
async function checkEveryPage(page: Page, planId: string, label: string): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const { name, hash } of demoPages(planId)) {
      await openPage(page, hash);
      await expectNoAxeViolations(page, `${name} (${label}, ${width} px)`);
      // Nothing may scroll sideways at 320 px (WCAG 1.4.10 reflow).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect.soft(overflow, `horizontal scroll on ${name} (${label}) at ${width} px`).toBeLessThanOrEqual(0);
    }
  }
}

// A small plan with one item of every kind exercises all the markup at a fraction of the cost
// of a full sample plan; one full sample plan is checked too, where repeated items meet.
test.describe('accessibility of every page', () => {
  test('has no axe violations on any page in English, at 1280 and 320 px', async ({ page }) => {
    const planId = await importAndOpenPlan(page, smallPlan('Gwen'), 'Gwen');
    await checkEveryPage(page, planId, 'English');
  });

  test('has no axe violations on any page in Welsh, at 1280 and 320 px', async ({ page }) => {
    const planId = await importAndOpenPlan(page, smallPlan('Gwen'), 'Gwen');
    await switchToWelsh(page);
    await checkEveryPage(page, planId, 'Welsh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  });

  test('has no axe violations on any page with easy-read mode and larger text on', async ({ page }) => {
    const planId = await importAndOpenPlan(page, smallPlan('Gwen'), 'Gwen');
    await page.getByRole('checkbox', { name: 'Easy read' }).check();
    await page.getByLabel('Text size').selectOption('larger');
    await checkEveryPage(page, planId, 'easy read');
    await expect(page.getByRole('checkbox', { name: 'Easy read' })).toBeChecked();
  });

  test('has no axe violations on the pages of a full sample plan', async ({ page }) => {
    const planId = await loadSamplePlan(page, 'Callum');
    for (const { name, hash } of demoPages(planId).filter((p) => p.hash.includes('/plan/'))) {
      await openPage(page, hash);
      await expectNoAxeViolations(page, `${name} (sample plan)`);
    }
  });

  test('gives every page a unique title, one h1, landmarks and a working skip link', async ({ page }) => {
    const planId = await importAndOpenPlan(page, smallPlan('Gwen'), 'Gwen');
    const titles = new Set<string>();
    for (const { name, hash } of demoPages(planId)) {
      await openPage(page, hash);
      await expect(page.getByRole('heading', { level: 1 }), name).toHaveCount(1);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      const title = await page.title();
      expect(titles.has(title), `title "${title}" of ${name} is used by another page`).toBe(false);
      titles.add(title);
    }
    // A fresh load, so focus starts at the top of the document rather than on the heading.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page).toHaveURL(/#\/no-such-page$/);
  });

  test('moves focus to the new page’s heading when the reader follows a link', async ({ page }) => {
    await loadSamplePlan(page, 'Darren');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.getByRole('link', { name: 'Barriers report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Barriers report' })).toBeFocused();
  });
});
