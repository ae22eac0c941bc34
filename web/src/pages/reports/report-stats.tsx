import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDistricts } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { BarChart, ColumnChart } from '../../components/bar-chart.js';
import { SelectField, TextField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useNamed } from '../../components/report-bits.js';
import { useFormat, type Formatters } from '../../format.js';

/** The city's statistics (a district's have the same parts). */
type ReportStats = Omit<Schema<'ReportStats'>, 'districts'>;
type StatFigures = ReportStats['totals'];

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** "83 %" or "—" when there is nothing to count. */
export function share(f: Formatters, v: number | null): string {
  return v === null ? '—' : f.number(v, { style: 'percent', maximumFractionDigits: 0 });
}

/** The share of ratings saying "fixed": "—" with none, "< 10" with fewer (they are never shown as shares). */
export function ratedFixed(f: Formatters, r: StatFigures['ratings']): string {
  if (r.count === 0) return '—';
  return typeof r.count === 'number' ? share(f, r.fixedShare) : r.count;
}

/** Hours as days past a day ("2,5 дн."), hours below it ("5 ч"). */
export function useDuration(): (hours: number | null) => string {
  const { t } = useTranslation();
  const f = useFormat();
  return (h) =>
    h === null
      ? '—'
      : h >= 24
        ? t('stats.days', { n: f.number(h / 24, { maximumFractionDigits: 1 }) })
        : t('stats.hours', { n: f.number(h, { maximumFractionDigits: 0 }) });
}

/** The headline figures of a period: how many, answered, on time, median time to answer. */
export function StatTotals({ totals }: { totals: StatFigures }) {
  const { t } = useTranslation();
  const f = useFormat();
  const duration = useDuration();
  return (
    <ul className="figures">
      <li className="figure">
        <span className="figure__number">{f.number(totals.count)}</span> <span className="figure__label">{t('stats.count', { count: totals.count })}</span>
      </li>
      <li className="figure">
        <span className="figure__number">{f.number(totals.answered)}</span>{' '}
        <span className="figure__label">{t('stats.answered', { count: totals.answered })}</span>
      </li>
      <li className="figure">
        <span className="figure__number">{share(f, totals.onTimeShare)}</span> <span className="figure__label">{t('stats.onTimeLabel')}</span>
      </li>
      <li className="figure">
        <span className="figure__number">{duration(totals.medianHoursToAnswer)}</span> <span className="figure__label">{t('stats.medianLabel')}</span>
      </li>
      <li className="figure">
        <span className="figure__number">{f.number(totals.overdue)}</span>{' '}
        <span className="figure__label">{t('stats.overdueCount', { count: totals.overdue })}</span>
      </li>
    </ul>
  );
}

