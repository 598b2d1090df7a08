import type * as z from 'zod/mini';

/** A field the schema does not know, and where it was. */
export interface UnrecognisedField {
  path: (string | number)[];
  value: unknown;
}

interface LooseDef {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
}

function defOf(schema: z.core.$ZodType): LooseDef {
  return schema._zod.def as unknown as LooseDef;
}

/** The object or array schema under wrappers (default, optional, lazy, pipe…), if any. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  for (let guard = 0; current && guard < 50; guard += 1) {
    const def = defOf(current);
    switch (def.type) {
      case 'object':
      case 'array':
        return current;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
      case 'success':
        current = def.innerType;
        break;
      case 'pipe':
        current = def.in;
        break;
      case 'lazy':
        current = def.getter?.();
        break;
      default:
        // Records, unions and primitives: any key is allowed, or there are no keys.
        return undefined;
    }
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Finds every key in `value`, at any depth, that `schema` does not know, and removes it from
 * `value` (which must be the caller's own copy: it is changed in place). Returns what was
 * removed, in document order, so nothing is dropped silently.
 */
export function extractUnrecognisedFields(schema: z.core.$ZodType, value: unknown): UnrecognisedField[] {
  const found: UnrecognisedField[] = [];
  const walk = (node: z.core.$ZodType, data: unknown, path: (string | number)[]): void => {
    const inner = unwrap(node);
    if (!inner) return;
    const def = defOf(inner);
    if (def.type === 'array' && def.element && Array.isArray(data)) {
      const element = def.element;
      data.forEach((child, index) => walk(element, child, [...path, index]));
      return;
    }
    if (def.type !== 'object' || !def.shape || !isRecord(data)) return;
    for (const key of Object.keys(data)) {
      const child = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      if (child) walk(child, data[key], [...path, key]);
      else {
        found.push({ path: [...path, key], value: data[key] });
        delete data[key];
      }
    }
  };
  walk(schema, value, []);
  return found;
}
