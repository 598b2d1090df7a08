import { useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePlan, summariseBarriers } from '@wholepicture/core';
import { barriersToCsv } from '@wholepicture/core/reports';
import type { BarriersSummary, Plan, TranslateFn } from '@wholepicture/core';
import type { StorageAdapter } from '@wholepicture/react';
import { useDemo } from '../DemoContext.js';
import { PageHeading } from '../PageHeading.js';
import { usePageTitle } from '../usePageTitle.js';
import { downloadFile } from '../downloadFile.js';

type ReportState =
  { status: 'loading' } | { status: 'ready'; summary: BarriersSummary } | { status: 'failed' };

/** Every plan saved in this browser that still reads as a plan; damaged drafts are left out. */
async function loadAllPlans(adapter: StorageAdapter): Promise<Plan[]> {
  const summaries = await adapter.list();
  const records = await Promise.all(summaries.map((summary) => adapter.get(summary.id)));
  const plans: Plan[] = [];
  for (const record of records) {
    if (!record) continue;
    const parsed = parsePlan(record.plan);
    if (parsed.ok) plans.push(parsed.plan);
  }
  return plans;
}

/**
 * The barriers report: across the plans in this browser, what blocks people's outcomes, by
 * theme and by service, anonymised by core's `summariseBarriers`. A bar chart with the same
 * numbers as a table, and a CSV to pass to commissioners.
 */
export function BarriersPage() {
  const { t } = useTranslation('demo');
  const { t: tw } = useTranslation('wholepicture');
  const { adapter } = useDemo();
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  const chartId = useId();
  usePageTitle(t('barriers.title'));

  useEffect(() => {
    let active = true;
    loadAllPlans(adapter).then(
      (plans) => active && setState({ status: 'ready', summary: summariseBarriers(plans) }),
      () => active && setState({ status: 'failed' }),
    );
    return () => {
      active = false;
    };
  }, [adapter]);

  const themeName = (theme: string) => {
    if (theme === '') return tw('easyRead.barriersReport.notGiven');
    const key = `plan.barrierThemes.${theme}.label`;
    const words = tw(key);
    return words === key ? theme : words;
  };

  const downloadCsv = (summary: BarriersSummary) => {
    const csv = barriersToCsv(summary, { t: tw as TranslateFn });
    // A byte order mark, so spreadsheet programs read Welsh letters (ŵ, ŷ) correctly.
    downloadFile(`\ufeff${csv}`, t('barriers.fileName'), 'text/csv;charset=utf-8');
  };

  return (
    <>
      <PageHeading>{t('barriers.heading')}</PageHeading>
      <p className="demo-lead">{t('barriers.lead')}</p>
      <p>{t('barriers.anonymised')}</p>
      {state.status === 'loading' && <p role="status">{t('barriers.loading')}</p>}
      {state.status === 'failed' && (
        <div className="demo-notice demo-notice--error" role="alert">
          <p>{t('home.storageFailed')}</p>
        </div>
      )}
      {state.status === 'ready' && state.summary.barrierCount === 0 && (
        <p>{state.summary.planCount === 0 ? t('barriers.noPlans') : t('barriers.noBarriers')}</p>
      )}
      {state.status === 'ready' && state.summary.barrierCount > 0 && (
        <>
          <dl className="demo-summary-list">
            <div>
              <dt>{t('barriers.totals.plans')}</dt>
              <dd>{state.summary.planCount}</dd>
            </div>
            <div>
              <dt>{t('barriers.totals.plansWithBarriers')}</dt>
              <dd>{state.summary.plansWithBarriers}</dd>
            </div>
            <div>
              <dt>{t('barriers.totals.barriers')}</dt>
              <dd>{state.summary.barrierCount}</dd>
            </div>
          </dl>

          <h2 id={chartId}>{t('barriers.chart.heading')}</h2>
          <BarChart
            labelledBy={chartId}
            rows={state.summary.byTheme.map((row) => ({
              key: row.theme,
              label: themeName(row.theme),
              value: row.barriers,
              text: t('barriers.chart.bar', { barriers: row.barriers, plans: row.plans }),
            }))}
          />

          <ScrollRegion labelledBy={`${chartId}-themes`}>
            <table className="demo-table">
              <caption id={`${chartId}-themes`}>{t('barriers.themeTable.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('barriers.themeTable.theme')}</th>
                  <th scope="col" className="demo-number">
                    {t('barriers.themeTable.barriers')}
                  </th>
                  <th scope="col" className="demo-number">
                    {t('barriers.themeTable.plans')}
                  </th>
                  <th scope="col">{t('barriers.themeTable.examples')}</th>
                </tr>
              </thead>
              <tbody>
                {state.summary.byTheme.map((row) => (
                  <tr key={row.theme}>
                    <th scope="row">{themeName(row.theme)}</th>
                    <td className="demo-number">{row.barriers}</td>
                    <td className="demo-number">{row.plans}</td>
                    <td>
                      {row.examples.length > 0 ? (
                        <ul className="demo-examples">
                          {row.examples.map((example, index) => (
                            <li key={index}>{example}</li>
                          ))}
                        </ul>
                      ) : (
                        t('barriers.themeTable.noExamples')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>

          <h2>{t('barriers.serviceTable.heading')}</h2>
          <ScrollRegion labelledBy={`${chartId}-services`}>
            <table className="demo-table">
              <caption id={`${chartId}-services`} className="demo-visually-hidden">
                {t('barriers.serviceTable.caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('barriers.serviceTable.service')}</th>
                  <th scope="col" className="demo-number">
                    {t('barriers.themeTable.barriers')}
                  </th>
                  <th scope="col" className="demo-number">
                    {t('barriers.themeTable.plans')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.summary.byServiceOrSystem.map((row) => (
                  <tr key={row.serviceOrSystem}>
                    <th scope="row">
                      {row.serviceOrSystem === ''
                        ? tw('easyRead.barriersReport.notGiven')
                        : row.serviceOrSystem}
                    </th>
                    <td className="demo-number">{row.barriers}</td>
                    <td className="demo-number">{row.plans}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>

          <h2>{t('barriers.download.heading')}</h2>
          <p>{t('barriers.download.body')}</p>
          <button type="button" className="demo-button" onClick={() => downloadCsv(state.summary)}>
            {t('barriers.download.button')}
          </button>
        </>
      )}
    </>
  );
}

/**
 * A table's scroll box for narrow screens. It can take focus so keyboard users can scroll it
 * (axe: scrollable-region-focusable), and it is named by the table's caption.
 */
function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable to scroll by keyboard
    <div className="demo-table-wrap" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

interface BarChartRow {
  key: string;
  label: string;
  value: number;
  /** The numbers in words, read by screen readers and shown beside the bar. */
  text: string;
}

/**
 * A horizontal bar chart as a plain list: each bar's label and numbers are real text, the bar
 * itself is decoration, so a screen reader reads the list and nothing is lost without sight.
 */
function BarChart({ rows, labelledBy }: { rows: BarChartRow[]; labelledBy: string }) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  return (
    <ul className="demo-chart" aria-labelledby={labelledBy}>
      {rows.map((row) => (
        <li key={row.key}>
          <span className="demo-chart__label">{row.label}</span>
          <span className="demo-chart__track">
            <span
              className="demo-chart__bar"
              aria-hidden="true"
              style={{ width: `${Math.max(2, (row.value / max) * 60)}%` }}
            />
            <span className="demo-chart__value">{row.text}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
