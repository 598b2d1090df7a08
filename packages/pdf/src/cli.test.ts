import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlans } from '@wholepicture/core';
import { main } from './cli.js';
import { makeTempDir, pdfInfo, pdfText } from './testing/poppler.js';

let dir: string;
let goodPlan: string;
beforeAll(() => {
  dir = makeTempDir();
  goodPlan = join(dir, 'callum.json');
  writeFileSync(goodPlan, JSON.stringify(samplePlans.callum));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text) });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('given a good plan file', () => {
  it('writes the PDF and says where, with the page count', async () => {
    const out = join(dir, 'callum.pdf');
    const result = await run(goodPlan, '-o', out);
    expect(result.code).toBe(0);
    const pages = pdfInfo(out)['Pages'];
    expect(result.stdout).toBe(`Wrote ${out} (${pages} pages).`);
    expect(pdfText(out)).toContain('Callum');
  }, 60_000);

  it('makes a Welsh summary on US Letter when asked', async () => {
    const out = join(dir, 'callum-cy.pdf');
    const result = await run(goodPlan, `--output=${out}`, '--lang', 'cy', '--paper', 'LETTER', '--summary');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Wedi ysgrifennu .* \(\d+ tudalen\)\.$/);
    const text = pdfText(out);
    expect(text).toContain('Dyma fersiwn byr o fy nghynllun.');
    expect(pdfInfo(out)['Page size']).toBe('612 x 792 pts (letter)');
  }, 60_000);
});

describe('given a bad file', () => {
  it('names a missing file', async () => {
    const missing = join(dir, 'nope.json');
    expect(await run(missing, '-o', join(dir, 'x.pdf'))).toEqual({
      code: 1,
      stdout: '',
      stderr: `Cannot read ${missing}: there is no such file.`,
    });
  });

  it('says a folder is not a file', async () => {
    const folder = join(dir, 'folder.json');
    mkdirSync(folder, { recursive: true });
    const result = await run(folder, '-o', join(dir, 'x.pdf'));
    expect(result).toMatchObject({ code: 1, stderr: `Cannot read ${folder}: it is not a file.` });
  });

  it('says where the JSON is broken, without quoting it', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "person": { "preferredName": "Secret Name" \n');
    const result = await run(broken, '-o', join(dir, 'x.pdf'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${broken} is not a valid support plan:`);
    expect(result.stderr).toMatch(/line \d+, column \d+/);
    expect(result.stderr).not.toContain('Secret Name');
  });

  it('refuses a file that is too large before reading it', async () => {
    const large = join(dir, 'large.json');
    writeFileSync(large, ' '.repeat(5 * 1024 * 1024 + 1));
    const result = await run(large, '-o', join(dir, 'x.pdf'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('This plan is too big to open: the most we can open is 5 MB.');
  });

  it('lists what is wrong with an invalid plan by path, and no personal data', async () => {
    const invalid = join(dir, 'invalid.json');
    writeFileSync(
      invalid,
      JSON.stringify({ ...samplePlans.callum, createdAt: 'last Tuesday', status: 'Callum Rhys Pritchard' }),
    );
    const result = await run(invalid, '-o', join(dir, 'x.pdf'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${invalid} is not a valid support plan:`);
    expect(result.stderr).toContain('  createdAt: ');
    expect(result.stderr).toContain('  status: ');
    expect(result.stderr).not.toMatch(/Callum|Pritchard|Tuesday/);
  });

  it('says when the PDF cannot be written', async () => {
    const out = join(dir, 'no-such-folder', 'x.pdf');
    const result = await run(goodPlan, '-o', out);
    expect(result).toMatchObject({ code: 1, stderr: `Cannot write ${out} (ENOENT).` });
  }, 60_000);
});

describe('given wrong usage', () => {
  it.each([
    [[], 'Give the plan file to read, for example: wholepicture-pdf plan.json -o plan.pdf'],
    [['plan.json'], 'Give the PDF file to write with -o, for example: -o plan.pdf'],
    [['plan.json', '-o'], '-o needs a value.'],
    [
      ['plan.json', '-o', 'a.pdf', '--colour'],
      'Unknown option --colour. Run wholepicture-pdf --help to see the options.',
    ],
    [['plan.json', 'other.json', '-o', 'a.pdf'], 'Give only one plan file. Unexpected: other.json'],
    [['plan.json', '-o', 'a.pdf', '--lang', 'fr'], '--lang must be one of: en, cy.'],
    [['plan.json', '-o', 'a.pdf', '--paper', 'a3'], '--paper must be a4 or letter.'],
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([message, expect.stringMatching(/^Usage: wholepicture-pdf/)]);
  });

  it('shows help with --help and exits 0', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: wholepicture-pdf <plan.json> -o <out.pdf>');
    expect(result.stdout).toContain('--lang <code>         the language of the PDF: en, cy (default: en)');
  });
});
