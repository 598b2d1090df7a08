import { useMemo } from 'react';
import { useDebouncedValue } from '../internal/useDebouncedValue.js';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';
import { useWholePictureDocumentStrings } from '../WholePictureProvider/useWholePictureDocumentStrings.js';
import { useWritingChecks } from './writingChecks.js';

/** How long typing must pause before the text is checked again. */
const CHECK_DELAY_MS = 800;
/**
 * Longest text checked: several pages, far more than easy-read text. The checks take linear
 * time (about 30 ms for 20 000 characters on a busy 2-core machine), so a pause never stalls;
 * a 100 000-character paste is checked up to here.
 */
const MAX_CHECKED = 20_000;
/** Most suggestions shown at once: more would bury the words being written. */
const MAX_SHOWN = 8;

/** One suggestion, ready to show. */
interface Suggestion {
  key: string;
  message: string;
  start: number;
  end: number;
  plain?: string | undefined;
}

/** Props of {@link WritingHelp}. */
export interface WritingHelpProps {
  /** The text being written. */
  text: string;
  /** Called with the text after the person accepts a plain alternative. */
  onChange?: (text: string) => void;
  /** The text is an outcome statement: also check that it reads as a change in the person's life. */
  isOutcome?: boolean;
}

/**
 * Gentle, non-blocking easy-read suggestions for text that goes into the person's PDF: long
 * sentences, hard words (with a plain word to use instead), acronyms. Checked when typing
 * pauses; the number of suggestions is announced politely, never on every key. The checks and
 * the glossary's words load on demand once there is text, well before typing first pauses.
 */
export function WritingHelp({ text, onChange, isOutcome = false }: WritingHelpProps) {
  const { t, lang } = useWholePicture();
  const settled = useDebouncedValue(text, CHECK_DELAY_MS);
  // Loaded once there is something to check: the empty fields of a long form load nothing while
  // it first shows. Typing pauses for longer than they take to arrive.
  const wanted = text.trim() !== '';
  const checks = useWritingChecks(wanted);
  // The glossary's plain words and meanings load with the easy-read document's strings.
  const wordsReady = useWholePictureDocumentStrings(wanted);
  const suggestions = useMemo<Suggestion[]>(() => {
    if (!checks || !wordsReady || settled.trim() === '') return [];
    const found: Suggestion[] = checks
      .checkEasyRead(settled.slice(0, MAX_CHECKED), { locale: lang, t })
      .map((finding, index) => ({
        key: `${finding.kind}-${finding.start}-${index}`,
        message: t(finding.messageKey, finding.params),
        start: finding.start,
        end: finding.end,
        plain: finding.plain,
      }));
    if (isOutcome) {
      const outcome = checks.checkOutcome(settled.slice(0, MAX_CHECKED), { locale: lang });
      if (outcome) {
        found.unshift({
          key: `outcome-${outcome.kind}`,
          message: t(outcome.messageKey, outcome.params),
          start: 0,
          end: 0,
        });
      }
    }
    return found;
  }, [checks, wordsReady, settled, lang, t, isOutcome]);
  const current = settled === text;
  const shown = suggestions.slice(0, MAX_SHOWN);
  const replace = (suggestion: Suggestion) => {
    if (!onChange || suggestion.plain === undefined || !current) return;
    onChange(text.slice(0, suggestion.start) + suggestion.plain + text.slice(suggestion.end));
  };
  return (
    <div className="wp-writing-help" data-count={suggestions.length}>
      <div className="wp-visually-hidden" aria-live="polite">
        {suggestions.length > 0 ? t('ui.writingHelp.count', { count: suggestions.length }) : ''}
      </div>
      {shown.length > 0 ? (
        <div className="wp-writing-help__panel">
          <p className="wp-writing-help__intro">
            <strong>{t('ui.writingHelp.title')}.</strong> {t('ui.writingHelp.intro')}
          </p>
          <ul className="wp-writing-help__list" aria-label={t('ui.writingHelp.listLabel')}>
            {shown.map((suggestion) => (
              <li key={suggestion.key} className="wp-writing-help__item">
                <span>{suggestion.message}</span>
                {suggestion.plain !== undefined && onChange && current ? (
                  <>
                    {' '}
                    <button type="button" className="wp-button-link" onClick={() => replace(suggestion)}>
                      {t('ui.writingHelp.useThis', { plain: suggestion.plain })}
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
