import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useFormState } from './useFormState.js';
import { isQuestionEnabled, joinPath } from '@wholepicture/core';
import type { Question } from '@wholepicture/core';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';
import { isWithin } from './formErrors.js';
import { usePlanFormContext } from './PlanFormContext.js';
import { questionWords } from './questions/useQuestion.js';

/** Props of {@link ConditionalQuestion}. */
export interface ConditionalQuestionProps {
  /** A question with `enableWhen` conditions. */
  question: Question;
  /** For a list item's fields: the item's path with its index. */
  parentPath?: string | undefined;
  /** The question's field, shown while its conditions hold. */
  children: ReactNode;
}

/**
 * Shows a question only while its `enableWhen` conditions hold, re-rendering only when that
 * changes, and says politely when it appears or goes. A question taken away keeps its answer
 * in the plan (it comes back if the conditions hold again) but is not checked or exported.
 */
export function ConditionalQuestion({ question, parentPath, children }: ConditionalQuestionProps) {
  const context = usePlanFormContext('A conditional question');
  const { t, lang } = useWholePicture();
  const { form, definition, pending } = context;
  const enabled = useFormState(form, (state) =>
    isQuestionEnabled(question, state.values, definition, parentPath),
  );
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(enabled);
  useEffect(() => {
    if (previous.current === enabled) return;
    previous.current = enabled;
    const label = questionWords(question, parentPath, t, lang).label;
    setAnnouncement(t(enabled ? 'ui.form.questionShown' : 'ui.form.questionHidden', { label }));
    if (!enabled) {
      // A half-typed date in a question that went away must not stop the person continuing.
      const path = joinPath(parentPath, question.path);
      for (const key of [...pending.keys()]) if (isWithin(key, path)) pending.delete(key);
    }
  }, [enabled, question, parentPath, t, lang, pending]);
  return (
    <>
      {/* Always in the page, so screen readers hear the change (a new live region is often missed). */}
      <div role="status" className="wp-visually-hidden">
        {announcement}
      </div>
      {enabled ? children : null}
    </>
  );
}
