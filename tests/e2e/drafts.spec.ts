import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { test, expect, appOrigin } from './fixtures.js';
import { importAndOpenPlan } from './pages.js';
import { smallPlan } from './planFiles.js';

/** The pronouns in the stored draft, read straight from the demo's IndexedDB. */
function storedPronouns(page: Page, planId: string): Promise<string | undefined> {
  return page.evaluate(
    (id) =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('wholepicture-demo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('drafts').objectStore('drafts').get(id);
          request.onsuccess = () => {
            open.result.close();
            resolve(
              (request.result as { plan?: { person?: { pronouns?: string } } } | undefined)?.plan?.person
                ?.pronouns,
            );
          };
          request.onerror = () => reject(request.error);
        };
      }),
    planId,
  );
}

const about = (planId: string) => `/#/plan/${encodeURIComponent(planId)}/section/aboutYou`;

test.describe('drafts never lose what was typed', () => {
  test('keeps what was typed when the page is reloaded in the middle of typing', async ({ page }) => {
    const planId = await importAndOpenPlan(page, smallPlan('Gwen'), 'Gwen');
    await page.goto(about(planId));
    const fullName = page.getByRole('textbox', { name: /^Full name/ });
    await fullName.fill('');
    await fullName.pressSequentially('Gwenllïan Ŵyn Parry');
    // No waiting for "Saved": the reload comes straight after the last key.
    await page.reload();
    await expect(page.getByRole('textbox', { name: /^Full name/ })).toHaveValue('Gwenllïan Ŵyn Parry');
  });

  test('keeps a date typed only in part when the page is reloaded', async ({ page }) => {
    const planId = await importAndOpenPlan(page, smallPlan('Gwen'), 'Gwen');
    await page.goto(about(planId));
    const date = page.getByRole('group', { name: 'Date of birth' });
    await date.getByLabel('Day').fill('');
    await date.getByLabel('Day').pressSequentially('3');
    await date.getByLabel('Month').fill('');
    await date.getByLabel('Month').pressSequentially('4');
    await date.getByLabel('Year').fill('');
    await page.reload();
    const again = page.getByRole('group', { name: 'Date of birth' });
    await expect(again.getByLabel('Day')).toHaveValue('3');
    await expect(again.getByLabel('Month')).toHaveValue('4');
    await expect(again.getByLabel('Year')).toHaveValue('');
  });

  test('keeps what was typed when the browser is closed and opened again', async ({ watch }, testInfo) => {
    const userDataDir = testInfo.outputPath('profile');
    const launch = async () => {
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath,
        args: chromiumArgs,
        baseURL: appOrigin,
      });
      await watch.watchContext(context);
      return context;
    };

    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    const planId = await importAndOpenPlan(page, smallPlan('Gwen'), 'Gwen');
    await page.goto(about(planId));
    await page.getByRole('textbox', { name: /^Pronouns/ }).pressSequentially('she/her');
    // As a person closing the window: the page gets its unload events, straight after the last key.
    await page.close({ runBeforeUnload: true });
    await context.close();

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(about(planId));
    await expect(page.getByRole('textbox', { name: /^Pronouns/ })).toHaveValue('she/her');

    // The same again with Playwright's saved storage state, IndexedDB included.
    await page.getByRole('textbox', { name: /^Pronouns/ }).fill('they/them');
    await expect.poll(() => storedPronouns(page, planId)).toBe('they/them');
    const state = await context.storageState({ indexedDB: true });
    await context.close();
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const fresh = await browser.newContext({ storageState: state, baseURL: appOrigin });
      await watch.watchContext(fresh);
      const again = await fresh.newPage();
      await again.goto(about(planId));
      await expect(again.getByRole('textbox', { name: /^Pronouns/ })).toHaveValue('they/them');
      await fresh.close();
    } finally {
      await browser.close();
    }
  });

  test('shows the conflict when two tabs change one draft, and overwrites nothing silently', async ({
    page,
    context,
  }) => {
    const planId = await importAndOpenPlan(page, smallPlan('Gwen'), 'Gwen');
    await page.goto(about(planId));
    const other = await context.newPage();
    await other.goto(about(planId));
    await expect(other.getByRole('textbox', { name: /^Pronouns/ })).toBeVisible();

    // The first tab saves its change...
    await page.getByRole('textbox', { name: /^Pronouns/ }).fill('she/her');
    await expect(page.getByText(/^Saved at/).first()).toBeVisible();
    // ...and the second tab, which also has a change, is told rather than saving over it.
    await other.getByRole('textbox', { name: /^Pronouns/ }).fill('they/them');
    const dialog = other.getByRole('dialog', { name: 'This plan was changed in another tab or window' });
    await expect(dialog).toBeVisible();
    await expect(
      other.getByText('Not saved: this plan was changed in another tab or window.').first(),
    ).toBeVisible();

    // The first tab's version is what is stored.
    const check = await context.newPage();
    await check.goto(about(planId));
    await expect(check.getByRole('textbox', { name: /^Pronouns/ })).toHaveValue('she/her');
    await check.close();

    // "Keep both": the second tab's version becomes a new draft; the first stays as it was.
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await expect(dialog).toBeHidden();
    await expect(other).not.toHaveURL(new RegExp(`/plan/${planId}/`));
    await expect(other.getByRole('textbox', { name: /^Pronouns/ })).toHaveValue('they/them');
    await other.reload();
    await expect(other.getByRole('textbox', { name: /^Pronouns/ })).toHaveValue('they/them');
    await page.reload();
    await expect(page.getByRole('textbox', { name: /^Pronouns/ })).toHaveValue('she/her');
  });
});
