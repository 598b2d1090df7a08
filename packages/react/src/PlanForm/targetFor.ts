/** The parent of a plan path: `needs[2].description` → `needs[2]` → `needs`; `''` at the top. */
function parentOf(path: string): string {
  const match = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(path);
  return match ? (match[1] ?? '') : '';
}

/** True when the control is on the page (or there is no page to ask: server rendering). */
function onPage(id: string): boolean {
  return typeof document === 'undefined' || document.getElementById(id) !== null;
}

/**
 * The id of the control an error at `path` should link to: the field registered at that
 * path, or else at the nearest path above it (a list's add button for a list error). Fields
 * register as they render and never unregister, so an id no longer on the page is skipped.
 */
export function targetFor(targets: ReadonlyMap<string, string>, path: string): string | undefined {
  let current = path;
  while (current !== '') {
    const id = targets.get(current);
    if (id && onPage(id)) return id;
    current = parentOf(current);
  }
  return undefined;
}
