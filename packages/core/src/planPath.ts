/** A plan path as parts: `['needs', 2, 'description', 'text']`. */
export type PathParts = (string | number)[];

/** Thrown when a plan path is malformed or names a key that could reach an object's prototype. */
export class PlanPathError extends Error {
  override name = 'PlanPathError';
}

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const partPattern = /^([A-Za-z_$][\w$-]*)((?:\[\d+\])*)$/;

/** True when `key` could reach an object's prototype if used as a property name. */
export function isForbiddenKey(key: string): boolean {
  return forbiddenKeys.has(key);
}

/**
 * Splits a dotted path with indices into parts: `needs[2].description.text` →
 * `['needs', 2, 'description', 'text']`. Throws `PlanPathError` on a malformed path or a
 * `__proto__` / `constructor` / `prototype` key.
 */
export function parsePath(path: string | readonly (string | number)[]): PathParts {
  if (typeof path !== 'string') {
    return path.map((part) => {
      if (typeof part === 'number') {
        if (!Number.isSafeInteger(part) || part < 0) {
          throw new PlanPathError(`Plan path index ${String(part)} is not a whole number of 0 or more.`);
        }
        return part;
      }
      if (isForbiddenKey(part)) {
        throw new PlanPathError(`Plan path key "${part}" is not allowed: it could change every object.`);
      }
      return part;
    });
  }
  if (path === '') return [];
  const parts: PathParts = [];
  for (const piece of path.split('.')) {
    const match = partPattern.exec(piece);
    if (!match) {
      throw new PlanPathError(
        `Plan path "${path.slice(0, 200)}" is malformed at "${piece.slice(0, 100)}". Write it like needs[2].description.text.`,
      );
    }
    const key = match[1] as string;
    if (isForbiddenKey(key)) {
      throw new PlanPathError(`Plan path key "${key}" is not allowed: it could change every object.`);
    }
    parts.push(key);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]));
  }
  return parts;
}

/**
 * The value at a plan path (`needs[2].description.text`), or `undefined` when any step is
 * missing, the path is malformed or it names a prototype key. Never throws; reads own
 * properties only.
 */
export function getAtPath(plan: unknown, path: string | readonly (string | number)[]): unknown {
  let parts: PathParts;
  try {
    parts = parsePath(path);
  } catch {
    return undefined;
  }
  let node: unknown = plan;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    if (typeof part === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[part];
    } else {
      if (Array.isArray(node) || !Object.hasOwn(node, part)) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
  }
  return node;
}

function setIn(node: unknown, parts: PathParts, index: number, value: unknown, path: string): unknown {
  if (index === parts.length) return value;
  const part = parts[index] as string | number;
  if (typeof part === 'number') {
    const list: unknown[] = node === undefined || node === null ? [] : (node as unknown[]);
    if (!Array.isArray(list)) {
      throw new PlanPathError(`Plan path "${path}" indexes something that is not a list.`);
    }
    if (part > list.length) {
      throw new PlanPathError(
        `Plan path "${path}" skips items: index ${part} is past the end of a list of ${list.length}.`,
      );
    }
    const copy = list.slice();
    copy[part] = setIn(list[part], parts, index + 1, value, path);
    return copy;
  }
  if (node !== undefined && node !== null && (typeof node !== 'object' || Array.isArray(node))) {
    throw new PlanPathError(
      `Plan path "${path}" goes into "${part}" of something that is not a group of answers.`,
    );
  }
  const record = (node ?? {}) as Record<string, unknown>;
  const child = Object.hasOwn(record, part) ? record[part] : undefined;
  // Spread copies own enumerable keys only; defineProperty avoids any inherited setter.
  const copy: Record<string, unknown> = { ...record };
  Object.defineProperty(copy, part, {
    value: setIn(child, parts, index + 1, value, path),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/**
 * A copy of `plan` with `value` at `path`; nothing in `plan` is changed. Missing groups and
 * lists on the way are created; a list may grow by one item at its end. Throws
 * `PlanPathError` on a malformed path, a prototype key, or a step through a non-container.
 */
export function setAtPath<T>(plan: T, path: string | readonly (string | number)[], value: unknown): T {
  const parts = parsePath(path);
  const written = typeof path === 'string' ? path : parts.join('.');
  return setIn(plan, parts, 0, value, written.slice(0, 200)) as T;
}
