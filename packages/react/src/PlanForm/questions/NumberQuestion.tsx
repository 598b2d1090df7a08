import { useEffect, useState } from 'react';
import type { Question } from '@wholepicture/core';
import { TextField } from '../../TextField/TextField.js';
import type { PendingCheck } from '../PlanFormContext.js';
import { useFieldValue } from './useFieldValue.js';
import { useQuestion } from './useQuestion.js';

/** Reads a typed number: digits with an optional decimal point or comma. */
export function parseNumber(raw: string): number | undefined | null {
  const trimmed = raw.trim().replace(/,/g, '.').replace(/^£/, '');
  if (trimmed === '') return undefined;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The check of a number box as typed, run when the person continues or submits. */
export function numberCheck(raw: Map<string, unknown>, path: string, label: string): PendingCheck {
  return () => {
    const current = raw.get(path);
    if (typeof current !== 'string' || parseNumber(current) !== null) return undefined;
    return { path, key: 'ui.number.notANumber', params: { label } };
  };
}

/** A `number` question: typed as text (GOV.UK advice), kept in the plan as a number. */
export function NumberQuestion({
  question,
  parentPath,
}: {
  question: Question;
  parentPath?: string | undefined;
}) {
  const q = useQuestion(question, parentPath);
  const { raw, pending, form, keepUnfinished } = q.context;
  const [value, setValue] = useFieldValue<number | undefined>(form, q.path);
  const [typed, setTyped] = useState<string>(() => {
    const kept = raw.get(q.path);
    return typeof kept === 'string' ? kept : value === undefined ? '' : String(value);
  });
  const label = q.words.label;
  const path = q.path;
  // Checks stay registered after the page changes: the box's draft is kept until fixed.
  const register = () => {
    pending.set(path, numberCheck(raw, path, label));
  };
  useEffect(register, [pending, raw, path, label]);
  const change = (next: string) => {
    setTyped(next);
    raw.set(path, next);
    register();
    const parsed = parseNumber(next);
    if (parsed !== null) setValue(parsed);
    else if (value !== undefined) setValue(undefined);
    // Words that make no number yet are kept with the plan, so the draft has them too.
    keepUnfinished(path, parsed === null ? next : undefined);
  };
  return (
    <TextField
      id={q.id}
      label={q.label}
      hint={q.hint}
      error={q.error}
      picture={q.picture}
      value={typed}
      inputMode="decimal"
      spellCheck={false}
      onChange={change}
    />
  );
}
