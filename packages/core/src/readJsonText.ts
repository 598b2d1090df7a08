import { utf8Length } from './sanitiseInput.js';

/** Why a file's text is not JSON we can use. */
export type JsonTextProblem =
  | { kind: 'too-large'; maxMegabytes: number }
  | { kind: 'empty' }
  /** Where the JSON breaks, when the parser says. */
  | { kind: 'not-json'; line?: number; column?: number };

/** A file's JSON, or why not. */
export type ReadJsonTextResult = { ok: true; value: unknown } | { ok: false; problem: JsonTextProblem };

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * Reads the JSON of a file someone chose: strips a byte order mark, refuses text over
 * `maxBytes` (UTF-8) and empty text, and says where broken JSON breaks. Never throws. Shared by
 * plan files (`parsePlanJson`) and any other file a host opens, such as a FHIR Questionnaire.
 */
export function readJsonText(text: string, maxBytes: number): ReadJsonTextResult {
  if (typeof text !== 'string') return { ok: false, problem: { kind: 'not-json' } };
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (content.length > maxBytes || utf8Length(content) > maxBytes) {
    return { ok: false, problem: { kind: 'too-large', maxMegabytes: maxBytes / 1024 / 1024 } };
  }
  if (content.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  try {
    return { ok: true, value: JSON.parse(content) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const match = /position (\d+)/.exec(message);
    const position = match ? Number(match[1]) : /end of JSON/i.test(message) ? content.length : -1;
    if (position < 0) return { ok: false, problem: { kind: 'not-json' } };
    return { ok: false, problem: { kind: 'not-json', ...lineAndColumn(content, position) } };
  }
}
