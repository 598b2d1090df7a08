import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets `document.title` to "<page> – <service>", starting with "Error: " while the page shows
 * errors, as GOV.UK asks.
 */
export function usePageTitle(page: string, hasErrors = false): void {
  const { t } = useTranslation('demo');
  const title = t('layout.pageTitle', { page, service: t('layout.serviceName') });
  const full = hasErrors ? t('layout.errorTitlePrefix', { title }) : title;
  // A layout effect runs before every passive one, so a form's "Error: " prefix
  // (PlanForm's manageDocumentTitle) is applied on top of the new page's title, not under it.
  useLayoutEffect(() => {
    document.title = full;
  }, [full]);
}
