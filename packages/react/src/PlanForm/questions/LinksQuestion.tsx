import { useFormState } from '../useFormState.js';
import { resolveOptionalText } from '@wholepicture/core';
import type { LinkTarget, Question } from '@wholepicture/core';
import { LinksField } from '../../LinksField/LinksField.js';
import type { LinkableItem } from '../../LinksField/LinksField.js';
import { useFieldValue } from './useFieldValue.js';
import { useQuestion } from './useQuestion.js';

/** Where each linkable list keeps an item's words. */
const textOf: Record<LinkTarget, (item: Record<string, unknown>) => unknown> = {
  needs: (item) => (item['description'] as { text?: unknown } | undefined)?.text,
  strengths: (item) => (item['description'] as { text?: unknown } | undefined)?.text,
  outcomes: (item) => (item['statement'] as { text?: unknown } | undefined)?.text,
  contributors: (item) => item['name'],
  contacts: (item) => item['name'],
};

/** The items of a list as `id` + words, joined into one string so a selector compares cheaply. */
function linkableSignature(values: unknown, target: LinkTarget): string {
  const list = (values as Record<string, unknown>)[target];
  if (!Array.isArray(list)) return '[]';
  const items: LinkableItem[] = [];
  for (const entry of list as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    if (typeof record['id'] !== 'string') continue;
    const text = textOf[target](record);
    items.push({ id: record['id'], text: typeof text === 'string' ? text : '' });
  }
  return JSON.stringify(items);
}

/** A `links` question: checkboxes of another list's items; the plan keeps their ids. */
export function LinksQuestion({
  question,
  parentPath,
}: {
  question: Question;
  parentPath?: string | undefined;
}) {
  const q = useQuestion(question, parentPath);
  const target = question.linksTo ?? 'needs';
  const signature = useFormState(q.context.form, (state) => linkableSignature(state.values, target));
  const items = JSON.parse(signature) as LinkableItem[];
  const [value, setValue] = useFieldValue<unknown>(q.context.form, q.path);
  const ids = Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  const itemName = resolveOptionalText(undefined, `plan.${target}.item`, q.text.t, q.text.lang) ?? target;
  return (
    <LinksField
      id={q.id}
      label={q.label}
      hint={q.hint}
      error={q.error}
      picture={q.picture}
      items={items}
      itemName={itemName}
      value={ids}
      onChange={setValue}
    />
  );
}
