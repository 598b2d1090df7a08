import {
  choiceKeys,
  optionKey,
  questionKeys,
  resolveOptionalText,
  resolveText,
  sectionKeys,
} from './definitionSchema.js';
import type { ChoiceList, FormDefinition, Question, Section } from './definitionSchema.js';
import { getAtPath } from './planPath.js';
import type { TranslateFn } from './translate.js';

/** A question's, section's or choice's words, ready to show. */
export interface Wording {
  /** The label (or section title). */
  label: string;
  /** The hint, when there is one. */
  hint?: string;
  /** The first-person easy-read wording. */
  easyRead: string;
}

/** One option of a choice question, ready to show. */
export interface ResolvedOption {
  value: string;
  label: string;
  /** Easy-read words, for life areas, rungs and themes. */
  easyRead?: string;
  /** A hint under the option, for life areas, rungs and themes. */
  hint?: string;
  picture?: string;
}

function wording(label: string, hint: string | undefined, easyRead: string): Wording {
  return hint === undefined ? { label, easyRead } : { label, hint, easyRead };
}

/** A question's label, hint and easy-read words: the host's wording, else the translation. */
export function resolveQuestionWording(
  question: Question,
  t: TranslateFn,
  locale: string,
  parentPath?: string,
): Wording {
  const keys = questionKeys(question, parentPath);
  const label = resolveText(question.text?.label, keys.label, t, locale);
  return wording(
    label,
    resolveOptionalText(question.text?.hint, keys.hint, t, locale),
    resolveOptionalText(question.text?.easyRead, keys.easyRead, t, locale) ?? label,
  );
}

/** A section's title (as `label`), hint and easy-read title. */
export function resolveSectionWording(section: Section, t: TranslateFn, locale: string): Wording {
  const keys = sectionKeys(section);
  const title = resolveText(section.text?.title, keys.title, t, locale);
  return wording(
    title,
    resolveOptionalText(section.text?.hint, keys.hint, t, locale),
    resolveOptionalText(section.text?.easyRead, keys.easyRead, t, locale) ?? title,
  );
}

/** The words of a life area, ladder rung or barrier theme; the key itself if it is unknown. */
export function resolveChoiceWording(
  definition: FormDefinition,
  list: ChoiceList,
  key: string,
  t: TranslateFn,
  locale: string,
): Wording {
  const choice = definition[list].find((entry) => entry.key === key);
  const keys = choiceKeys(list, key);
  const label = resolveOptionalText(choice?.text?.label, keys.label, t, locale) ?? key;
  return wording(
    label,
    resolveOptionalText(choice?.text?.hint, keys.hint, t, locale),
    resolveOptionalText(choice?.text?.easyRead, keys.easyRead, t, locale) ?? label,
  );
}

/**
 * The options of a `radios`, `checkboxes` or `select` question, in order: its own options,
 * then those of `optionsFrom` (a definition list, or the plan's contributors by name).
 * `parentPath` is the list's path for a list item's field.
 */
export function resolveQuestionOptions(
  question: Question,
  definition: FormDefinition,
  plan: unknown,
  t: TranslateFn,
  locale: string,
  parentPath?: string,
): ResolvedOption[] {
  const options: ResolvedOption[] = (question.options ?? []).map((option) => {
    const resolved: ResolvedOption = {
      value: option.value,
      label: resolveText(option.text?.label, optionKey(question, option.value, parentPath), t, locale),
    };
    if (option.picture) resolved.picture = option.picture;
    return resolved;
  });
  const source = question.optionsFrom;
  if (source === 'contributors') {
    const contributors = getAtPath(plan, 'contributors');
    if (Array.isArray(contributors)) {
      contributors.forEach((contributor: unknown, index) => {
        const id = getAtPath(contributor, 'id');
        if (typeof id !== 'string') return;
        const name = getAtPath(contributor, 'name');
        const label =
          typeof name === 'string' && name.trim() !== '' ? name : t('ui.voice.noName', { number: index + 1 });
        options.push({ value: id, label, picture: 'person' });
      });
    }
  } else if (source !== undefined) {
    for (const choice of definition[source]) {
      const words = resolveChoiceWording(definition, source, choice.key, t, locale);
      options.push({ value: choice.key, ...words, picture: choice.picture });
    }
  }
  return options;
}
