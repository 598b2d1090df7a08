import { createPlanIssue } from './planIssue.js';
import type { PlanIssue } from './planIssue.js';

/** Options for {@link sanitiseInput}. */
export interface SanitiseInputOptions {
  /** Refuse data whose JSON would be bigger than this many bytes. */
  maxBytes: number;
  /** Refuse data nested deeper than this. */
  maxDepth: number;
  /** Whether control characters are stripped from the string at `path`. */
  stripControlCharactersAt?: (path: readonly (string | number)[]) => boolean;
}

/** What {@link sanitiseInput} found. */
export interface SanitiseInputResult {
  /** A fresh copy of the input made only of JSON values (when there are no errors). */
  value: unknown;
  errors: PlanIssue[];
  warnings: PlanIssue[];
}

// C0 controls except tab, line feed and carriage return; DEL; C1 controls.

const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const maxReportedErrors = 20;

class Abort extends Error {
  constructor(readonly issue: PlanIssue) {
    super(issue.code);
  }
}

/** UTF-8 length of `text`, counting a lone surrogate as the 3 bytes of U+FFFD. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'object' || value === null) return typeof value;
  try {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return tag === 'Object' ? 'object with a prototype' : tag;
  } catch {
    return 'object';
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  // A plain object from any realm (an iframe, a worker) has a prototype whose prototype is null.
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Copies untrusted input into plain JSON data, never throwing: refuses functions, symbols,
 * BigInt, non-finite numbers and class instances; detects cycles; stops at `maxBytes` of JSON
 * and `maxDepth` levels; survives throwing getters and hostile proxies; keeps `__proto__`
 * and `constructor` keys as ordinary data (never as prototypes); strips control characters
 * other than tab and new lines from text, with a warning each.
 */
export function sanitiseInput(input: unknown, options: SanitiseInputOptions): SanitiseInputResult {
  const errors: PlanIssue[] = [];
  const warnings: PlanIssue[] = [];
  const ancestors = new Set<object>();
  let bytes = 0;

  const count = (n: number): void => {
    bytes += n;
    if (bytes > options.maxBytes) {
      throw new Abort(
        createPlanIssue('too-large', {
          params: { maxMegabytes: Math.round((options.maxBytes / 1024 / 1024) * 10) / 10 },
        }),
      );
    }
  };
  const fail = (code: string, path: (string | number)[], params?: Record<string, string | number>) => {
    if (errors.length < maxReportedErrors) {
      errors.push(createPlanIssue(code, params ? { path, params } : { path }));
    }
  };

  const visit = (value: unknown, path: (string | number)[]): unknown => {
    switch (typeof value) {
      case 'string': {
        if (value.length > options.maxBytes) count(value.length);
        count(utf8Length(value) + 2);
        if (controlCharacter.test(value) && options.stripControlCharactersAt?.(path) !== false) {
          warnings.push(createPlanIssue('control-characters', { path, severity: 'warning' }));
          return value.replace(controlCharacters, '');
        }
        return value;
      }
      case 'number':
        if (!Number.isFinite(value)) {
          fail('not-json-value', path, { kind: describe(value) });
          return null;
        }
        count(String(value).length);
        return value;
      case 'boolean':
        count(5);
        return value;
      case 'object':
        break;
      default:
        fail('not-json-value', path, { kind: describe(value) });
        return null;
    }
    if (value === null) {
      count(4);
      return null;
    }
    if (path.length >= options.maxDepth) {
      throw new Abort(createPlanIssue('too-deep', { path, params: { max: options.maxDepth } }));
    }
    if (ancestors.has(value)) {
      fail('cycle', path);
      return null;
    }
    ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        const length = value.length;
        count(2 + Math.max(0, length - 1));
        const out: unknown[] = [];
        for (let i = 0; i < length; i += 1) {
          let child: unknown;
          try {
            child = value[i];
          } catch {
            fail('unreadable', [...path, i]);
            continue;
          }
          if (child === undefined) fail('not-json-value', [...path, i], { kind: 'undefined' });
          out.push(visit(child, [...path, i]));
        }
        return out;
      }
      if (!isPlainObject(value)) {
        fail('not-json-value', path, { kind: describe(value) });
        return null;
      }
      const keys = Object.keys(value);
      count(2 + Math.max(0, keys.length - 1));
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        let child: unknown;
        try {
          child = (value as Record<string, unknown>)[key];
        } catch {
          fail('unreadable', [...path, key]);
          continue;
        }
        // JSON has no undefined: an undefined property is an absent one, as JSON.stringify has it.
        if (child === undefined) continue;
        count(utf8Length(key) + 3);
        // defineProperty, because assigning a key named __proto__ would set the prototype instead.
        Object.defineProperty(out, key, {
          value: visit(child, [...path, key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    } catch (error) {
      if (error instanceof Abort) throw error;
      fail('unreadable', path);
      return null;
    } finally {
      ancestors.delete(value);
    }
  };

  try {
    const value = visit(input, []);
    return { value, errors, warnings };
  } catch (error) {
    if (error instanceof Abort) return { value: undefined, errors: [error.issue], warnings: [] };
    return { value: undefined, errors: [createPlanIssue('unreadable')], warnings: [] };
  }
}
