import { useStore } from '@tanstack/react-form';
import { choiceKeys, resolveText, rightSizeSummary } from '@wholepicture/core';
import type { Question, Support } from '@wholepicture/core';
import { ListField } from '../../ListField/ListField.js';
import { SupportLadderField } from '../../SupportLadderField/SupportLadderField.js';
import type { LadderItem } from '../../SupportLadderField/SupportLadderField.js';
import { QuestionField } from '../QuestionField.js';
import { addListItem, forgetItemDrafts, moveListItem, removeListItem } from './listItems.js';
import { useItemKeys, useItemName } from './ListQuestion.js';
import { useQuestion } from './useQuestion.js';

const noSupport: readonly Support[] = [];

/**
 * A `supportLadder` question: the ladder overview (support now and right-size support side by
 * side, rung by rung, with the summary table), then each piece of support to edit.
 */
export function SupportLadderQuestion({
  question,
  parentPath,
}: {
  question: Question;
  parentPath?: string | undefined;
}) {
  const q = useQuestion(question, parentPath, true);
  const { form, definition } = q.context;
  const { t, lang } = q.text;
  const keys = useItemKeys(q);
  const itemName = useItemName(q);
  const support = useStore(form.store, (state) => {
    const list = (state.values as Record<string, unknown>)[q.path];
    return Array.isArray(list) ? (list as Support[]) : noSupport;
  });
  const rungs = definition.ladderRungs.map((rung) => ({
    key: rung.key,
    label: resolveText(rung.text?.label, choiceKeys('ladderRungs', rung.key).label, t, lang),
  }));
  const items: LadderItem[] = support.map((item) => ({
    id: item.id,
    rung: typeof item.rung === 'string' ? item.rung : '',
    description: item.description?.text ?? '',
    provider: item.provider,
    hoursPerWeek: item.hoursPerWeek,
    costPerWeek: item.costPerWeek,
    status: item.status ?? 'current',
  }));
  const summary = rightSizeSummary(
    { support: support.map((item) => ({ ...item, rung: typeof item.rung === 'string' ? item.rung : '' })) },
    { rungs: rungs.map((rung) => rung.key) },
  );
  const itemQuestions = (question.itemQuestions ?? []).filter((child) => !child.hidden);
  return (
    <SupportLadderField rungs={rungs} items={items} summary={summary} headingLevel={parentPath ? 3 : 2}>
      <ListField
        id={q.id}
        label={q.label}
        hint={q.hint}
        error={q.error}
        picture={q.picture}
        itemName={itemName}
        items={keys}
        getKey={(key) => key}
        maxItems={500}
        onAdd={() => addListItem(form, q.path)}
        onRemove={(index) => {
          forgetItemDrafts(q.context, q.path);
          removeListItem(form, q.path, index);
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
    </SupportLadderField>
  );
}
