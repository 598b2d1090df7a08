import { isDemoLocale } from './i18n.js';
import type { DemoLocale } from './i18n.js';

/** Text sizes the demo offers: the page's root font size. */
export const textSizes = ['standard', 'large', 'larger'] as const;

/** One of the demo's text sizes. */
export type TextSize = (typeof textSizes)[number];

/** What the reader has chosen: language, easy-read mode and text size. */
export interface Settings {
  locale: DemoLocale;
  easyRead: boolean;
  textSize: TextSize;
}

/** Settings before the reader has chosen anything. */
export const defaultSettings: Settings = { locale: 'en', easyRead: false, textSize: 'standard' };

const storageKey = 'wholepicture-demo:settings';

/** Reads the saved settings, ignoring anything unexpected (storage is the user's to edit). */
export function readSettings(storage: Pick<Storage, 'getItem'> | undefined): Settings {
  try {
    const raw = storage?.getItem(storageKey);
    if (!raw) return defaultSettings;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return defaultSettings;
    const record = value as Record<string, unknown>;
    return {
      locale: isDemoLocale(record['locale']) ? record['locale'] : defaultSettings.locale,
      easyRead: typeof record['easyRead'] === 'boolean' ? record['easyRead'] : defaultSettings.easyRead,
      textSize: (textSizes as readonly unknown[]).includes(record['textSize'])
        ? (record['textSize'] as TextSize)
        : defaultSettings.textSize,
    };
  } catch {
    return defaultSettings;
  }
}

/** Saves the settings in this browser only. */
export function writeSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: Settings): void {
  try {
    storage?.setItem(storageKey, JSON.stringify(settings));
  } catch {
    // Private browsing or a full quota: the settings still apply for this visit.
  }
}
