import { useFormState } from '../useFormState.js';
import { choiceKeys, resolveText, rightSizeSummary } from '@wholepicture/core';
import type { Question, Support } from '@wholepicture/core';
import { SupportLadderField } from '../../SupportLadderField/SupportLadderField.js';
import type { LadderItem } from '../../SupportLadderField/SupportLadderField.js';
import { PlanItemsList } from './ListQuestion.js';
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
  const support = useFormState(form, (state) => {
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
  return (
    <SupportLadderField rungs={rungs} items={items} summary={summary} headingLevel={parentPath ? 3 : 2}>
      <PlanItemsList q={q} itemQuestions={question.itemQuestions ?? []} maxItems={500} />
    </SupportLadderField>
  );
}
