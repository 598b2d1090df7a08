import { useCallback, useSyncExternalStore } from 'react';
import type { Plan, Question, Voice } from '@wholepicture/core';
import { TextareaField } from '../../TextareaField/TextareaField.js';
import { VoicePicker } from '../../VoicePicker/VoicePicker.js';
import type { VoiceContributor } from '../../VoicePicker/VoicePicker.js';
import { WritingHelp } from '../../WritingHelp/WritingHelp.js';
import type { PlanFormApi } from '../usePlanFormApi.js';
import { useFieldValue } from './useFieldValue.js';
import { useQuestion } from './useQuestion.js';

/** The plan's contributors, re-rendering only when that list changes. */
export function useContributors(form: PlanFormApi, wanted = true): readonly VoiceContributor[] {
  // A question that does not list contributors (most choice questions) neither subscribes to
  // the form nor reads it, so it costs nothing on first render or on a keystroke.
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!wanted) return noUnsubscribe;
      const subscription = form.store.subscribe(listener);
      return () => subscription.unsubscribe();
    },
    [form, wanted],
  );
  const read = useCallback(() => {
    if (!wanted) return emptyList;
    const list = (form.state.values as unknown as Partial<Plan>).contributors;
    return Array.isArray(list) ? (list as readonly VoiceContributor[]) : emptyList;
  }, [form, wanted]);
  return useSyncExternalStore(subscribe, read, read);
}
const noUnsubscribe = () => {};
const emptyList: readonly VoiceContributor[] = [];

/**
 * A `voicedText` question: a textarea for the words (`<path>.text`) and, after it, whose words
 * they are (`<path>.voice`); writing help when the words reach the person's PDF.
 */
export function VoicedTextQuestion({
  question,
  parentPath,
  isOutcome = false,
}: {
  question: Question;
  parentPath?: string | undefined;
  /** The words are an outcome statement: writing help also checks it reads as an outcome. */
  isOutcome?: boolean;
}) {
  const q = useQuestion(question, parentPath);
  const { form } = q.context;
  const [text, setText] = useFieldValue<string | undefined>(form, `${q.path}.text`);
  const [voice, setVoice] = useFieldValue<Voice | undefined>(form, `${q.path}.voice`);
  const contributors = useContributors(form);
  const words = typeof text === 'string' ? text : '';
  return (
    <TextareaField
      id={q.id}
      label={q.label}
      hint={q.hint}
      error={q.error}
      picture={q.picture}
      value={words}
      maxLength={question.maxLength}
      onChange={setText}
    >
      {question.reachesPdf ? <WritingHelp text={words} onChange={setText} isOutcome={isOutcome} /> : null}
      <VoicePicker value={voice} onChange={setVoice} contributors={contributors} context={q.words.label} />
    </TextareaField>
  );
}
