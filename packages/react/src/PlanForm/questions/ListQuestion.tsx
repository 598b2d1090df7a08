import { useStore } from '@tanstack/react-form';
import { keyPath, resolveOptionalText } from '@wholepicture/core';
import type { Question } from '@wholepicture/core';
import { ListField } from '../../ListField/ListField.js';
import { placeAfterControllers } from '../placeAfterControllers.js';
import { QuestionField } from '../QuestionField.js';
import {
  addListItem,
  forgetItemDrafts,
  itemIdSignature,
  moveListItem,
  removeListItem,
  splitSignature,
} from './listItems.js';
import { useQuestion } from './useQuestion.js';
import type { QuestionBinding } from './useQuestion.js';

/** Maximum items of the plan's lists (the plan schema allows 500; 50 for a few). */
const MAX_ITEMS = 500;

/** The lower-case name of one item of the list at `path` ("need"), from `plan.<list>.item`. */
export function useItemName(q: QuestionBinding): string {
  const { t, lang } = q.text;
  return resolveOptionalText(undefined, `plan.${keyPath(q.path)}.item`, t, lang) ?? q.words.label;
}

/**
 * The ids of a list's items, re-rendering only when items are added, removed or moved:
 * never while someone types inside an item.
 */
export function useItemKeys(q: QuestionBinding): string[] {
  const signature = useStore(q.context.form.store, (state) => itemIdSignature(state.values, q.path));
  return splitSignature(signature);
}

/** A `list` question: repeatable items, each with the question's `itemQuestions`. */
export function ListQuestion({
  question,
  parentPath,
}: {
  question: Question;
  parentPath?: string | undefined;
}) {
  const q = useQuestion(question, parentPath, true);
  const { form } = q.context;
  const keys = useItemKeys(q);
  const itemName = useItemName(q);
  const itemQuestions = placeAfterControllers(
    (question.itemQuestions ?? []).filter((child) => !child.hidden),
  );
  return (
    <ListField
      id={q.id}
      label={q.label}
      hint={q.hint}
      error={q.error}
      picture={q.picture}
      itemName={itemName}
      items={keys}
      getKey={(key) => key}
      maxItems={MAX_ITEMS}
      headingLevel={parentPath ? 3 : 2}
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
  );
}
