import type { ReactNode } from 'react';
import {
  choiceKeys,
  getAtPath,
  keyPath,
  optionKey,
  pathToString,
  readCheckedValues,
  resolveOptionalText,
  resolveText,
  sectionKeys,
  visibleQuestions,
} from '@wholepicture/core';
import type { FormDefinition, Plan, Question } from '@wholepicture/core';
import type { CheckAnswersSection } from '../CheckAnswers/CheckAnswers.js';
import type { WholePictureText } from '../WholePictureProvider/useWholePicture.js';
import { questionWords } from './questions/useQuestion.js';
import { formatPlanDate } from '../internal/formatPlanDate.js';

/** Longest answer shown in full on the check page; the rest is on the section's page. */
const MAX_SHOWN = 2_000;

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function optionLabel(
  question: Question,
  value: string,
  parentPath: string | undefined,
  plan: Plan,
  definition: FormDefinition,
  text: WholePictureText,
): string {
  const { t, lang } = text;
  const own = question.options?.find((option) => option.value === value);
  if (own) return resolveText(own.text?.label, optionKey(question, value, parentPath), t, lang);
  const source = question.optionsFrom;
  if (source === 'contributors') {
    const contributor = plan.contributors?.find((c) => c.id === value);
    if (contributor) return contributor.name.trim() === '' ? value : contributor.name;
  } else if (source) {
    const choice = definition[source].find((c) => c.key === value);
    if (choice) return resolveText(choice.text?.label, choiceKeys(source, choice.key).label, t, lang);
  }
  return value;
}

function linkedText(plan: Plan, target: string, id: string): string {
  const list = (plan as unknown as Record<string, unknown>)[target];
  if (!Array.isArray(list)) return id;
  const item = (list as Record<string, unknown>[]).find((entry) => entry?.['id'] === id);
  if (!item) return id;
  const words =
    (item['description'] as { text?: string } | undefined)?.text ??
    (item['statement'] as { text?: string } | undefined)?.text ??
    (item['name'] as string | undefined);
  return typeof words === 'string' && words.trim() !== '' ? words : id;
}

/** An answer in words (or a small list), for the summary list. `undefined` when not answered. */
export function formatAnswer(
  question: Question,
  value: unknown,
  path: string,
  parentPath: string | undefined,
  plan: Plan,
  definition: FormDefinition,
  text: WholePictureText,
): ReactNode {
  const { t, lang } = text;
  switch (question.kind) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' && value.trim() !== '' ? <bdi>{shorten(value)}</bdi> : undefined;
    case 'voicedText': {
      const words = (value as { text?: unknown } | undefined)?.text;
      return typeof words === 'string' && words.trim() !== '' ? <bdi>{shorten(words)}</bdi> : undefined;
    }
    case 'number':
    case 'scale':
      return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : undefined;
    case 'yesNo':
      return typeof value === 'boolean' ? t(value ? 'ui.common.yes' : 'ui.common.no') : undefined;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? formatPlanDate(value, lang)
        : undefined;
    case 'radios':
    case 'select':
      return typeof value === 'string' && value !== ''
        ? optionLabel(question, value, parentPath, plan, definition, text)
        : undefined;
    case 'checkboxes': {
      const checked = readCheckedValues(value);
      return checked.length > 0
        ? checked.map((v) => optionLabel(question, v, parentPath, plan, definition, text)).join(', ')
        : undefined;
    }
    case 'links': {
      const ids = Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
      if (ids.length === 0) return undefined;
      return (
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <bdi>{shorten(linkedText(plan, question.linksTo ?? 'needs', id))}</bdi>
            </li>
          ))}
        </ul>
      );
    }
    case 'list':
    case 'supportLadder':
    case 'readings': {
      if (!Array.isArray(value) || value.length === 0) return undefined;
      const itemName = resolveOptionalText(undefined, `plan.${keyPath(path)}.item`, t, lang) ?? '';
      const capital = itemName.charAt(0).toLocaleUpperCase(lang) + itemName.slice(1);
      return (
        <ul>
          {value.map((item: unknown, index) => {
            const itemPath = `${path}[${index}]`;
            const parts = (question.itemQuestions ?? [])
              .filter(
                (child) =>
                  !child.hidden &&
                  child.kind !== 'links' &&
                  child.kind !== 'list' &&
                  child.kind !== 'readings',
              )
              .map((child) =>
                formatAnswer(
                  child,
                  getAtPath(item, child.path),
                  `${itemPath}.${child.path}`,
                  itemPath,
                  plan,
                  definition,
                  text,
                ),
              )
              .filter((part) => part !== undefined);
            const key =
              typeof (item as { id?: unknown })?.id === 'string'
                ? (item as { id: string }).id
                : String(index);
            return (
              <li key={key}>
                <strong>{t('ui.checkAnswers.itemHeading', { item: capital, number: index + 1 })}</strong>
                {parts.length > 0 ? ': ' : null}
                {parts.map((part, i) => (
                  <span key={i}>
                    {i > 0 ? '; ' : null}
                    {part}
                  </span>
                ))}
              </li>
            );
          })}
        </ul>
      );
    }
    default:
      return undefined;
  }
}

/**
 * The check your answers page's content: each visible section, each visible question with
 * its answer in words and a "Change" action back to the section.
 */
export function buildCheckAnswers(
  plan: Plan,
  definition: FormDefinition,
  text: WholePictureText,
  easyRead: boolean,
  onChangeAnswer: (sectionId: string, path: string) => void,
): CheckAnswersSection[] {
  const { t, lang } = text;
  return definition.sections
    .filter((section) => !section.hidden)
    .map((section) => {
      const keys = sectionKeys(section);
      const title = easyRead
        ? (resolveOptionalText(section.text?.easyRead, keys.easyRead, t, lang) ??
          resolveText(section.text?.title, keys.title, t, lang))
        : resolveText(section.text?.title, keys.title, t, lang);
      return {
        id: section.id,
        title,
        rows: visibleQuestions(section.questions, plan, [], { definition, plan }).map(
          ({ question, path }) => {
            const pathString = pathToString(path);
            const words = questionWords(question, undefined, t, lang);
            const label = easyRead && words.easyRead ? words.easyRead : words.label;
            return {
              id: `${section.id}:${question.id}`,
              label: question.prefix ? `${question.prefix} ${label}` : label,
              value: formatAnswer(
                question,
                getAtPath(plan, path),
                pathString,
                undefined,
                plan,
                definition,
                text,
              ),
              // A read-only answer cannot be changed, so it gets no "Change" link.
              ...(question.readOnly ? {} : { onChange: () => onChangeAnswer(section.id, pathString) }),
            };
          },
        ),
      };
    });
}
