import { useFormState } from '../useFormState.js';
import { getAtPath } from '@wholepicture/core';
import type { Contributor, OutcomeReading, Question } from '@wholepicture/core';
import { ReadingsField } from '../../ReadingsField/ReadingsField.js';
import type { ReadingView } from '../../ReadingsField/ReadingsField.js';
import { removeListEntry } from './listItems.js';
import { PlanItemsList } from './ListQuestion.js';
import { useQuestion } from './useQuestion.js';
import { useContributors } from './VoicedTextQuestion.js';

const noReadings: readonly OutcomeReading[] = [];

/**
 * A `readings` question: an outcome's readings side by side (differing views kept, never
 * averaged), then each reading to edit: whose it is, now, the goal and the date.
 */
export function ReadingsQuestion({
  question,
  parentPath,
}: {
  question: Question;
  parentPath?: string | undefined;
}) {
  const q = useQuestion(question, parentPath, true);
  const { form } = q.context;
  const { t } = q.text;
  const contributors = useContributors(form) as readonly Pick<Contributor, 'id' | 'name'>[];
  const readings = useFormState(form, (state) => {
    const list = getAtPath(state.values, q.path);
    return Array.isArray(list) ? (list as OutcomeReading[]) : noReadings;
  });
  const views: ReadingView[] = readings.map((reading) => {
    const who =
      reading.by === 'together' || reading.by === undefined
        ? t('ui.readings.together')
        : contributors.find((c) => c.id === reading.by)?.name.trim() || t('ui.voice.notRecorded');
    return { id: reading.id, by: who, date: reading.date, now: reading.now, goal: reading.goal };
  });
  return (
    <ReadingsField readings={views}>
      <PlanItemsList
        q={q}
        itemQuestions={question.itemQuestions ?? []}
        maxItems={100}
        headingLevel={4}
        removeItem={removeListEntry}
      />
    </ReadingsField>
  );
}
