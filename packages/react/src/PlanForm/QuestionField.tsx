import { memo } from 'react';
import type { Question } from '@wholepicture/core';
import { ConditionalQuestion } from './ConditionalQuestion.js';
import { ChoiceQuestion } from './questions/ChoiceQuestion.js';
import { DateQuestion } from './questions/DateQuestion.js';
import { LinksQuestion } from './questions/LinksQuestion.js';
import { ListQuestion } from './questions/ListQuestion.js';
import { NumberQuestion } from './questions/NumberQuestion.js';
import { ReadOnlyQuestion } from './questions/ReadOnlyQuestion.js';
import { ReadingsQuestion } from './questions/ReadingsQuestion.js';
import { ScaleQuestion } from './questions/ScaleQuestion.js';
import { SupportLadderQuestion } from './questions/SupportLadderQuestion.js';
import { TextQuestion } from './questions/TextQuestion.js';
import { VoicedTextQuestion } from './questions/VoicedTextQuestion.js';
import { YesNoQuestion } from './questions/YesNoQuestion.js';

/** Props of {@link QuestionField}. */
export interface QuestionFieldProps {
  /** The question from the definition. */
  question: Question;
  /** For a list item's fields: the item's path with its index, e.g. `needs[2]`. */
  parentPath?: string | undefined;
}

/**
 * One question of the definition, rendered by its kind and bound to its plan path. Memoised:
 * it re-renders only when its own value or error changes, never because another field did.
 * A question with `enableWhen` shows only while its conditions hold; a `readOnly` one shows
 * its answer as text.
 */
export const QuestionField = memo(function QuestionField({ question, parentPath }: QuestionFieldProps) {
  if (question.hidden) return null;
  const field = fieldFor(question, parentPath);
  if (question.enableWhen && question.enableWhen.length > 0) {
    return (
      <ConditionalQuestion question={question} parentPath={parentPath}>
        {field}
      </ConditionalQuestion>
    );
  }
  return field;
});

/** The component for a question's kind; a read-only question shows its answer as text. */
function fieldFor(question: Question, parentPath: string | undefined) {
  const props = { question, parentPath };
  if (question.readOnly) return <ReadOnlyQuestion {...props} />;
  switch (question.kind) {
    case 'text':
    case 'textarea':
      return <TextQuestion {...props} />;
    case 'number':
      return <NumberQuestion {...props} />;
    case 'voicedText':
      return (
        <VoicedTextQuestion
          {...props}
          isOutcome={/(^|\.)outcomes(\[\d+\])?$/.test(parentPath ?? '') && question.path === 'statement'}
        />
      );
    case 'radios':
    case 'select':
    case 'checkboxes':
      return <ChoiceQuestion {...props} />;
    case 'date':
      return <DateQuestion {...props} />;
    case 'yesNo':
      return <YesNoQuestion {...props} />;
    case 'scale':
      return <ScaleQuestion {...props} />;
    case 'list':
      return <ListQuestion {...props} />;
    case 'links':
      return <LinksQuestion {...props} />;
    case 'supportLadder':
      return <SupportLadderQuestion {...props} />;
    case 'readings':
      return <ReadingsQuestion {...props} />;
    default:
      return null;
  }
}
