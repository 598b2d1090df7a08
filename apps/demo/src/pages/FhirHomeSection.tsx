import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../parseRoute.js';
import { QuestionnaireDrafts } from './QuestionnaireDrafts.js';

/** On the home page: the way to import a FHIR Questionnaire, and the questionnaires saved here. */
export function FhirHomeSection() {
  const { t } = useTranslation('demo');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('fhir.home.heading')}</h2>
      <p>{t('fhir.home.body')}</p>
      <p>
        <a href={routeHref({ name: 'fhir' })}>{t('fhir.home.link')}</a>
      </p>
      <QuestionnaireDrafts />
    </section>
  );
}
