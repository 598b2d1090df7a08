import { useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsBar } from './SettingsBar.js';
import type { Settings } from './settings.js';
import type { Route } from './parseRoute.js';

/** Props of {@link Layout}. */
export interface LayoutProps {
  route: Route;
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
  children: ReactNode;
}

/** The page frame: skip link, header with navigation, settings, main content and footer. */
export function Layout({ route, settings, onSettingsChange, children }: LayoutProps) {
  const { t } = useTranslation('demo');
  const mainRef = useRef<HTMLElement>(null);
  const current = (name: Route['name']) => (route.name === name ? 'page' : undefined);
  return (
    <>
      <a
        href="#main-content"
        className="demo-skip-link"
        onClick={(event) => {
          // The hash is the router's: move focus without changing the address.
          event.preventDefault();
          mainRef.current?.focus();
          mainRef.current?.scrollIntoView();
        }}
      >
        {t('layout.skipLink')}
      </a>
      <header className="demo-header">
        <div className="demo-width demo-header__inner">
          <a href="#/" className="demo-header__name">
            {t('layout.serviceName')}
          </a>
          <nav aria-label={t('layout.navLabel')} className="demo-nav">
            <ul>
              <li>
                <a href="#/" aria-current={current('home')}>
                  {t('layout.nav.home')}
                </a>
              </li>
              <li>
                <a href="#/barriers" aria-current={current('barriers')}>
                  {t('layout.nav.barriers')}
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <SettingsBar settings={settings} onChange={onSettingsChange} />
      <main id="main-content" className="demo-width demo-main" tabIndex={-1} ref={mainRef}>
        {children}
      </main>
      <footer className="demo-footer">
        <div className="demo-width">
          <p>{t('layout.footer.privacy')}</p>
          <p>{t('layout.footer.about')}</p>
        </div>
      </footer>
    </>
  );
}
