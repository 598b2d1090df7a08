import { useTranslation } from 'react-i18next';
import { PageHeading } from '../PageHeading.js';
import { usePageTitle } from '../usePageTitle.js';

/** Props of {@link NotFoundPage}. */
export interface NotFoundPageProps {
  /** What was not found, when more is known than the address (e.g. a plan not in this browser). */
  heading?: string;
  body?: string;
}

/** An address the demo does not know, or a plan that is not in this browser. */
export function NotFoundPage({ heading, body }: NotFoundPageProps) {
  const { t } = useTranslation('demo');
  usePageTitle(heading ?? t('notFound.title'));
  return (
    <>
      <PageHeading>{heading ?? t('notFound.heading')}</PageHeading>
      <p>{body ?? t('notFound.body')}</p>
      <p>
        <a href="#/">{t('notFound.home')}</a>
      </p>
    </>
  );
}
