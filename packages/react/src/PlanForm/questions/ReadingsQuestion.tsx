import { useStore } from '@tanstack/react-form';
import { getAtPath } from '@wholepicture/core';
import type { Contributor, OutcomeReading, Question } from '@wholepicture/core';
import { ListField } from '../../ListField/ListField.js';
import { ReadingsField } from '../../ReadingsField/ReadingsField.js';
import type { ReadingView } from '../../ReadingsField/ReadingsField.js';
import { QuestionField } from '../QuestionField.js';
import { addListItem, forgetItemDrafts, moveListItem, removeListEntry } from './listItems.js';
import { useItemKeys, useItemName } from './ListQuestion.js';
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
  const keys = useItemKeys(q);
  const itemName = useItemName(q);
  const contributors = useContributors(form) as readonly Pick<Contributor, 'id' | 'name'>[];
  const readings = useStore(form.store, (state) => {
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
  const itemQuestions = (question.itemQuestions ?? []).filter((child) => !child.hidden);
  return (
    <ReadingsField readings={views}>
      <ListField
        id={q.id}
        label={q.label}
        hint={q.hint}
        error={q.error}
        picture={q.picture}
        itemName={itemName}
        items={keys}
        getKey={(key) => key}
        maxItems={100}
        headingLevel={4}
        onAdd={() => addListItem(form, q.path)}
        onRemove={(index) => {
          forgetItemDrafts(q.context, q.path);
          removeListEntry(form, q.path, index);
        }}
        onMove={(from, to) => {
          forgetItemDrafts(q.context, q.path);
          moveListItem(form, q.path, from, to);
        }}
        renderItem={(_key, { index }) =>
          itemQuestions.map((child) => (
            <QuestionField key={child.id} question={child} parentPath={`${q.path}[${index}]`} />
          ))
        }
      />
    </ReadingsField>
  );
}
