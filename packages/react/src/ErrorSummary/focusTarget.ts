/**
 * The label or legend that names a control: the fieldset's legend for radios, checkboxes and
 * date boxes; otherwise the `<label for>`.
 */
function labelFor(input: HTMLElement): HTMLElement | null {
  const fieldset = input.closest('fieldset');
  const type = input.getAttribute('type');
  const inDateInput = input.closest('.wp-date-input') !== null;
  if (fieldset && (type === 'radio' || type === 'checkbox' || inDateInput)) {
    const legend = fieldset.querySelector('legend');
    if (legend) return legend;
  }
  const labels = Array.from(input.ownerDocument.getElementsByTagName('label'));
  return labels.find((label) => label.htmlFor === input.id) ?? null;
}

/**
 * Moves to a field as GOV.UK's error summary does: scroll its label (or legend) into view
 * first, then focus the control without scrolling. Focusing alone would scroll the label out
 * of view, and screen reader users (NVDA 2024.4, VoiceOver on iOS 18) would hear only the
 * field type. Returns false when the control is not on the page.
 */
export function focusTarget(id: string, doc: Document = document): boolean {
  const input = doc.getElementById(id);
  if (!input) return false;
  const label = labelFor(input);
  const scrollTarget = label ?? input;
  if (typeof scrollTarget.scrollIntoView === 'function') scrollTarget.scrollIntoView();
  input.focus({ preventScroll: true });
  return true;
}
