import { useMemo } from 'react';
import { keyPath, planFieldType, readCheckedValues, writeCheckedValues } from '@wholepicture/core';
import type { Question } from '@wholepicture/core';
import { CheckboxesField } from '../../CheckboxesField/CheckboxesField.js';
import { RadiosField } from '../../RadiosField/RadiosField.js';
import { SelectField } from '../../SelectField/SelectField.js';
import type { VoiceContributor } from '../../VoicePicker/VoicePicker.js';
import { usePlanFormContext } from '../PlanFormContext.js';
import { useChoiceOptions } from './useChoiceOptions.js';
import { useContributors } from './VoicedTextQuestion.js';
import { useFieldValue } from './useFieldValue.js';
import { useQuestion } from './useQuestion.js';

/** Paths where the plan keeps checked values as `{ kind }` items rather than strings. */
function isItemShaped(path: string): boolean {
  return planFieldType(keyPath(path))?.type === 'list';
}

interface ChoiceQuestionProps {
  question: Question;
  parentPath?: string | undefined;
}

const noContributors: readonly VoiceContributor[] = [];

/**
 * A `radios`, `select` or `checkboxes` question bound to its plan path. Only a question whose
 * options are the plan's contributors follows them: the others subscribe to nothing more, so a
 * long form mounts hundreds fewer subscriptions.
 */
export function ChoiceQuestion(props: ChoiceQuestionProps) {
  return props.question.optionsFrom === 'contributors' ? (
    <ContributorChoiceQuestion {...props} />
  ) : (
    <ChoiceQuestionBody {...props} contributors={noContributors} />
  );
}

function ContributorChoiceQuestion(props: ChoiceQuestionProps) {
  const contributors = useContributors(usePlanFormContext('A choice question').form);
  return <ChoiceQuestionBody {...props} contributors={contributors} />;
}

function ChoiceQuestionBody({
  question,
  parentPath,
  contributors,
}: ChoiceQuestionProps & { contributors: readonly VoiceContributor[] }) {
  const q = useQuestion(question, parentPath);
  const options = useChoiceOptions(question, parentPath, contributors);
  const [value, setValue] = useFieldValue<unknown>(q.context.form, q.path);
  // Walks the plan schema, so once per path rather than on every render.
  const asItems = useMemo(
    () => question.kind === 'checkboxes' && isItemShaped(q.path),
    [question.kind, q.path],
  );
  const common = { id: q.id, label: q.label, hint: q.hint, error: q.error, picture: q.picture };
  if (question.kind === 'checkboxes') {
    return (
      <CheckboxesField
        {...common}
        options={options}
        value={readCheckedValues(value)}
        onChange={(checked) => setValue(writeCheckedValues(value, checked, asItems))}
      />
    );
  }
  const chosen = typeof value === 'string' && value !== '' ? value : undefined;
  if (question.kind === 'select') {
    return (
      <SelectField
        {...common}
        options={options}
        value={chosen}
        onChange={(next) => setValue(next === '' ? undefined : next)}
      />
    );
  }
  return (
    <RadiosField
      {...common}
      options={options}
      value={chosen}
      onChange={setValue}
      inline={options.length <= 2}
    />
  );
}
