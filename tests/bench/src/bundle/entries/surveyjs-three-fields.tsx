// The three-field form with SurveyJS (survey-core + survey-react-ui).
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';

declare const __FORM__: Record<string, unknown>;

const survey = new Model(__FORM__);
survey.onComplete.add((sender) => console.warn('submitted', Object.keys(sender.data).length));
const root = document.getElementById('root');
if (root) createRoot(root).render(<Survey model={survey} />);
