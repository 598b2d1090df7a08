import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createIndexedDbAdapter } from '@wholepicture/react';
import '@wholepicture/react/styles.css';
import './app.css';
import { App } from './App.js';
import { changeDemoLocale, createDemoI18n } from './i18n.js';
import { readSettings } from './settings.js';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const settings = readSettings(browserStorage());
const i18n = createDemoI18n();
const adapter = createIndexedDbAdapter({ dbName: 'wholepicture-demo' });
const questionnaireAdapter = createIndexedDbAdapter({ dbName: 'wholepicture-demo-questionnaires' });
const root = document.getElementById('root');

// Welsh readers get Welsh from the first paint: its strings load before the first render.
void changeDemoLocale(i18n, settings.locale).finally(() => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App
        i18n={i18n}
        adapter={adapter}
        questionnaireAdapter={questionnaireAdapter}
        initialSettings={settings}
      />
    </StrictMode>,
  );
});
