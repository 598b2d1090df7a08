/**
 * Whether the next page heading should take focus. Set when the reader moves to another page
 * (not on the first load), so a screen reader announces the new page, as GOV.UK does.
 */
let pending = false;

/** Marks that the route changed: the next page heading to mount takes focus. */
export function requestHeadingFocus(): void {
  pending = true;
}

/** True once after {@link requestHeadingFocus}; the caller then moves focus. */
export function takeHeadingFocusRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}