/** Per department: on-time share as a chart, and the table of every figure beside it. */
export function DepartmentStats({ stats, idPrefix = 'dep' }: { stats: ReportStats; idPrefix?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const duration = useDuration();
  const rows = [...stats.departments].sort((a, b) => b.count - a.count);
  const charted = rows.filter((d) => d.onTimeShare !== null).slice(0, 15);
  return (
    <section className="section" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t('stats.departmentsTitle')}</h2>
      <p>{t('stats.departmentsExplain')}</p>
      {rows.length ? (
        <div className="chart-pair">
          {charted.length ? (
            <BarChart
              title={t('stats.onTimeChart')}
              max={1}
              bars={charted.map((d) => ({
                key: d.departmentId,
                label: f.name(d),
                value: d.onTimeShare ?? 0,
                text: share(f, d.onTimeShare),
                warn: (d.onTimeShare ?? 1) < 0.5,
              }))}
            />
          ) : (
            <BarChart
              title={t('stats.countChart')}
              bars={rows.slice(0, 15).map((d) => ({ key: d.departmentId, label: f.name(d), value: d.count, text: f.number(d.count) }))}
            />
          )}
          <div className="table-wrap" role="region" aria-labelledby={`${idPrefix}-caption`} tabIndex={0}>
            <table className="table table--stack table--dense">
              <caption id={`${idPrefix}-caption`}>{t('stats.departmentsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field.department')}</th>
                  <th scope="col" className="numeric">
                    {t('stats.colCount')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('stats.colOnTime')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('stats.colMedian')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('stats.colOverdue')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('stats.colRatedFixed')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.departmentId}>
                    <th scope="row">
                      <Link to={`/departments/${d.departmentId}`}>{f.name(d)}</Link>
                    </th>
                    <td className="numeric" data-label={t('stats.colCount')}>
                      {f.number(d.count)}
                    </td>
                    <td className="numeric" data-label={t('stats.colOnTime')}>
                      {share(f, d.onTimeShare)}
                    </td>
                    <td className="numeric" data-label={t('stats.colMedian')}>
                      {duration(d.medianHoursToAnswer)}
                    </td>
                    <td className="numeric" data-label={t('stats.colOverdue')}>
                      {f.number(d.overdue)}
                    </td>
                    <td className="numeric" data-label={t('stats.colRatedFixed')}>
                      {ratedFixed(f, d.ratings)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : (
        <p className="muted">{t('stats.nothing')}</p>
      )}
    </section>
  );
}

/** Per month: how many reports were filed, as columns, and the table. */
export function MonthStats({ stats, idPrefix = 'month' }: { stats: ReportStats; idPrefix?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const duration = useDuration();
  const monthName = (m: string, style: 'short' | 'long') =>
    new Intl.DateTimeFormat(f.locale, { month: style, year: style === 'long' ? 'numeric' : undefined })
      .format(new Date(`${m}-15T12:00:00Z`))
      .replace(/\s*г\.$/, '');
  const months = [...stats.months].sort((a, b) => a.month.localeCompare(b.month)).slice(-24);
  return (
    <section className="section" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t('stats.monthsTitle')}</h2>
      <p>{t('stats.monthsExplain')}</p>
      {months.length ? (
        <div className="chart-pair">
          <ColumnChart
            title={t('stats.monthsChart')}
            bars={months.map((m) => ({ key: m.month, label: monthName(m.month, 'short'), value: m.count, text: f.number(m.count) }))}
          />
          <div className="table-wrap" role="region" aria-labelledby={`${idPrefix}-caption`} tabIndex={0}>
            <table className="table table--dense">
              <caption id={`${idPrefix}-caption`}>{t('stats.monthsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('stats.colMonth')}</th>
                  <th scope="col" className="numeric">
                    {t('stats.colCount')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('stats.colOnTime')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('stats.colMedian')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthName(m.month, 'long')}</th>
                    <td className="numeric">{f.number(m.count)}</td>
                    <td className="numeric">{share(f, m.onTimeShare)}</td>
                    <td className="numeric">{duration(m.medianHoursToAnswer)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : (
        <p className="muted">{t('stats.nothing')}</p>
      )}
    </section>
  );
}

/** Per problem type: the 20 most reported, as a table. */
export function ReasonStats({ stats, idPrefix = 'reason' }: { stats: ReportStats; idPrefix?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const rows = [...stats.reasons].sort((a, b) => b.count - a.count).slice(0, 20);
  if (!rows.length) return null;
  return (
    <section className="section" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t('stats.reasonsTitle')}</h2>
      <p>{t('stats.reasonsExplain')}</p>
      <BarChart
        title={t('stats.reasonsChart')}
        bars={rows.slice(0, 10).map((r) => ({ key: String(r.reasonId), label: named(r), value: r.count, text: f.number(r.count) }))}
      />
      <div className="table-wrap" role="region" aria-labelledby={`${idPrefix}-caption`} tabIndex={0}>
        <table className="table table--stack table--dense">
          <caption id={`${idPrefix}-caption`}>{t('stats.reasonsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats.colReason')}</th>
              <th scope="col" className="numeric">
                {t('stats.colCount')}
              </th>
              <th scope="col" className="numeric">
                {t('stats.colOnTime')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.reasonId}>
                <th scope="row">
                  {named(r)} <span className="muted">· {named({ nameRu: r.categoryNameRu, nameEn: r.categoryNameEn })}</span>
                </th>
                <td className="numeric" data-label={t('stats.colCount')}>
                  {f.number(r.count)}
                </td>
                <td className="numeric" data-label={t('stats.colOnTime')}>
                  {share(f, r.onTimeShare)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Open data: every public report as CSV and GeoJSON, without personal data. */
export function OpenDataLinks({ query }: { query?: string }) {
  const { t } = useTranslation();
  const q = query ? `?${query}` : '';
  return (
    <section className="section" aria-labelledby="open-data-title">
      <h2 id="open-data-title">{t('stats.openDataTitle')}</h2>
      <p>{t('stats.openDataText')}</p>
      <ul className="links">
        <li>
          <a href={`/api/open-data/reports.csv${q}`} download>
            {t('stats.csvLink')}
          </a>
        </li>
        <li>
          <a href={`/api/open-data/reports.geojson${q}`} download>
            {t('stats.geojsonLink')}
          </a>
        </li>
        <li>
          <a href="/open311/v2/discovery.json">{t('stats.open311Link')}</a>
        </li>
      </ul>
    </section>
  );
}

type StatsFilters = { from: string; to: string; district: string };

/** City statistics of reports: charts first, tables beside them, each explained in one sentence. */
export function ReportStatsPage() {
  const { t } = useTranslation();
  useTitle(t('stats.title'));
  const [params, setParams] = useSearchParams();
  const filters: StatsFilters = { from: params.get('from') ?? '', to: params.get('to') ?? '', district: params.get('district') ?? '' };
  const stats = useApiQuery('/api/reports/stats', {
    query: {
      ...(isDay(filters.from) ? { from: filters.from } : {}),
      ...(isDay(filters.to) ? { to: filters.to } : {}),
      ...(filters.district ? { districtId: filters.district } : {}),
    },
  });

  function apply(form: StatsFilters) {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) if (v) next.set(k, v);
    setParams(next);
  }

  return (
    <>
      <p>
        <Link className="back-link" to="/reports">
          {t('report.back')}
        </Link>
      </p>
      <PageHeading>{t('stats.title')}</PageHeading>
      <p className="lead">{t('stats.lead')}</p>
      <StatsFiltersForm key={`${filters.from}|${filters.to}|${filters.district}`} filters={filters} onApply={apply} />
      <QueryView query={stats}>
        {(s) => (
          <>
            <section className="section" aria-labelledby="totals-title">
              <h2 id="totals-title">{t('stats.totalsTitle')}</h2>
              <p>{t('stats.totalsExplain')}</p>
              <StatTotals totals={s.totals} />
            </section>
            <DepartmentStats stats={s} />
            <MonthStats stats={s} />
            <ReasonStats stats={s} />
          </>
        )}
      </QueryView>
      <OpenDataLinks />
    </>
  );
}

/** The period and the district; what is typed stays here until "Show" puts it in the address. */
function StatsFiltersForm({ filters, onApply }: { filters: StatsFilters; onApply(f: StatsFilters): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [form, setForm] = useState(filters);
  const districts = useDistricts();

  function apply(e: FormEvent) {
    e.preventDefault();
    onApply(form);
  }

  return (
    <form className="filters filters--stats" aria-label={t('stats.filtersLabel')} onSubmit={apply}>
      <TextField id="f-from" type="date" label={t('reports.from')} value={form.from} onChange={(v) => setForm((s) => ({ ...s, from: v }))} />
      <TextField id="f-to" type="date" label={t('reports.to')} value={form.to} onChange={(v) => setForm((s) => ({ ...s, to: v }))} />
      <SelectField
        id="f-district"
        label={t('field.district')}
        value={form.district}
        onChange={(v) => setForm((s) => ({ ...s, district: v }))}
        options={[
          { value: '', label: t('discussions.anyDistrict') },
          ...[...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) })),
        ]}
      />
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('reports.show')}
        </button>
      </div>
    </form>
  );
}
