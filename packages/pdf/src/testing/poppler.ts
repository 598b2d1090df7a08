import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder for the PDFs one test file writes. */
export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'wholepicture-pdf-'));
}

/** Writes bytes to `dir/name` and returns the path. */
export function writePdf(dir: string, name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text of the PDF (or of one page), as `pdftotext` extracts it. */
export function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', ['-enc', 'UTF-8', ...range, file, '-']);
}

/** `pdfinfo` fields, e.g. `Title`, `Pages`, `Page size`. */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!] = match[2]!;
  }
  return info;
}

/** The fonts `pdffonts` lists: name and whether each is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID: emb is the fifth column from the end.
    return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
  });
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** The PDF's bookmarks (outline), in order, with the page each opens, read with `pdftohtml -xml`. */
export function pdfOutline(file: string): { title: string; page: number }[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', file]);
  const outline = /<outline>([\s\S]*?)<\/outline>/.exec(xml)?.[1] ?? '';
  return [...outline.matchAll(/<item page="(\d+)">([\s\S]*?)<\/item>/g)].map((match) => ({
    title: decodeXml(match[2]!),
    page: Number(match[1]),
  }));
}
