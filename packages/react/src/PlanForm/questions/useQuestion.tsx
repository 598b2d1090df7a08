import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { joinPath, questionKeys, resolveOptionalText, resolveText } from '@wholepicture/core';
import type { Question } from '@wholepicture/core';
import { Picture } from '../../Picture/index.js';
import { useFieldIds } from '../../internal/fieldIds.js';
import { useWholePicture } from '../../WholePictureProvider/useWholePicture.js';
import type { WholePictureText } from '../../WholePictureProvider/useWholePicture.js';
import { formatFormError } from '../formErrors.js';
import type { FormError } from '../formErrors.js';
import { usePlanFormContext } from '../PlanFormContext.js';
import type { PlanFormContextValue } from '../PlanFormContext.js';

/** The words of a question in the reader's language. */
export interface QuestionWords {
  label: string;
  hint: string | undefined;
  easyRead: string | undefined;
}

/** A question's label, hint and easy-read wording: the host's own or from i18n. */
export function questionWords(
  question: Question,
  parentPath: string | undefined,
  t: WholePictureText['t'],
  lang: string,
): QuestionWords {
  const keys = questionKeys(question, parentPath);
  return {
    label: resolveText(question.text?.label, keys.label, t, lang),
    hint: resolveOptionalText(question.text?.hint, keys.hint, t, lang),
    easyRead: resolveOptionalText(question.text?.easyRead, keys.easyRead, t, lang),
  };
}

/** Everything a question component needs: its path, words, id, error and shared form parts. */
export interface QuestionBinding {
  /** The question's plan path, with indices: `needs[2].description`. */
  path: string;
  /** The id of its first control. */
  id: string;
  words: QuestionWords;
  /** The label to show: the easy-read wording in easy-read mode, after any `prefix`. */
  label: string;
  /** The hint to show. */
  hint: string | undefined;
  /** The picture beside it, in easy-read mode. */
  picture: ReactNode;
  /** The error on show for it, in words. */
  error: string | undefined;
  /** The error itself, e.g. for a date's boxes. */
  formError: FormError | undefined;
  context: PlanFormContextValue;
  text: WholePictureText;
}

/**
 * Binds a question to the form: its words, its id (registered for the error summary) and its
 * error, subscribed narrowly so only this question re-renders when its error changes.
 * `exactError` keeps errors of a list's items off the list itself.
 */
export function useQuestion(
  question: Question,
  parentPath: string | undefined,
  exactError = false,
): QuestionBinding {
  const context = usePlanFormContext('A question');
  const text = useWholePicture();
  const path = joinPath(parentPath, question.path);
  const { id } = useFieldIds();
  const { errors, targets } = context;
  // Registered as it renders, not in an effect (a long form mounted hundreds of them): the map
  // only says which control an error at this path links to, and `targetFor` skips ids no longer
  // on the page, so an unmounted question's entry needs no clean-up.
  targets.set(path, id);
  const find = useCallback(() => errors.find(path, exactError), [errors, path, exactError]);
  const formError = useSyncExternalStore(errors.subscribe, find, find);
  // Looked up once per question and language, not again each time its value changes, and
  // again when the easy-read wording arrives (it loads on demand).
  const { easyReadWords } = context;
  const words = useMemo(
    () => questionWords(question, parentPath, text.t, text.lang),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- easyReadWords: new words in the same `t`
    [question, parentPath, text.t, text.lang, easyReadWords],
  );
  const easyRead = context.easyRead;
  const label = easyRead && words.easyRead ? words.easyRead : words.label;
  return {
    path,
    id,
    words,
    // FHIR `prefix` ("1.", "(a)") is part of the label, so it is read out with it.
    label: question.prefix ? `${question.prefix} ${label}` : label,
    hint: easyRead && words.easyRead ? undefined : words.hint,
    picture: easyRead ? <Picture pictureKey={question.picture} alt="" /> : null,
    error: formError ? formatFormError(formError, text.t) : undefined,
    formError,
    context,
    text,
  };
}
