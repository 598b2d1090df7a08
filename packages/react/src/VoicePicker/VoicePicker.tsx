import type { Voice } from '@wholepicture/core';
import { useFieldIds } from '../internal/fieldIds.js';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** A contributor the picker can name. */
export interface VoiceContributor {
  id: string;
  name: string;
}

/** Props of {@link VoicePicker}. */
export interface VoicePickerProps {
  /** Whose voice the entry is in. */
  value: Voice | undefined;
  /** Called with the new voice. */
  onChange: (value: Voice) => void;
  /** The plan's contributors. */
  contributors: readonly VoiceContributor[];
  /** The question the words answer, read (not shown) after each label so the controls make sense alone. */
  context?: string;
  /** Base id. @default an id from `useId` */
  id?: string;
}

/**
 * "Whose words are these?" and "In their own words", for every free-text entry, as PRSB's
 * About Me standard asks. A select of contributors plus a checkbox.
 */
export function VoicePicker({ value, onChange, contributors, context, id: idProp }: VoicePickerProps) {
  const { t } = useWholePicture();
  const { id, hintId } = useFieldIds(idProp);
  const selectId = `${id}-who`;
  const ownId = `${id}-own`;
  const contributorId = value?.contributorId ?? '';
  const ownWords = value?.ownWords ?? false;
  const known = contributorId === '' || contributors.some((c) => c.id === contributorId);
  const emit = (next: Partial<Voice>) => {
    const merged: Voice = { ownWords, ...(contributorId ? { contributorId } : {}), ...next };
    if (merged.contributorId === undefined || merged.contributorId === '') delete merged.contributorId;
    onChange(merged);
  };
  const contextText = context ? <span className="wp-visually-hidden"> ({context})</span> : null;
  return (
    <div className="wp-voice-picker">
      <div className="wp-voice-picker__who">
        <label className="wp-voice-picker__label" htmlFor={selectId}>
          {t('ui.voice.label')}
          {contextText}
        </label>
        <select
          className="wp-select"
          id={selectId}
          value={contributorId}
          onChange={(event) => {
            const next = event.target.value;
            emit(next === '' ? { contributorId: undefined } : { contributorId: next });
          }}
        >
          <option value="">{t('ui.voice.notRecorded')}</option>
          {contributors.map((contributor, index) => (
            <option key={contributor.id} value={contributor.id}>
              {contributor.name.trim() === ''
                ? t('ui.voice.noName', { number: index + 1 })
                : contributor.name}
            </option>
          ))}
          {known ? null : <option value={contributorId}>{contributorId}</option>}
        </select>
      </div>
      <div className="wp-choice-item wp-voice-picker__own">
        <input
          className="wp-choice-item__input"
          type="checkbox"
          id={ownId}
          checked={ownWords}
          aria-describedby={hintId}
          onChange={(event) => emit({ ownWords: event.target.checked })}
        />
        <label className="wp-choice-item__label" htmlFor={ownId}>
          {t('ui.voice.ownWords')}
          {contextText}
        </label>
        <div id={hintId} className="wp-choice-item__hint">
          {t('ui.voice.ownWordsHint')}
        </div>
      </div>
    </div>
  );
}
