import { useEffect, useState } from 'react';
import type { Question } from '@wholepicture/core';
import { DateField } from '../../DateField/DateField.js';
import { dateProblemKey, isoToDateParts, parseDateParts } from '../../DateField/dateParts.js';
import type { DateParts } from '../../DateField/dateParts.js';
import type { PendingCheck } from '../PlanFormContext.js';
import { useFieldValue } from './useFieldValue.js';
import { useQuestion } from './useQuestion.js';

function isDateParts(value: unknown): value is DateParts {
  return typeof value === 'object' && value !== null && 'day' in value && 'month' in value && 'year' in value;
}

/** The check of a date's boxes as typed, run when the person continues or submits. */
export function dateCheck(
  raw: Map<string, unknown>,
  path: string,
  mustBe: 'past' | 'future' | undefined,
  label: string,
): PendingCheck {
  return () => {
    const typed = raw.get(path);
    if (!isDateParts(typed)) return undefined;
    const result = parseDateParts(typed, { mustBe });
    if (result.ok) return undefined;
    return { path, key: dateProblemKey(result.problem), params: { label }, parts: result.problem.parts };
  };
}

/**
 * A `date` question: three boxes as typed, kept in the plan as `YYYY-MM-DD` once they make a
 * real date. What was typed is checked by GOV.UK's rules when the person continues.
 */
export function DateQuestion({
  question,
  parentPath,
}: {
  question: Question;
  parentPath?: string | undefined;
}) {
  const q = useQuestion(question, parentPath);
  const { raw, pending, form, keepUnfinished } = q.context;
  const [value, setValue] = useFieldValue<string | undefined>(form, q.path);
  const path = q.path;
  const [parts, setParts] = useState<DateParts>(() => {
    const kept = raw.get(path);
    return isDateParts(kept) ? kept : isoToDateParts(value);
  });
  // A plan loaded or changed from outside shows its date, unless the boxes hold a draft of it.
  // Adjusted while rendering, not in an effect, so the new date shows in the same render.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (!isDateParts(raw.get(path))) setParts(isoToDateParts(value));
  }
  const label = q.words.label;
  const mustBe = question.dateMustBe;
  // Checks stay registered after the page changes: the boxes' draft is kept until fixed.
  const register = () => {
    pending.set(path, dateCheck(raw, path, mustBe, label));
  };
  useEffect(register, [pending, raw, path, label, mustBe]);
  const change = (next: DateParts) => {
    setParts(next);
    raw.set(path, next);
    register();
    const result = parseDateParts(next);
    const iso = result.ok ? result.value : undefined;
    if (iso !== value) setValue(iso);
    // Boxes that make no date yet are kept with the plan, so the draft has them too.
    keepUnfinished(path, result.ok ? undefined : next);
  };
  return (
    <DateField
      id={q.id}
      label={q.label}
      hint={q.hint}
      error={q.error}
      errorParts={q.formError?.parts}
      picture={q.picture}
      value={parts}
      isBirthday={path === 'person.dateOfBirth'}
      onChange={change}
    />
  );
}
