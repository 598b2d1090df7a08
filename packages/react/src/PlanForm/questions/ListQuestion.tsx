import { useFormState } from '../useFormState.js';
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
  const signature = useFormState(q.context.form, (state) => itemIdSignature(state.values, q.path));
  return splitSignature(signature);
}

/** Props of {@link PlanItemsList}. */
export interface PlanItemsListProps {
  /** The bound list question. */
  q: QuestionBinding;
  /** The item questions to show in each item (hidden ones are left out here). */
  itemQuestions: readonly Question[];
  /** Most items the list may hold. */
  maxItems: number;
  /** Heading level of each item's heading. */
  headingLevel?: 2 | 3 | 4;
  /**
   * How an item is removed: `removeListItem` for the plan's own lists (it also removes every
   * link to the item), `removeListEntry` for lists inside an item.
   * @default removeListItem
   */
  removeItem?: (form: QuestionBinding['context']['form'], path: string, index: number) => void;
}

/**
 * The repeatable items of a list-like question (needs, support, readings…): add, remove and
 * move by keyboard, each item with the question's item questions. One component, so every
 * list behaves the same.
 */
export function PlanItemsList({
  q,
  itemQuestions,
  maxItems,
  headingLevel,
  removeItem = removeListItem,
}: PlanItemsListProps) {
  const { form } = q.context;
  const keys = useItemKeys(q);
  const itemName = useItemName(q);
  const shown = placeAfterControllers(itemQuestions.filter((child) => !child.hidden));
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
      maxItems={maxItems}
      {...(headingLevel ? { headingLevel } : {})}
      onAdd={() => addListItem(form, q.path)}
      onRemove={(index) => {
        forgetItemDrafts(q.context, q.path);
        removeItem(form, q.path, index);
      }}
      onMove={(from, to) => {
        forgetItemDrafts(q.context, q.path);
        moveListItem(form, q.path, from, to);
      }}
      renderItem={(_key, { index }) =>
        shown.map((child) => (
          <QuestionField key={child.id} question={child} parentPath={`${q.path}[${index}]`} />
        ))
      }
    />
  );
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
  return (
    <PlanItemsList
      q={q}
      itemQuestions={question.itemQuestions ?? []}
      maxItems={MAX_ITEMS}
      headingLevel={parentPath ? 3 : 2}
    />
  );
}
