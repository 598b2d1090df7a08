import { useId } from 'react';
import type { ReactNode } from 'react';
import type { RightSizeSummary, SupportStatus } from '@wholepicture/core';
import { useWholePicture } from '../WholePictureProvider/useWholePicture.js';

/** A piece of support as the ladder shows it. */
export interface LadderItem {
  id: string;
  /** The rung key. */
  rung: string;
  description: string;
  provider?: string | undefined;
  hoursPerWeek?: number | undefined;
  costPerWeek?: number | undefined;
  status: SupportStatus;
}

/** A rung of the ladder and its words. */
export interface LadderRung {
  key: string;
  label: string;
}

/** Props of {@link SupportLadderField}. */
export interface SupportLadderFieldProps {
  /** The rungs, least to most restrictive. */
  rungs: readonly LadderRung[];
  /** The pieces of support. */
  items: readonly LadderItem[];
  /** Core's `rightSizeSummary` of the same support, for the table; no table when absent. */
  summary?: RightSizeSummary | undefined;
  /** Heading level of each rung. @default 3 */
  headingLevel?: 2 | 3 | 4;
  /** Editing controls, after the overview. */
  children?: ReactNode;
}

/** Formats money in pounds for the reader's language. */
export function useMoney(): (amount: number) => string {
  const { lang } = useWholePicture();
  const format = new Intl.NumberFormat(lang, { style: 'currency', currency: 'GBP' });
  return (amount) => format.format(amount);
}

function ItemSummary({ item }: { item: LadderItem }) {
  const { t } = useWholePicture();
  const money = useMoney();
  const details: string[] = [];
  if (item.hoursPerWeek !== undefined) details.push(t('ui.ladder.hours', { count: item.hoursPerWeek }));
  if (item.costPerWeek !== undefined) details.push(t('ui.ladder.cost', { amount: money(item.costPerWeek) }));
  if (item.provider) details.push(t('ui.ladder.provider', { provider: item.provider }));
  return (
    <li className="wp-ladder__item">
      <span className="wp-ladder__description">
        {item.description.trim() === '' ? t('ui.common.notAnswered') : item.description}
      </span>
      {details.length > 0 ? <span className="wp-ladder__details">{details.join(' · ')}</span> : null}
    </li>
  );
}

/**
 * The support ladder, rung by rung: support now and right-size support side by side, with
 * hours and cost, and a summary table of the two when core's `rightSizeSummary` is given.
 */
export function SupportLadderField({
  rungs,
  items,
  summary,
  headingLevel = 3,
  children,
}: SupportLadderFieldProps) {
  const { t } = useWholePicture();
  const money = useMoney();
  const Heading = `h${headingLevel}` as 'h3';
  const captionId = `wp${useId().replace(/[^A-Za-z0-9_-]/g, '')}-caption`;
  const known = new Set(rungs.map((rung) => rung.key));
  const extra = [...new Set(items.map((item) => item.rung).filter((rung) => !known.has(rung)))].map(
    (key) => ({
      key,
      label: key === '' ? t('ui.common.notAnswered') : key,
    }),
  );
  const shown = [...rungs, ...extra].filter((rung) => items.some((item) => item.rung === rung.key));
  const labelOf = (key: string) => [...rungs, ...extra].find((rung) => rung.key === key)?.label ?? key;
  const totalsCell = (hours: number, hoursUnknown: number) =>
    `${t('ui.ladder.hours', { count: hours })}${hoursUnknown > 0 ? ' +' : ''}`;
  return (
    <div className="wp-ladder">
      {shown.length > 0 ? (
        <ol className="wp-ladder__rungs">
          {shown.map((rung) => {
            const now = items.filter((item) => item.rung === rung.key && item.status !== 'right-size');
            const right = items.filter((item) => item.rung === rung.key && item.status !== 'current');
            return (
              <li key={rung.key} className="wp-ladder__rung">
                <Heading className="wp-heading-s">{rung.label}</Heading>
                <div className="wp-ladder__columns">
                  <div className="wp-ladder__column">
                    <p className="wp-ladder__column-title">{t('ui.ladder.current')}</p>
                    {now.length > 0 ? (
                      <ul className="wp-ladder__items">
                        {now.map((item) => (
                          <ItemSummary key={item.id} item={item} />
                        ))}
                      </ul>
                    ) : (
                      <p className="wp-ladder__none">{t('ui.ladder.nothing')}</p>
                    )}
                  </div>
                  <div className="wp-ladder__column">
                    <p className="wp-ladder__column-title">{t('ui.ladder.rightSize')}</p>
                    {right.length > 0 ? (
                      <ul className="wp-ladder__items">
                        {right.map((item) => (
                          <ItemSummary key={item.id} item={item} />
                        ))}
                      </ul>
                    ) : (
                      <p className="wp-ladder__none">{t('ui.ladder.nothing')}</p>
                    )}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {summary && summary.rungs.length > 0 ? (
        // Scrolls sideways at narrow widths, so it must take keyboard focus (WCAG 2.1.1, axe
        // scrollable-region-focusable); the rule does not know a scrolling region is operable.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="wp-ladder__table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="wp-table">
            <caption className="wp-table__caption" id={captionId}>
              {t('ui.ladder.summaryCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('ui.ladder.summaryRung')}</th>
                <th scope="col">{t('ui.ladder.summaryCurrentHours')}</th>
                <th scope="col">{t('ui.ladder.summaryRightSizeHours')}</th>
                <th scope="col">{t('ui.ladder.summaryCurrentCost')}</th>
                <th scope="col">{t('ui.ladder.summaryRightSizeCost')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.rungs.map((row) => (
                <tr key={row.rung}>
                  <th scope="row">{labelOf(row.rung)}</th>
                  <td>{totalsCell(row.current.hours, row.current.hoursUnknown)}</td>
                  <td>{totalsCell(row.rightSize.hours, row.rightSize.hoursUnknown)}</td>
                  <td>{money(row.current.cost)}</td>
                  <td>{money(row.rightSize.cost)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('ui.ladder.summaryTotal')}</th>
                <td>{totalsCell(summary.totals.current.hours, summary.totals.current.hoursUnknown)}</td>
                <td>{totalsCell(summary.totals.rightSize.hours, summary.totals.rightSize.hoursUnknown)}</td>
                <td>{money(summary.totals.current.cost)}</td>
                <td>{money(summary.totals.rightSize.cost)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      {children}
    </div>
  );
}
