import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.js';
import { importAndOpenPlan, importPlanFile } from './pages.js';
import { hostile, hostilePlan, smallPlan, versionZeroPlan } from './planFiles.js';

test('answers every bad or unusual plan file clearly and never touches the draft already open', async ({
  page,
}, testInfo) => {
  // The draft already open, with something typed in it.
  const openId = await importAndOpenPlan(page, smallPlan('Gwen'), 'Gwen');
  await page.goto(`/#/plan/${openId}/section/aboutYou`);
  await page.getByRole('textbox', { name: /^Pronouns/ }).fill('she/her');
  await expect(page.getByText(/^Saved at/).first()).toBeVisible();

  const problem = page.getByRole('alert').filter({ hasText: 'The plan file could not be opened' });
  const opened = page.getByRole('status').filter({ hasText: 'The plan file has opened as a new plan' });

  // A malformed file: where the JSON breaks.
  await importPlanFile(page, 'broken.json', '{"schemaVersion": 1,\n  "person": {"preferredName": "Gwen"');
  await expect(problem).toContainText(/mistake at line 2, column \d+/);
  await expect(problem).toBeFocused();

  // A file that is not a plan at all.
  await importPlanFile(page, 'list.json', '[1, 2, 3]');
  await expect(problem).toContainText('This does not contain a plan.');

  // A 20 MB file: refused by its size, before it is read.
  const big = testInfo.outputPath('big.json');
  writeFileSync(big, `{"schemaVersion":1,"pad":"${'x'.repeat(20 * 1024 * 1024)}"}`);
  await page.goto('/#/');
  await page.getByLabel('Plan file', { exact: true }).setInputFiles(big);
  await page.getByRole('button', { name: 'Open the plan file' }).click();
  await expect(problem).toContainText('This plan is too big to open: the most we can open is 5 MB.');

  // A plan from an older version: migrated, and it says so.
  await importPlanFile(page, 'old.json', JSON.stringify(versionZeroPlan));
  await expect(opened).toContainText('It was made with an older version of Whole Picture (format 0)');
  await expect(opened.getByRole('link', { name: 'Go to the plan for Dylan' })).toBeVisible();

  // Hostile strings: opened as inert text, with what was cleaned up listed.
  await importPlanFile(page, 'hostile.json', JSON.stringify(hostilePlan()));
  await expect(opened).toBeVisible();
  await expect(opened).toContainText('Hidden control characters were removed from this text.');
  await opened.getByRole('link', { name: /^Go to the plan for / }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${page.url()}/check`);
  await expect(page.getByText(hostile.script)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main script').count()).toBe(0);
  await page.goto(page.url().replace(/\/check$/, '/easy-read'));
  await expect(page.getByRole('heading', { level: 1, name: 'Easy-read plan' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // The draft that was open is as it was, and every import made a new draft beside it.
  await page.goto(`/#/plan/${openId}/section/aboutYou`);
  await expect(page.getByRole('textbox', { name: /^Pronouns/ })).toHaveValue('she/her');
  await expect(page.getByRole('textbox', { name: /^Preferred name/ })).toHaveValue('Gwen');
  await page.goto('/#/');
  await expect(
    page.getByRole('list', { name: 'Plans saved in this browser' }).getByRole('listitem'),
  ).toHaveCount(3);
});
