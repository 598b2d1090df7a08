import { readFile, stat, writeFile } from 'node:fs/promises';
import { MAX_PLAN_BYTES, createPlanIssue, formatIssue, parsePlanJson } from '@wholepicture/core';
import type { PlanIssue, TranslateFn } from '@wholepicture/core';
import { isPdfLanguage, loadPdfTranslator, pdfLanguages } from './loadPdfTranslator.js';
import { renderEasyReadPdfWithInfo } from './renderEasyReadPdf.js';

/** Where the command line writes; tests pass their own. */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface CliArguments {
  input?: string;
  output?: string;
  lang?: string;
  paper?: string;
  summary: boolean;
  help: boolean;
}

type ParsedArguments =
  { ok: true; args: CliArguments } | { ok: false; key: string; params?: Record<string, string> };

/** Issues listed in full before the rest are counted, so a broken file does not flood the terminal. */
const MAX_LISTED_ISSUES = 20;

const processOutput: CliOutput = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

function parseArguments(argv: readonly string[]): ParsedArguments {
  const args: CliArguments = { summary: false, help: false };
  const valued: Record<string, 'output' | 'lang' | 'paper'> = {
    '-o': 'output',
    '--output': 'output',
    '--lang': 'lang',
    '--paper': 'paper',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inlineValue] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const key = valued[name!];
    if (key) {
      const value = inlineValue ?? argv[(i += 1)];
      if (value === undefined || value === '')
        return { ok: false, key: 'pdf.cli.missingValue', params: { option: name! } };
      args[key] = value;
    } else if (arg === '--summary') {
      args.summary = true;
    } else if (arg === '-h' || arg === '--help') {
      args.help = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, key: 'pdf.cli.unknownOption', params: { option: arg } };
    } else if (args.input === undefined) {
      args.input = arg;
    } else {
      return { ok: false, key: 'pdf.cli.extraArgument', params: { argument: arg } };
    }
  }
  return { ok: true, args };
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'error';
}

function describeIssues(file: string, issues: readonly PlanIssue[], t: TranslateFn): string {
  const lines = [t('pdf.cli.invalidPlan', { file })];
  for (const issue of issues.slice(0, MAX_LISTED_ISSUES)) {
    const words = formatIssue(issue, t);
    lines.push(issue.pathString ? `  ${issue.pathString}: ${words}` : `  ${words}`);
  }
  if (issues.length > MAX_LISTED_ISSUES) {
    lines.push(`  ${t('pdf.cli.moreIssues', { count: issues.length - MAX_LISTED_ISSUES })}`);
  }
  return lines.join('\n');
}

/**
 * The `wholepicture-pdf` command: `wholepicture-pdf <plan.json> -o <out.pdf> [--lang cy]
 * [--paper a4|letter] [--summary]`. Returns the exit code: 0 done, 1 a bad file or a failed
 * render, 2 a usage error. Messages name the file and the problem, never the plan's contents.
 */
export async function main(argv: readonly string[], out: CliOutput = processOutput): Promise<number> {
  const parsed = parseArguments(argv);
  const requested = parsed.ok ? parsed.args.lang : undefined;
  const t = await loadPdfTranslator(requested !== undefined && isPdfLanguage(requested) ? requested : 'en');
  const languages = pdfLanguages.join(', ');
  const usageError = (key: string, params?: Record<string, string>): number => {
    out.stderr(t(key, params));
    out.stderr(t('pdf.cli.usage'));
    return 2;
  };

  if (!parsed.ok) return usageError(parsed.key, parsed.params);
  const { args } = parsed;
  if (args.help) {
    out.stdout(`${t('pdf.cli.usage')}\n\n${t('pdf.cli.help', { languages })}`);
    return 0;
  }
  if (args.lang !== undefined && !isPdfLanguage(args.lang))
    return usageError('pdf.cli.badLanguage', { languages });
  const paper = args.paper?.toLowerCase();
  if (paper !== undefined && paper !== 'a4' && paper !== 'letter') return usageError('pdf.cli.badPaper');
  if (args.input === undefined) return usageError('pdf.cli.missingInput');
  if (args.output === undefined) return usageError('pdf.cli.missingOutput');
  const { input, output } = args;

  let text: string;
  try {
    const info = await stat(input);
    if (!info.isFile()) {
      out.stderr(t('pdf.cli.notAFile', { file: input }));
      return 1;
    }
    // Checked before reading, so a huge file is never loaded into memory.
    if (info.size > MAX_PLAN_BYTES) {
      const issue = createPlanIssue('too-large', { params: { maxMegabytes: MAX_PLAN_BYTES / 1024 / 1024 } });
      out.stderr(describeIssues(input, [issue], t));
      return 1;
    }
    text = await readFile(input, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    out.stderr(
      code === 'ENOENT'
        ? t('pdf.cli.fileNotFound', { file: input })
        : t('pdf.cli.fileUnreadable', { file: input, code }),
    );
    return 1;
  }

  const result = parsePlanJson(text);
  if (!result.ok) {
    out.stderr(describeIssues(input, result.issues, t));
    return 1;
  }

  let rendered;
  try {
    rendered = await renderEasyReadPdfWithInfo(result.plan, {
      ...(args.lang !== undefined ? { locale: args.lang } : {}),
      paper: paper === 'letter' ? 'LETTER' : 'A4',
      summary: args.summary,
    });
  } catch (error) {
    // Only the error's name: a renderer message could quote the plan's text.
    const reason = error instanceof Error ? error.name : 'Error';
    out.stderr(t('pdf.cli.renderFailed', { reason }));
    return 1;
  }

  try {
    await writeFile(output, rendered.bytes);
  } catch (error) {
    out.stderr(t('pdf.cli.writeFailed', { file: output, code: errorCode(error) }));
    return 1;
  }
  for (const warning of rendered.warnings) out.stderr(t('pdf.cli.warning', { message: warning.message }));
  out.stdout(t('pdf.cli.written', { file: output, pages: rendered.pageCount }));
  return 0;
}
