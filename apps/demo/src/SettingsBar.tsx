import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { textSizes } from './settings.js';
import type { Settings, TextSize } from './settings.js';

/** Props of {@link SettingsBar}. */
export interface SettingsBarProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

/** Language, easy-read mode and text size: on every page, under the header. */
export function SettingsBar({ settings, onChange }: SettingsBarProps) {
  const { t } = useTranslation('demo');
  const easyReadId = useId();
  const textSizeId = useId();
  const headingId = useId();
  const other = settings.locale === 'en' ? 'cy' : 'en';
  return (
    <section className="demo-settings" aria-labelledby={headingId}>
      <div className="demo-width">
        <h2 id={headingId} className="demo-visually-hidden">
          {t('settings.heading')}
        </h2>
        <div className="demo-settings__row">
          <button
            type="button"
            className="demo-link-button"
            lang={other}
            onClick={() => onChange({ ...settings, locale: other })}
          >
            {other === 'cy' ? 'Cymraeg' : 'English'}
          </button>
          <div className="demo-settings__item">
            <input
              id={easyReadId}
              type="checkbox"
              className="demo-checkbox"
              checked={settings.easyRead}
              onChange={(event) => onChange({ ...settings, easyRead: event.currentTarget.checked })}
            />
            <label htmlFor={easyReadId}>{t('settings.easyRead')}</label>
          </div>
          <div className="demo-settings__item">
            <label htmlFor={textSizeId}>{t('settings.textSize')}</label>
            <select
              id={textSizeId}
              className="demo-select"
              value={settings.textSize}
              onChange={(event) => onChange({ ...settings, textSize: event.currentTarget.value as TextSize })}
            >
              {textSizes.map((size) => (
                <option key={size} value={size}>
                  {t(`settings.textSizes.${size}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
    </section>
  );
}
