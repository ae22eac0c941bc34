import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ColumnChart } from '../../components/bar-chart.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat, type Formatters } from '../../format.js';
import type { ruMonitor } from '../../i18n/ru-monitor.js';

type Month = Schema<'MonitorMonth'>;
type Figure = Schema<'MonitorFigure'>;
type MeasureId = Schema<'Monitor'>['measures'][number];
type MonitorKey = keyof typeof ruMonitor;

/** Each measure's figures in the order its table shows them; the first is its chart's. */
const figuresOf: Record<MeasureId, { label: MonitorKey; read(m: Month): Figure; unit?: 'percent' | 'mean' | 'count' }[]> = {
  trust: [
    { label: 'monitor.trust.activeResidents', read: (m) => m.trust.activeResidents, unit: 'count' },
    { label: 'monitor.trust.activeShare', read: (m) => m.trust.activeShare, unit: 'percent' },
    { label: 'monitor.trust.daysPerActive', read: (m) => m.trust.daysPerActive, unit: 'mean' },
  ],
  usefulness: [{ label: 'monitor.usefulness.mean', read: (m) => m.usefulness.mean, unit: 'mean' }],
  recommendation: [
    { label: 'monitor.recommendation.nps', read: (m) => m.recommendation.nps, unit: 'count' },
    { label: 'monitor.recommendation.promoters', read: (m) => m.recommendation.promoters, unit: 'percent' },
    { label: 'monitor.recommendation.detractors', read: (m) => m.recommendation.detractors, unit: 'percent' },
  ],
  participation: [
    { label: 'monitor.participation.participants', read: (m) => m.participation.participants, unit: 'count' },
    { label: 'monitor.participation.shareOfActive', read: (m) => m.participation.shareOfActive, unit: 'percent' },
  ],
  community: [{ label: 'monitor.community.mean', read: (m) => m.community.mean, unit: 'mean' }],
  contribution: [
    { label: 'monitor.contribution.volunteers', read: (m) => m.contribution.volunteers, unit: 'count' },
    { label: 'monitor.contribution.hours', read: (m) => m.contribution.hours, unit: 'count' },
  ],
};

/** A month as "Nov 2026" (short) or "November 2026" (long) in the page's language. */
function monthName(f: Formatters, month: string, style: 'short' | 'long'): string {
  return new Intl.DateTimeFormat(f.locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}T12:00:00Z`)).replace(/\s*г\.$/, '');
}

/** One measure: its definition, its main figure by month as columns, and every figure in a table. */
function Measure({ id, months, fewest }: { id: MeasureId; months: Month[]; fewest: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const figures = figuresOf[id];
  const show = (x: Figure, unit: 'percent' | 'mean' | 'count' = 'count') =>
    x.value === null ? t('monitor.withheld', { n: fewest }) : f.number(x.value, { maximumFractionDigits: unit === 'count' ? 0 : unit === 'mean' ? 2 : 1 });
  const title = t(`monitor.${id}.title`);
  const main = figures[0]!;
  const charted = months.filter((m) => main.read(m).value !== null);
  const usesSurvey = id === 'usefulness' || id === 'recommendation' || id === 'community';
  return (
    <section className="section monitor-measure" aria-labelledby={`monitor-${id}`}>
      <h2 id={`monitor-${id}`}>{title}</h2>
      <p>{t(`monitor.${id}.definition`)}</p>
      {charted.length ? (
        <ColumnChart
          title={t('monitor.chartCaption', { measure: t(main.label) })}
          bars={charted.map((m) => ({
            key: m.month,
            label: monthName(f, m.month, 'short'),
            value: Math.max(0, main.read(m).value ?? 0),
            text: show(main.read(m), main.unit),
          }))}
        />
      ) : null}
      <div className="table-wrap" role="region" aria-labelledby={`monitor-${id}-caption`} tabIndex={0}>
        <table className="table table--dense">
          <caption id={`monitor-${id}-caption`}>{t('monitor.tableCaption', { measure: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('monitor.colMonth')}</th>
              {figures.map((x) => (
                <th key={x.label} scope="col" className="numeric">
                  {t(x.label)}
                </th>
              ))}
              {usesSurvey ? (
                <th scope="col" className="numeric">
                  {t('monitor.answers')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {[...months].reverse().map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthName(f, m.month, 'long')}</th>
                {figures.map((x) => (
                  <td key={x.label} className="numeric">
                    {show(x.read(m), x.unit)}
                  </td>
                ))}
                {usesSurvey ? (
                  <td className="numeric">{m.survey.answers < fewest ? t('monitor.withheld', { n: fewest }) : f.number(m.survey.answers)}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The social-performance monitor: seed 002's six measures by month, each defined, charted and tabled. */
export function MonitorPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('monitor.title'));
  const monitor = useApiQuery('/api/monitor');
  return (
    <>
      <PageHeading>{t('monitor.title')}</PageHeading>
      <p className="lead">{t('monitor.lead')}</p>
      <QueryView query={monitor}>
        {(data) => {
          const latest = data.months.at(-1);
          if (!latest) return <p className="muted">{t('monitor.nothing')}</p>;
          return (
            <>
              <p className="muted">
                {t('monitor.few', { n: data.fewest })} {t('monitor.computedAt', { at: f.dateTime(latest.computedAt) })}
              </p>
              {latest.survey.sampleAnswers > 0 ? <Notice kind="warning">{t('monitor.sample', { count: latest.survey.sampleAnswers })}</Notice> : null}
              {data.measures.map((id) => (
                <Measure key={id} id={id} months={data.months} fewest={data.fewest} />
              ))}
            </>
          );
        }}
      </QueryView>
    </>
  );
}
