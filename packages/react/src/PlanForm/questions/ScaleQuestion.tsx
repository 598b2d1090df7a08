import type { Question } from '@wholepicture/core';
import { ScaleField } from '../../ScaleField/ScaleField.js';
import { useFieldValue } from './useFieldValue.js';
import { useQuestion } from './useQuestion.js';

/** A `scale` question: 1 to 10 as native radios. */
export function ScaleQuestion({
  question,
  parentPath,
}: {
  question: Question;
  parentPath?: string | undefined;
}) {
  const q = useQuestion(question, parentPath);
  const [value, setValue] = useFieldValue<number | undefined>(q.context.form, q.path);
  return (
    <ScaleField
      id={q.id}
      label={q.label}
      {...(q.hint ? { hint: q.hint } : {})}
      error={q.error}
      picture={q.picture}
      value={typeof value === 'number' ? value : undefined}
      onChange={setValue}
    />
  );
}
