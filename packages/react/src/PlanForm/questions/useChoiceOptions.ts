import { useMemo } from 'react';
import { choiceKeys, optionKey, resolveText } from '@wholepicture/core';
import type { Question } from '@wholepicture/core';
import type { ChoiceOption } from '../../internal/ChoiceOption.js';
import { usePlanFormContext } from '../PlanFormContext.js';
import { useWholePicture } from '../../WholePictureProvider/useWholePicture.js';
import type { VoiceContributor } from '../../VoicePicker/VoicePicker.js';

/**
 * A choice question's options in words: its own `options`, then those of `optionsFrom` (a
 * definition list, or the plan's contributors, which it follows as they change).
 */
export function useChoiceOptions(
  question: Question,
  parentPath: string | undefined,
  contributors: readonly VoiceContributor[],
): ChoiceOption[] {
  const { definition } = usePlanFormContext('A choice question');
  const { t, lang } = useWholePicture();
  const fromContributors = question.optionsFrom === 'contributors';
  return useMemo(() => {
    // The key differs only by value at its end, so the path is turned into a key once.
    const keyBase = optionKey(question, '', parentPath);
    const own: ChoiceOption[] = (question.options ?? []).map((option) => ({
      value: option.value,
      label: resolveText(option.text?.label, `${keyBase}${option.value}`, t, lang),
    }));
    const source = question.optionsFrom;
    if (!source) return own;
    if (source === 'contributors') {
      return [
        ...own,
        ...contributors.map((contributor, index) => ({
          value: contributor.id,
          label:
            contributor.name.trim() === '' ? t('ui.voice.noName', { number: index + 1 }) : contributor.name,
        })),
      ];
    }
    return [
      ...own,
      ...definition[source].map((choice) => ({
        value: choice.key,
        label: resolveText(choice.text?.label, choiceKeys(source, choice.key).label, t, lang),
      })),
    ];
    // Contributors matter only when the options come from them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [question, parentPath, t, lang, definition, fromContributors ? contributors : null]);
}
