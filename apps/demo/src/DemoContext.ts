import { createContext, useContext } from 'react';
import type { StorageAdapter } from '@wholepicture/react';
import type { DemoLocale } from './i18n.js';
import type { TextSize } from './settings.js';

/** What every page of the demo shares. */
export interface DemoContextValue {
  /** Where drafts are kept: IndexedDB in this browser. */
  adapter: StorageAdapter;
  /** Where drafts answering imported FHIR Questionnaires are kept, apart from plans. */
  questionnaireAdapter: StorageAdapter;
  /** Whether easy-read mode is on. */
  easyRead: boolean;
  /** The reader's text size. */
  textSize: TextSize;
  /** The language on show. */
  locale: DemoLocale;
}

/** The demo's shared services, given by `App`. */
export const DemoContext = createContext<DemoContextValue | undefined>(undefined);

/** The demo's shared services; only inside `App`. */
export function useDemo(): DemoContextValue {
  const value = useContext(DemoContext);
  if (!value) throw new Error('useDemo: render the page inside <App>.');
  return value;
}
