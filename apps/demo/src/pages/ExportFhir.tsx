import { useTranslation } from 'react-i18next';
import {
  createTranslator,
  defaultDefinition,
  toQuestionnaire,
  toQuestionnaireResponse,
} from '@wholepicture/core';
import type { Plan } from '@wholepicture/core';
import { downloadFile, fileNameFor } from '../downloadFile.js';

/** Props of {@link ExportFhir}. */
export interface ExportFhirProps {
  plan: Plan;
}

function download(resource: unknown, fileName: string): void {
  downloadFile(`${JSON.stringify(resource, null, 2)}\n`, fileName, 'application/fhir+json');
}

/**
 * "Export as FHIR", as two entries of the plan's actions list: the form as a FHIR R4
 * Questionnaire (English, with Welsh translations) and the plan as its QuestionnaireResponse.
 */
export function ExportFhir({ plan }: ExportFhirProps) {
  const { t } = useTranslation('demo');
  return (
    <>
      <li>
        <button
          type="button"
          className="demo-link-button"
          onClick={async () => {
            // The Welsh wording travels as FHIR translation extensions; it loads only now, so
            // it stays out of the app's first download.
            const { cy } = await import('@wholepicture/core/locales/cy');
            download(
              toQuestionnaire(defaultDefinition, { locales: { cy: createTranslator(cy, 'cy') } }),
              `questionnaire-${defaultDefinition.id}.json`,
            );
          }}
        >
          {t('fhir.export.questionnaire')}
        </button>
        <span className="demo-hint">{t('fhir.export.questionnaireHint')}</span>
      </li>
      <li>
        <button
          type="button"
          className="demo-link-button"
          onClick={() =>
            download(
              toQuestionnaireResponse(plan, defaultDefinition),
              fileNameFor(`${plan.person.preferredName} response`, 'questionnaire-response', 'json'),
            )
          }
        >
          {t('fhir.export.response')}
        </button>
        <span className="demo-hint">{t('fhir.export.responseHint')}</span>
      </li>
    </>
  );
}
