import type { Question } from '@wholepicture/core';
import { TextField } from '../../TextField/TextField.js';
import { TextareaField } from '../../TextareaField/TextareaField.js';
import { WritingHelp } from '../../WritingHelp/WritingHelp.js';
import { useFieldValue } from './useFieldValue.js';
import { useQuestion } from './useQuestion.js';

/** A `text` or `textarea` question bound to its plan path. */
export function TextQuestion({
  question,
  parentPath,
}: {
  question: Question;
  parentPath?: string | undefined;
}) {
  const q = useQuestion(question, parentPath);
  const [value, setValue] = useFieldValue<string | undefined>(q.context.form, q.path);
  const text = typeof value === 'string' ? value : '';
  const common = { id: q.id, label: q.label, hint: q.hint, error: q.error, picture: q.picture };
  if (question.kind === 'textarea') {
    return (
      <TextareaField {...common} value={text} maxLength={question.maxLength} onChange={setValue}>
        {question.reachesPdf ? <WritingHelp text={text} onChange={setValue} /> : null}
      </TextareaField>
    );
  }
  return <TextField {...common} value={text} onChange={setValue} />;
}
