import { useTranslation } from 'react-i18next';
import type { IgnoredFhir } from '@wholepicture/core';

/** How many ignored parts are listed before summing up the rest. */
const shown = 30;

/** Props of {@link IgnoredFhirList}. */
export interface IgnoredFhirListProps {
  ignored: readonly IgnoredFhir[];
}

/**
 * What an imported Questionnaire holds that the form does not use, by linkId. The details are
 * core's English words, so they are marked `lang="en"` for screen readers on a Welsh page.
 */
export function IgnoredFhirList({ ignored }: IgnoredFhirListProps) {
  const { t } = useTranslation('demo');
  if (ignored.length === 0) return null;
  return (
    <>
      <p>{t('fhir.import.ignoredBody')}</p>
      <ul>
        {ignored.slice(0, shown).map((entry, index) => (
          <li key={index}>
            {entry.linkId === '' ? t('fhir.import.ignoredWhole') : <code>{entry.linkId}</code>}
            {': '}
            <span lang="en">{entry.what}</span>
          </li>
        ))}
      </ul>
      {ignored.length > shown && <p>{t('fhir.import.moreIgnored', { count: ignored.length - shown })}</p>}
    </>
  );
}
