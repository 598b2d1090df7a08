import type { ReactNode } from 'react';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';
import { formatPlanDate } from '../internal/formatPlanDate.js';

/** One reading as the comparison shows it. */
export interface ReadingView {
  id: string;
  /** Whose reading it is, in words ("Agreed together", "Sam (worker)"). */
  by: string;
  /** The date of the reading, `YYYY-MM-DD`. */
  date?: string | undefined;
  now?: number | undefined;
  goal?: number | undefined;
}

/** Props of {@link ReadingsField}. */
export interface ReadingsFieldProps {
  /** The readings, in the order they were added. */
  readings: readonly ReadingView[];
  /** Heading level. @default 4 */
  headingLevel?: 3 | 4 | 5;
  /** Editing controls, after the comparison. */
  children?: ReactNode;
}

/** True when the readings do not all say the same: both are kept, never averaged. */
export function readingsDiffer(readings: readonly ReadingView[]): boolean {
  const given = readings.filter((reading) => reading.now !== undefined || reading.goal !== undefined);
  return new Set(given.map((reading) => `${reading.now ?? ''}/${reading.goal ?? ''}`)).size > 1;
}

/**
 * An outcome's 1–10 readings side by side, one card per voice (or "agreed together"). When
 * they differ, it says so: each view is kept as it was given, never averaged or overwritten.
 */
export function ReadingsField({ readings, headingLevel = 4, children }: ReadingsFieldProps) {
  const { t, lang } = useWholePicture();
  const Heading = `h${headingLevel}` as 'h4';
  const differ = readingsDiffer(readings);
  return (
    <div className="wp-readings">
      {readings.length > 0 ? (
        <>
          <Heading className="wp-heading-s">{t('ui.readings.title')}</Heading>
          {differ ? <p className="wp-readings__differ">{t('ui.readings.differ')}</p> : null}
          <ul className="wp-readings__cards">
            {readings.map((reading) => (
              <li key={reading.id} className="wp-readings__card">
                <p className="wp-readings__by">{reading.by}</p>
                {reading.date ? (
                  <p className="wp-readings__date">{formatPlanDate(reading.date, lang)}</p>
                ) : null}
                <p className="wp-readings__value">
                  {reading.now !== undefined
                    ? t('ui.readings.nowValue', { value: reading.now })
                    : `${t('ui.readings.now')}: ${t('ui.readings.notGiven')}`}
                </p>
                <p className="wp-readings__value">
                  {reading.goal !== undefined
                    ? t('ui.readings.goalValue', { value: reading.goal })
                    : `${t('ui.readings.goal')}: ${t('ui.readings.notGiven')}`}
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {children}
    </div>
  );
}
