import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDemo } from '../DemoContext.js';
import { formatDateTime } from '../formatDateTime.js';
import { routeHref } from '../parseRoute.js';
import { questionnaireIn, questionnaireTitle } from '../questionnaireDrafts.js';

/** The most questionnaire drafts listed; each is read in full for its title. */
const MAX_LISTED = 50;

interface Entry {
  id: string;
  title: string | undefined;
  updatedAt: string;
}

type ListState = { status: 'loading' } | { status: 'ready'; entries: Entry[] } | { status: 'failed' };

/** Props of {@link QuestionnaireDrafts}. */
export interface QuestionnaireDraftsProps {
  /** Changes whenever the list should be read again (e.g. after an import). */
  refreshKey?: number;
}

/** The drafts answering imported FHIR Questionnaires, newest first, each a link to carry on. */
export function QuestionnaireDrafts({ refreshKey = 0 }: QuestionnaireDraftsProps) {
  const { t, i18n } = useTranslation('demo');
  const { questionnaireAdapter } = useDemo();
  const [state, setState] = useState<ListState>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    (async () => {
      const summaries = (await questionnaireAdapter.list()).slice(0, MAX_LISTED);
      const entries = await Promise.all(
        summaries.map(async (summary): Promise<Entry> => {
          const record = await questionnaireAdapter.get(summary.id);
          const title = questionnaireTitle(questionnaireIn(record?.plan));
          return { id: summary.id, title, updatedAt: summary.updatedAt };
        }),
      );
      if (active) setState({ status: 'ready', entries });
    })().catch(() => {
      if (active) setState({ status: 'failed' });
    });
    return () => {
      active = false;
    };
  }, [questionnaireAdapter, refreshKey]);

  if (state.status === 'loading') return <p role="status">{t('fhir.drafts.loading')}</p>;
  if (state.status === 'failed') {
    return (
      <div className="demo-notice demo-notice--error" role="alert">
        <p>{t('home.storageFailed')}</p>
      </div>
    );
  }
  if (state.entries.length === 0) return <p>{t('fhir.drafts.none')}</p>;
  return (
    <ul className="demo-list" aria-label={t('fhir.drafts.listLabel')}>
      {state.entries.map((entry) => (
        <li key={entry.id}>
          <a href={routeHref({ name: 'fhirDraft', draftId: entry.id })}>
            {t('fhir.drafts.continue', { title: entry.title ?? t('fhir.drafts.untitled') })}
          </a>
          <span className="demo-hint">
            {t('home.drafts.lastChanged', { date: formatDateTime(entry.updatedAt, i18n.language) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
