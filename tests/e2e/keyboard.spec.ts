import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures.js';
import { tabTo } from './keyboard.js';
import { loadSamplePlan } from './pages.js';

test('completes a new plan by keyboard alone, submits it and downloads its easy-read PDF', async ({
  page,
}, testInfo) => {
  const name = 'Rhiannon';
  const mostImportant = 'Singing with my choir on Tuesdays';
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || /\.woff2?$/.test(request.url())) scripts.push(request.url());
  });
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Start a new plan' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/plan\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeFocused();

  // The first section, from the task list.
  await tabTo(page, page.getByRole('link', { name: 'About the person' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'About the person' })).toBeFocused();
  await expect(page).toHaveURL(/#\/plan\/[^/]+\/section\/aboutYou$/);

  // Continuing without the required name shows the error summary; its link leads to the field.
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Space');
  const problem = page.getByRole('link', { name: /preferred name/i }).first();
  await expect(problem).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await tabTo(page, problem, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: /Preferred name/ })).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');

  // Section by section to the end, writing in the person's words where they matter most.
  for (let section = 2; section <= 30; section += 1) {
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    const title = (await heading.textContent()) ?? '';
    if (title === 'Check your answers') break;
    if (title === 'About me') {
      await tabTo(page, page.getByRole('textbox', { name: 'What is most important to you?' }));
      await page.keyboard.type(mostImportant);
    }
    const next = page.getByRole('button', { name: /^(Continue|Check your answers)$/ });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toHaveCount(0);
  }

  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
  await expect(page).toHaveURL(/#\/plan\/[^/]+\/check$/);
  await expect(page).toHaveTitle(/^Check your answers: plan for Rhiannon/);
  await expect(page.getByRole('heading', { name: 'Other things you can do' })).toHaveCount(0);
  await expect(page.getByText(mostImportant)).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Submit plan' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your plan has been submitted.')).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Read the easy-read plan' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Easy-read plan' })).toBeFocused();
  await expect(
    page.getByText('This page is the screen-reader version of the plan.', { exact: false }),
  ).toBeVisible();

  // The PDF renderer and its fonts are loaded only when the PDF is asked for.
  const beforePdf = scripts.length;
  expect(scripts.filter((url) => url.endsWith('.woff'))).toEqual([]);
  await tabTo(page, page.getByRole('button', { name: 'Download easy-read PDF' }));
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Making the PDF/)).toBeVisible();
  const download = await downloading;
  await expect(page.getByText(/The PDF has been made and downloaded/)).toBeVisible();
  expect(download.suggestedFilename()).toBe('rhiannon.pdf');
  const loadedForPdf = scripts.slice(beforePdf);
  expect(loadedForPdf.some((url) => url.endsWith('.js'))).toBe(true);
  expect(loadedForPdf.some((url) => url.endsWith('.woff'))).toBe(true);
  const file = testInfo.outputPath('plan.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(text).toContain(name);
  expect(text.replace(/\s+/g, ' ')).toContain(mostImportant);
});

test('the address and title follow the form, so reload and Back return to the same page', async ({
  page,
}) => {
  const planId = await loadSamplePlan(page);
  const plan = `#/plan/${encodeURIComponent(planId)}`;
  // The whole URL ends with the page's hash; ids are URL-encoded, so only "." needs escaping.
  const address = (hash: string) => new RegExp(`${hash.replaceAll('.', '\\.')}$`);
  const others = page.getByRole('heading', { name: 'Other things you can do' });
  await expect(others).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'About the person' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(address(`${plan}/section/aboutYou`));
  await expect(page).toHaveTitle(/^About the person: plan for /);
  await expect(page.getByRole('heading', { level: 1, name: 'About the person' })).toBeFocused();
  await expect(others).toHaveCount(0);

  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  const household = page.getByRole('heading', { level: 1, name: 'Household and people who matter' });
  await expect(page).toHaveURL(address(`${plan}/section/household`));
  await expect(household).toBeFocused();
  await expect(page).toHaveTitle(/^Household and people who matter: plan for /);

  await page.reload();
  await expect(household).toBeVisible();
  await expect(page).toHaveURL(address(`${plan}/section/household`));

  // The browser's Back goes to the page before, and its heading takes focus.
  await page.goBack();
  await expect(page).toHaveURL(address(`${plan}/section/aboutYou`));
  await expect(page.getByRole('heading', { level: 1, name: 'About the person' })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Back' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(address(plan));
  await expect(page.getByRole('heading', { level: 1, name: 'Your plan' })).toBeFocused();
  await expect(page).toHaveTitle(/^Your plan: plan for /);
  await expect(others).toBeVisible();
});
