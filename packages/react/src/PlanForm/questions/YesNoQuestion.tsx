import type { Question } from '@wholepicture/core';
import { YesNoField } from '../../YesNoField/YesNoField.js';
import { QuestionField } from '../QuestionField.js';
import { useFieldValue } from './useFieldValue.js';
import { useQuestion } from './useQuestion.js';

/** A `yesNo` question; its `reveal` questions follow "Yes" directly while it is chosen. */
export function YesNoQuestion({
  question,
  parentPath,
}: {
  question: Question;
  parentPath?: string | undefined;
}) {
  const q = useQuestion(question, parentPath);
  const [value, setValue] = useFieldValue<boolean | undefined>(q.context.form, q.path);
  const reveal = (question.reveal ?? []).filter((child) => !child.hidden);
  return (
    <YesNoField
      id={q.id}
      label={q.label}
      hint={q.hint}
      error={q.error}
      picture={q.picture}
      value={typeof value === 'boolean' ? value : undefined}
      onChange={setValue}
      revealCount={reveal.length}
      reveal={
        reveal.length > 0
          ? reveal.map((child) => <QuestionField key={child.id} question={child} parentPath={parentPath} />)
          : undefined
      }
    />
  );
}
