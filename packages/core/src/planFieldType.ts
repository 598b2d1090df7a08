import { isoDateSchema, planSchema, voicedTextSchema } from './planSchema.js';

/** What kind of value the plan keeps at a path, as far as a form question needs to know. */
export type PlanFieldType =
  | { type: 'string' }
  | { type: 'enum'; values: string[] }
  | { type: 'date' }
  | { type: 'number'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'voicedText' }
  /** A list of strings or of choices: ids, languages, … */
  | { type: 'stringList'; values?: string[] }
  /** A list of groups (needs, contacts, …), with `item` the schema of one item. */
  | { type: 'list'; item: unknown }
  | { type: 'group'; schema: unknown }
  | { type: 'other' };

interface ZodLike {
  _zod: { def: { type: string; [key: string]: unknown } };
}

function defOf(schema: unknown): ZodLike['_zod']['def'] | undefined {
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) return undefined;
  return (schema as ZodLike)._zod.def;
}

function unwrap(schema: unknown): unknown {
  let node = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(node);
    if (!def) return node;
    if (node === isoDateSchema || node === voicedTextSchema) return node;
    if (['optional', 'default', 'prefault', 'nullable', 'readonly', 'nonoptional'].includes(def.type)) {
      node = def['innerType'];
      continue;
    }
    return node;
  }
  return node;
}

function numberBounds(schema: unknown): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  const checks = defOf(schema)?.['checks'];
  if (!Array.isArray(checks)) return bounds;
  for (const check of checks as { _zod?: { def?: { check?: string; value?: unknown } } }[]) {
    const def = check._zod?.def;
    if (def?.check === 'greater_than' && typeof def.value === 'number') bounds.min = def.value;
    if (def?.check === 'less_than' && typeof def.value === 'number') bounds.max = def.value;
  }
  return bounds;
}

/** Describes a schema (unwrapping optional and default) as a {@link PlanFieldType}. */
export function describeSchema(schema: unknown): PlanFieldType {
  const node = unwrap(schema);
  if (node === isoDateSchema) return { type: 'date' };
  if (node === voicedTextSchema) return { type: 'voicedText' };
  const def = defOf(node);
  if (!def) return { type: 'other' };
  switch (def.type) {
    case 'string':
      return { type: 'string' };
    case 'union': {
      const options = def['options'];
      const allStringy =
        Array.isArray(options) &&
        options.every((option) => {
          const described = describeSchema(option);
          return described.type === 'string' || described.type === 'enum';
        });
      return allStringy ? { type: 'string' } : { type: 'other' };
    }
    case 'literal': {
      const values = def['values'];
      return Array.isArray(values) && values.every((value) => typeof value === 'string')
        ? { type: 'enum', values: values as string[] }
        : { type: 'other' };
    }
    case 'enum': {
      const entries = def['entries'];
      return typeof entries === 'object' && entries !== null
        ? { type: 'enum', values: Object.values(entries).map(String) }
        : { type: 'other' };
    }
    case 'number':
      return { type: 'number', ...numberBounds(node) };
    case 'boolean':
      return { type: 'boolean' };
    case 'array': {
      const element = describeSchema(def['element']);
      if (element.type === 'string') return { type: 'stringList' };
      if (element.type === 'enum') return { type: 'stringList', values: element.values };
      if (element.type === 'group') return { type: 'list', item: element.schema };
      return { type: 'other' };
    }
    case 'object':
      return { type: 'group', schema: node };
    default:
      return { type: 'other' };
  }
}

/** The named child of a group schema, or `undefined`. */
export function childSchema(group: unknown, key: string): unknown {
  const shape = defOf(unwrap(group))?.['shape'];
  if (typeof shape !== 'object' || shape === null || !Object.hasOwn(shape, key)) return undefined;
  return (shape as Record<string, unknown>)[key];
}

/**
 * What the plan keeps at a dotted path without indices, starting from `root` (the plan schema,
 * or a list item's schema for item-relative paths). `undefined` when the plan has no such
 * field. Paths under `extensions` are the host's and are not described here.
 */
export function planFieldType(path: string, root: unknown = planSchema): PlanFieldType | undefined {
  let node: unknown = root;
  for (const key of path.split('.')) {
    const described = describeSchema(node);
    if (described.type !== 'group') return undefined;
    node = childSchema(described.schema, key);
    if (node === undefined) return undefined;
  }
  return describeSchema(node);
}
