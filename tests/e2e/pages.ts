import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** Loads one of the sample plans from the home page and returns its draft id. */
export async function loadSamplePlan(page: Page, name = 'Callum'): Promise<string> {
  await page.goto('/#/');
  await page.getByRole('button', { name: new RegExp(`sample plan for ${name}`) }).click();
  await expect(page).toHaveURL(/#\/plan\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const id = /#\/plan\/([^/]+)$/.exec(page.url())?.[1];
  if (!id) throw new Error(`no plan id in ${page.url()}`);
  return decodeURIComponent(id);
}

/** Every page of the demo for one plan, as hash addresses. */
export function demoPages(planId: string): { name: string; hash: string }[] {
  const plan = `#/plan/${encodeURIComponent(planId)}`;
  return [
    { name: 'home', hash: '#/' },
    { name: 'plan', hash: plan },
    { name: 'section', hash: `${plan}/section/aboutYou` },
    { name: 'section-list', hash: `${plan}/section/outcomes` },
    { name: 'check', hash: `${plan}/check` },
    { name: 'easy-read', hash: `${plan}/easy-read` },
    { name: 'barriers', hash: '#/barriers' },
    { name: 'not-found', hash: '#/no-such-page' },
  ];
}

/** Goes to a hash address and waits until its page has rendered (its h1 and its content). */
export async function openPage(page: Page, hash: string): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Pages that read storage show a status line while loading; wait for it to go.
  await expect(page.locator('main [role="status"]').filter({ hasText: /…$/ })).toHaveCount(0);
}

/** Switches the demo to Welsh with its own settings control. */
export async function switchToWelsh(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
}

/** Opens a plan file through the home page's import form and waits for the outcome message. */
export async function importPlanFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByLabel('Plan file', { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
  await page.getByRole('button', { name: 'Open the plan file' }).click();
}

/** Imports a plan (as JSON) and opens it; returns its new draft id. */
export async function importAndOpenPlan(page: Page, plan: unknown, personName: string): Promise<string> {
  await importPlanFile(page, 'plan.json', JSON.stringify(plan));
  await page.getByRole('link', { name: `Go to the plan for ${personName}` }).click();
  await expect(page).toHaveURL(/#\/plan\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const id = /#\/plan\/([^/]+)$/.exec(page.url())?.[1];
  if (!id) throw new Error(`no plan id in ${page.url()}`);
  return decodeURIComponent(id);
}
