import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures.js';
import { tabTo } from './keyboard.js';
import { loadSamplePlan, openPage, switchToWelsh } from './pages.js';

/** HL7's public PHQ-9 example Questionnaire (CC0), one of core's FHIR fixtures. */
const phq9 = readFileSync(
  fileURLToPath(
    new URL('../../packages/core/src/fhir/fixtures/Questionnaire-phq-9-questionnaire.json', import.meta.url),
  ),
);

/** Opens a Questionnaire file through the FHIR import page and waits for the outcome message. */
async function importQuestionnaire(page: Page, name: string, content: string | Buffer): Promise<void> {
  await openPage(page, '#/fhir');
  await page.getByLabel('Questionnaire file', { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
  await page.getByRole('button', { name: 'Open the Questionnaire' }).click();
}

/** The JSON of a download. */
async function downloadedJson(download: Download, path: string): Promise<Record<string, unknown>> {
  await download.saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

test('imports a FHIR Questionnaire, answers it by keyboard and downloads a completed QuestionnaireResponse', async ({
  page,
}, testInfo) => {
  await openPage(page, '#/');
  await page.getByRole('link', { name: 'Import a FHIR Questionnaire' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a FHIR Questionnaire' })).toBeVisible();
  await importQuestionnaire(page, 'phq-9.json', phq9);

  const opened = page.getByRole('status').filter({ hasText: 'The Questionnaire has opened as a new form' });
  await expect(opened).toBeFocused();
  // What the form does not use is listed by linkId (PHQ-9's answer value sets are not fetched).
  await opened.getByText('Parts of the Questionnaire this form does not use').click();
  await expect(opened.getByText('LittleInterest', { exact: true }).first()).toBeVisible();
  await opened.getByRole('link', { name: 'Answer Patient Health Questionnaire (PHQ-9)' }).click();

  const question = page.getByRole('textbox', { name: 'Little interest or pleasure in doing things' });
  await expect(question).toBeVisible();
  await tabTo(page, question);
  await page.keyboard.type('Several days');
  const checkAnswers = page.getByRole('button', { name: 'Check your answers' });
  await tabTo(page, checkAnswers);
  await page.keyboard.press('Enter');
  // PHQ-9 marks every item required: the error summary says what is missing.
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page).toHaveTitle(/^Error: /);
  const boxes = page.locator('main form').getByRole('textbox');
  for (let index = 1; index < (await boxes.count()); index += 1) {
    const box = boxes.nth(index);
    await tabTo(page, box);
    await page.keyboard.type(
      ['numeric', 'decimal'].includes((await box.getAttribute('inputmode')) ?? '') ? '3' : 'Not at all',
    );
  }
  await tabTo(page, checkAnswers);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
  // A questionnaire's answers, not a plan: the demo passes its own words for the button and the message.
  await tabTo(page, page.getByRole('button', { name: 'Submit answers' }));
  await page.keyboard.press('Enter');

  await expect(page.getByText('Your answers are complete.')).toBeVisible();
  const download = page.getByRole('button', { name: 'Download QuestionnaireResponse (FHIR JSON)' });
  await expect(download).toBeVisible();
  const downloading = page.waitForEvent('download');
  await tabTo(page, download);
  await page.keyboard.press('Enter');
  const response = await downloadedJson(await downloading, testInfo.outputPath('response.json'));
  expect(response['resourceType']).toBe('QuestionnaireResponse');
  expect(response['status']).toBe('completed');
  expect(response['item']).toContainEqual({
    linkId: 'LittleInterest',
    answer: [{ valueString: 'Several days' }],
  });

  // The questionnaire is saved in this browser and listed on the home page.
  await openPage(page, '#/');
  await expect(
    page
      .getByRole('list', { name: 'Questionnaires saved in this browser' })
      .getByRole('link', { name: 'Carry on with Patient Health Questionnaire (PHQ-9)' }),
  ).toBeVisible();
});

test('answers a malformed or wrong file clearly, and changes nothing', async ({ page }) => {
  const problem = page.getByRole('alert').filter({ hasText: 'The Questionnaire could not be opened' });
  await importQuestionnaire(page, 'broken.json', '{"resourceType": "Questionnaire",\n  "item": [');
  await expect(problem).toContainText(/mistake at line 2, column \d+/);
  await expect(problem).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);

  await importQuestionnaire(page, 'patient.json', JSON.stringify({ resourceType: 'Patient', id: 'p1' }));
  await expect(problem).toContainText(
    'This is not a FHIR Questionnaire. Choose a Questionnaire saved as JSON.',
  );

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Open the Questionnaire' }).click();
  await expect(page.getByText('Choose a Questionnaire file to open.')).toBeVisible();
  await expect(page.getByLabel('Questionnaire file', { exact: true })).toBeFocused();
  await expect(page.getByText('There are no questionnaires saved in this browser yet.')).toBeVisible();
});

test('has no axe violations on the FHIR pages, in English and in Welsh', async ({ page }) => {
  await importQuestionnaire(page, 'phq-9.json', phq9);
  const link = page.getByRole('link', { name: /^Answer / });
  await expect(link).toBeVisible();
  await expectNoAxeViolations(page, 'FHIR import, English');
  await link.click();
  await expect(
    page.getByRole('textbox', { name: 'Little interest or pleasure in doing things' }),
  ).toBeVisible();
  const draftHash = new URL(page.url()).hash;
  await expectNoAxeViolations(page, 'FHIR questionnaire, English');

  await switchToWelsh(page);
  await openPage(page, '#/fhir');
  await expect(page.getByRole('heading', { level: 1, name: 'Mewnforio Holiadur FHIR' })).toBeVisible();
  await expectNoAxeViolations(page, 'FHIR import, Welsh');
  await openPage(page, draftHash);
  await expect(
    page.getByRole('textbox', { name: 'Little interest or pleasure in doing things' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'FHIR questionnaire, Welsh');
});

test('exports a sample plan as FHIR: a Questionnaire and its QuestionnaireResponse', async ({
  page,
}, testInfo) => {
  await loadSamplePlan(page, 'Callum');
  let downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as FHIR: download the Questionnaire (JSON)' }).click();
  const questionnaire = await downloadedJson(await downloading, testInfo.outputPath('questionnaire.json'));
  expect(questionnaire['resourceType']).toBe('Questionnaire');
  expect(Array.isArray(questionnaire['item'])).toBe(true);

  downloading = page.waitForEvent('download');
  await page
    .getByRole('button', { name: 'Export as FHIR: download the QuestionnaireResponse (JSON)' })
    .click();
  const response = await downloadedJson(await downloading, testInfo.outputPath('response.json'));
  expect(response['resourceType']).toBe('QuestionnaireResponse');
  expect(response['questionnaire']).toBe(
    `${String(questionnaire['url'])}|${String(questionnaire['version'])}`,
  );
  expect(JSON.stringify(response)).toContain('Callum');
});
