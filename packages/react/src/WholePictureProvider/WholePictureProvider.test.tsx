import { render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { WholePictureProvider } from './WholePictureProvider.js';
import { useWholePicture } from './useWholePicture.js';
import { useWholePictureDocumentStrings } from './useWholePictureDocumentStrings.js';
import { createWholePictureI18n } from './createWholePictureI18n.js';
import { loadWholePictureDocumentStrings } from './loadWholePictureLocale.js';

function Probe() {
  const { t, lang, dir } = useWholePicture();
  return (
    <p lang={lang} dir={dir} data-testid="probe">
      {t('ui.errorSummary.title')}|{t('ui.list.removed', { item: 'X', number: 2 })}|
      {t('ui.characterCount.remaining', { count: 2 })}
    </p>
  );
}

describe('WholePictureProvider', () => {
  it('gives English words without a provider', () => {
    render(<Probe />);
    expect(screen.getByTestId('probe').textContent).toContain(
      'There is a problem|X 2 removed|You have 2 characters remaining',
    );
    expect(screen.getByTestId('probe').getAttribute('lang')).toBe('en');
  });

  it('loads Welsh on demand and then shows it, with lang="cy"', async () => {
    render(
      <WholePictureProvider locale="cy">
        <Probe />
      </WholePictureProvider>,
    );
    expect(await screen.findByText(/Mae problem wedi codi/)).toBeTruthy();
    const probe = screen.getByTestId('probe');
    expect(probe.getAttribute('lang')).toBe('cy');
    // Welsh has a "two" plural form; our words fall back to Welsh `_other`, not to English.
    expect(probe.textContent).toContain('Mae gennych 2 nod ar ôl');
  });

  it('sets right-to-left for a language a host adds', () => {
    render(
      <WholePictureProvider
        locale="ar"
        resources={{ ar: { wholepicture: { ui: { errorSummary: { title: 'هناك مشكلة' } } } } }}
      >
        <Probe />
      </WholePictureProvider>,
    );
    const probe = screen.getByTestId('probe');
    expect(probe.getAttribute('dir')).toBe('rtl');
    expect(probe.getAttribute('lang')).toBe('ar');
    expect(probe.textContent).toContain('هناك مشكلة');
    // Keys the host did not translate fall back to English.
    expect(probe.textContent).toContain('X 2 removed');
  });

  it('uses a host i18next instance without changing its language, and keeps its overrides', async () => {
    const host = createInstance();
    await host.init({
      lng: 'en',
      resources: { en: { wholepicture: { ui: { errorSummary: { title: 'Please check your answers' } } } } },
    });
    render(
      <WholePictureProvider i18n={host}>
        <Probe />
      </WholePictureProvider>,
    );
    expect(screen.getByTestId('probe').textContent).toContain('Please check your answers|X 2 removed');
    expect(host.language).toBe('en');
  });

  it('loads the easy-read document strings on demand and says when they are in', async () => {
    const i18n = createWholePictureI18n({ locale: 'en' });
    // A form's instance starts with the form's strings only.
    expect(i18n.exists('wholepicture:ui.errorSummary.title')).toBe(true);
    expect(i18n.exists('wholepicture:pdf.subject')).toBe(false);
    function DocumentProbe() {
      const ready = useWholePictureDocumentStrings();
      const { t } = useWholePicture();
      return <p data-testid="document">{ready ? t('pdf.subject') : 'waiting'}</p>;
    }
    render(
      <WholePictureProvider i18n={i18n}>
        <DocumentProbe />
      </WholePictureProvider>,
    );
    expect(screen.getByTestId('document').textContent).toBe('waiting');
    expect(await screen.findByText('Easy-read support plan')).toBeTruthy();
    expect(i18n.exists('wholepicture:glossary')).toBe(true);
  });

  it("keeps one instance's overrides and loaded strings out of every other instance", async () => {
    const resources = { en: { wholepicture: { ui: { errorSummary: { title: 'Check these answers' } } } } };
    const host = createWholePictureI18n({ locale: 'en', resources });
    await loadWholePictureDocumentStrings(host);
    const other = createWholePictureI18n({ locale: 'en' });
    expect(host.t('wholepicture:ui.errorSummary.title')).toBe('Check these answers');
    expect(other.t('wholepicture:ui.errorSummary.title')).toBe('There is a problem');
    expect(other.exists('wholepicture:pdf.subject')).toBe(false);
  });
});
