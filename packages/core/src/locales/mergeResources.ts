/**
 * Merges two trees of strings into a new one (neither is changed): where both have a key, its
 * subtrees are merged. For putting a language's halves back together.
 */
export function mergeResources<A extends object, B extends object>(a: A, b: B): A & B {
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [key, value] of Object.entries(b)) {
    const existing = out[key];
    out[key] =
      existing && typeof existing === 'object' && value && typeof value === 'object'
        ? mergeResources(existing, value as object)
        : value;
  }
  return out as A & B;
}
