import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails
 * if it is not reached within `max` presses: the control is then not in the tab order.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 120, backwards = false } = {},
): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target.toString()} with ${max} presses of Tab`);
}
