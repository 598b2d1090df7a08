import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings, writeSettings } from './settings.js';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const map = new Map<string, string>();
  return { getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) };
}

describe('settings', () => {
  it('reads back what was saved', () => {
    const storage = memoryStorage();
    writeSettings(storage, { locale: 'cy', easyRead: true, textSize: 'larger' });
    expect(readSettings(storage)).toEqual({ locale: 'cy', easyRead: true, textSize: 'larger' });
  });

  it('falls back to the defaults for missing, broken or unexpected values', () => {
    expect(readSettings(undefined)).toEqual(defaultSettings);
    const storage = memoryStorage();
    storage.setItem('wholepicture-demo:settings', '{not json');
    expect(readSettings(storage)).toEqual(defaultSettings);
    storage.setItem(
      'wholepicture-demo:settings',
      JSON.stringify({ locale: 'fr', easyRead: 'yes', textSize: 9 }),
    );
    expect(readSettings(storage)).toEqual(defaultSettings);
  });
});
