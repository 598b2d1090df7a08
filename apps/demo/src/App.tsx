import { useEffect, useMemo, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { WholePictureProvider, createMemoryAdapter } from '@wholepicture/react';
import type { StorageAdapter } from '@wholepicture/react';
import { DemoContext } from './DemoContext.js';
import type { DemoContextValue } from './DemoContext.js';
import { Layout } from './Layout.js';
import { changeDemoLocale } from './i18n.js';
import { readSettings, writeSettings } from './settings.js';
import type { Settings } from './settings.js';
import { useHashRoute } from './useHashRoute.js';
import { Page } from './pages/Page.js';

/** Props of {@link App}. */
export interface AppProps {
  i18n: I18n;
  adapter: StorageAdapter;
  /** Where drafts answering imported FHIR Questionnaires are kept. @default in memory */
  questionnaireAdapter?: StorageAdapter;
  /** Settings to start with (read from this browser by `main.tsx`). */
  initialSettings?: Settings;
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The demo: settings, routing and the page for the current address. */
export function App({
  i18n,
  adapter,
  questionnaireAdapter: givenQuestionnaireAdapter,
  initialSettings,
}: AppProps) {
  const [fallbackQuestionnaireAdapter] = useState(createMemoryAdapter);
  const questionnaireAdapter = givenQuestionnaireAdapter ?? fallbackQuestionnaireAdapter;
  const [settings, setSettings] = useState<Settings>(() => initialSettings ?? readSettings(browserStorage()));
  const route = useHashRoute();

  useEffect(() => {
    void changeDemoLocale(i18n, settings.locale);
  }, [i18n, settings.locale]);

  const updateSettings = (next: Settings) => {
    setSettings(next);
    writeSettings(browserStorage(), next);
  };

  const context = useMemo<DemoContextValue>(
    () => ({
      adapter,
      questionnaireAdapter,
      easyRead: settings.easyRead,
      textSize: settings.textSize,
      locale: settings.locale,
    }),
    [adapter, questionnaireAdapter, settings.easyRead, settings.textSize, settings.locale],
  );

  return (
    <I18nextProvider i18n={i18n}>
      <WholePictureProvider i18n={i18n} locale={settings.locale}>
        <DemoContext.Provider value={context}>
          <div
            className="wp-root demo-app"
            data-text-size={settings.textSize === 'standard' ? undefined : settings.textSize}
            data-easy-read={settings.easyRead ? 'true' : undefined}
          >
            <Layout route={route} settings={settings} onSettingsChange={updateSettings}>
              <Page route={route} />
            </Layout>
          </div>
        </DemoContext.Provider>
      </WholePictureProvider>
    </I18nextProvider>
  );
}
