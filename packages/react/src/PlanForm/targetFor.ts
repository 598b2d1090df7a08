/** The parent of a plan path: `needs[2].description` → `needs[2]` → `needs`; `''` at the top. */
function parentOf(path: string): string {
  const match = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(path);
  return match ? (match[1] ?? '') : '';
}

/**
 * The id of the control an error at `path` should link to: the field registered at that
 * path, or else at the nearest path above it (a list's add button for a list error).
 */
export function targetFor(targets: ReadonlyMap<string, string>, path: string): string | undefined {
  let current = path;
  while (current !== '') {
    const id = targets.get(current);
    if (id) return id;
    current = parentOf(current);
  }
  return undefined;
}
