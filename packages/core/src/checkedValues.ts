/**
 * The option values checked in a `checkboxes` answer. The plan keeps either a list of values
 * (`['a', 'b']`) or, where each choice carries more detail, a list of items with a `kind`
 * (`communication.accessibleFormats`: `[{ kind: 'easy-read' }]`); both read as values.
 */
export function readCheckedValues(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  const values: string[] = [];
  for (const entry of stored) {
    if (typeof entry === 'string') values.push(entry);
    else if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
      const kind = (entry as Record<string, unknown>)['kind'];
      if (typeof kind === 'string') values.push(kind);
    }
  }
  return values;
}

/**
 * The new stored answer of a `checkboxes` question with `values` checked, in the same shape
 * as `stored`: values stay values; items keep their other fields (a SNOMED code, a detail)
 * when still checked, and new ones are added as `{ kind }`. `itemShaped` forces the item
 * shape when `stored` is empty (ask `planFieldType` or use it for `accessibleFormats`).
 */
export function writeCheckedValues(
  stored: unknown,
  values: readonly string[],
  itemShaped = false,
): unknown[] {
  const list = Array.isArray(stored) ? stored : [];
  const asItems = itemShaped || list.some((entry) => typeof entry === 'object' && entry !== null);
  const unique = [...new Set(values)];
  if (!asItems) return unique;
  return unique.map((value) => {
    const kept = list.find(
      (entry: unknown) =>
        typeof entry === 'object' && entry !== null && (entry as Record<string, unknown>)['kind'] === value,
    ) as Record<string, unknown> | undefined;
    return kept ? { ...kept } : { kind: value };
  });
}
