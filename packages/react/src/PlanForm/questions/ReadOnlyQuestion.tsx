import type { Plan, Question } from '@wholepicture/core';
import { FormGroup, Hint } from '../../internal/FieldParts.js';
import { formatAnswer } from '../buildCheckAnswers.js';
import { useFieldValue } from './useFieldValue.js';
import { useQuestion } from './useQuestion.js';

/**
 * A read-only question (FHIR `readOnly`): its answer as text in a GOV.UK summary list row,
 * not a disabled control, so it is read in full and never a dead stop for the Tab key.
 */
export function ReadOnlyQuestion({
  question,
  parentPath,
}: {
  question: Question;
  parentPath?: string | undefined;
}) {
  const q = useQuestion(question, parentPath);
  const [value] = useFieldValue<unknown>(q.context.form, q.path);
  const { t } = q.text;
  // The whole plan is read without subscribing to it: only this answer re-renders the row.
  const plan = q.context.form.state.values as unknown as Plan;
  const answer = formatAnswer(question, value, q.path, parentPath, plan, q.context.definition, q.text);
  const hintId = `${q.id}-hint`;
  return (
    <FormGroup picture={q.picture} kind="read-only" className="wp-read-only">
      <dl className="wp-summary-list" id={q.id}>
        <div className="wp-summary-list__row">
          <dt className="wp-summary-list__key">{q.label}</dt>
          <dd className="wp-summary-list__value">
            {answer === undefined ? (
              <span className="wp-summary-list__empty">{t('ui.common.notAnswered')}</span>
            ) : (
              answer
            )}
          </dd>
        </div>
      </dl>
      <Hint id={hintId}>
        {q.hint ? (
          <>
            {q.hint}
            <br />
          </>
        ) : null}
        {t('ui.form.readOnly')}
      </Hint>
    </FormGroup>
  );
}
