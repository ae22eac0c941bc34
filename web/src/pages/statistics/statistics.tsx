import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { BarChart, ColumnChart } from '../../components/bar-chart.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { isCityAdministrator } from '../../roles.js';

// the measures and capabilities the modules publish today; one a module adds later shows by its id until worded here
const measureKeys = {
  registered: 'statistics.measure.registered',
  verified: 'statistics.measure.verified',
  reports: 'statistics.measure.reports',
  reports_resolved: 'statistics.measure.reports_resolved',
  ballots: 'statistics.measure.ballots',
  pb_proposals: 'statistics.measure.pb_proposals',
  pb_proposals_funded: 'statistics.measure.pb_proposals_funded',
  pb_proposals_delivered: 'statistics.measure.pb_proposals_delivered',
  initiative_supports: 'statistics.measure.initiative_supports',
  initiatives: 'statistics.measure.initiatives',
  initiatives_accepted: 'statistics.measure.initiatives_accepted',
  initiatives_delivered: 'statistics.measure.initiatives_delivered',
  poll_responses: 'statistics.measure.poll_responses',
  ideas: 'statistics.measure.ideas',
  ideas_accepted: 'statistics.measure.ideas_accepted',
  ideas_delivered: 'statistics.measure.ideas_delivered',
  event_attendance: 'statistics.measure.event_attendance',
  volunteering_hours: 'statistics.measure.volunteering_hours',
  commitments: 'statistics.measure.commitments',
  commitments_delivered: 'statistics.measure.commitments_delivered',
} as const;
const capabilityKeys = {
  reports: 'statistics.capability.reports',
  budgeting: 'statistics.capability.budgeting',
  initiatives: 'statistics.capability.initiatives',
  ideas: 'statistics.capability.ideas',
  commitments: 'statistics.capability.commitments',
} as const;

type Statistics = Schema<'Statistics'>;
type Count = Statistics['city']['active'][number];

/**
 * /statistics — participation against the population: the city's figures, each district's shares with its population's
 * year and source (a chart and the same figures as a table), active residents per month, implemented ÷ proposed.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  useTitle(t('statistics.title'));
  const query = useApiQuery('/api/statistics');
  return <QueryView query={query}>{(s) => <StatisticsView s={s} />}</QueryView>;
}

function StatisticsView({ s }: { s: Statistics }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { me } = useSession();
  const measure = (id: string) => (id in measureKeys ? t(measureKeys[id as keyof typeof measureKeys]) : id);
  const capability = (id: string) => (id in capabilityKeys ? t(capabilityKeys[id as keyof typeof capabilityKeys]) : id);
  const count = (n: Count | undefined) => (n === undefined ? '—' : typeof n === 'number' ? f.number(n) : n);
  // early shares are tiny (10 of 83,700 is 0.012 %): two significant digits below one per cent
  const pct = (n: number) => f.number(n, n < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 });
  const share = (n: number | null) => (n === null ? t('statistics.noShare') : t('statistics.shareOf', { share: pct(n) }));
  const others = s.measures.filter((m) => m.id !== 'registered' && m.id !== 'verified');
  const month = (m: string) => new Intl.DateTimeFormat(f.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`));
  return (
    <div className="statistics">
      <PageHeading>{t('statistics.title')}</PageHeading>
      <p className="lead">{t('statistics.intro')}</p>
      <p className="muted">
        {t('statistics.computedAt', { time: f.dateTime(s.computedAt) })} {t('statistics.kAnon')}
      </p>
      {isCityAdministrator(me) ? (
        <p>
          <Link to="/admin/population">{t('statistics.admin.title')}</Link>
        </p>
      ) : null}

      <section className="section" aria-labelledby="st-city">
        <h2 id="st-city">{t('statistics.cityTitle')}</h2>
        {s.city.population && s.city.populationYears ? (
          <p>
            {t('statistics.cityPopulation', {
              population: f.number(s.city.population),
              n: s.city.districtsWithPopulation,
              from: s.city.populationYears.from,
              to: s.city.populationYears.to,
            })}
          </p>
        ) : null}
        <dl className="statistics__figures">
          <div>
            <dt>{t('statistics.registered')}</dt>
            <dd data-testid="city-registered">
              {count(s.city.figures.registered)} · {share(s.city.registeredShare)}
            </dd>
          </div>
          <div>
            <dt>{t('statistics.verified')}</dt>
            <dd>
              {count(s.city.figures.verified)} · {share(s.city.verifiedShare)}
            </dd>
          </div>
        </dl>
      </section>

      <section className="section" aria-labelledby="st-districts">
        <h2 id="st-districts">{t('statistics.chartTitle')}</h2>
        <BarChart
          bars={s.districts.map((d) => ({
            key: d.districtId,
            label: f.name(d),
            value: d.registeredShare ?? 0,
            text: d.registeredShare === null ? '—' : `${pct(d.registeredShare)} %`,
          }))}
        />
        <div className="table-wrap" role="region" aria-label={t('statistics.tableCaption')} tabIndex={0}>
          <table className="table table--stack table--dense" data-testid="statistics-districts">
            <caption>{t('statistics.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statistics.district')}</th>
                <th scope="col">{t('statistics.population')}</th>
                <th scope="col">{t('statistics.registeredShare')}</th>
                <th scope="col">{t('statistics.verifiedShare')}</th>
              </tr>
            </thead>
            <tbody>
              {s.districts.map((d) => (
                <tr key={d.districtId} data-district={d.districtId}>
                  <th scope="row">{f.name(d)}</th>
                  <td data-label={t('statistics.population')}>
                    {d.population
                      ? t('statistics.populationOf', { population: f.number(d.population.population), year: d.population.year, source: d.population.source })
                      : t('statistics.noPopulation')}
                  </td>
                  <td data-label={t('statistics.registeredShare')}>
                    {count(d.figures.registered)}
                    {d.registeredShare === null ? '' : ` (${pct(d.registeredShare)} %)`}
                  </td>
                  <td data-label={t('statistics.verifiedShare')}>
                    {count(d.figures.verified)}
                    {d.verifiedShare === null ? '' : ` (${pct(d.verifiedShare)} %)`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="section" aria-labelledby="st-by-district">
        <h2 id="st-by-district">{t('statistics.byDistrictTitle')}</h2>
        {/* one row per district, scrolled sideways on a phone rather than stacked: fifteen measures per district would not read stacked */}
        <div className="table-wrap" role="region" aria-labelledby="st-by-district" tabIndex={0}>
          <table className="table table--dense">
            <thead>
              <tr>
                <th scope="col">{t('statistics.district')}</th>
                {others.map((m) => (
                  <th scope="col" key={m.id}>
                    {measure(m.id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {s.districts.map((d) => (
                <tr key={d.districtId}>
                  <th scope="row">{f.name(d)}</th>
                  {others.map((m) => (
                    <td key={m.id}>{count(d.figures[m.id])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="section" aria-labelledby="st-active">
        <h2 id="st-active">{t('statistics.activeTitle')}</h2>
        <p>{t('statistics.activeDefinition')}</p>
        <ColumnChart
          bars={s.months.map((m, i) => ({
            key: m,
            label: month(m),
            value: typeof s.city.active[i] === 'number' ? s.city.active[i] : 0,
            text: count(s.city.active[i]),
          }))}
        />
        <table className="table table--dense">
          <caption className="visually-hidden">{t('statistics.activeTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.month')}</th>
              <th scope="col">{t('statistics.activeResidents')}</th>
            </tr>
          </thead>
          <tbody>
            {s.months.map((m, i) => (
              <tr key={m}>
                <th scope="row">{month(m)}</th>
                <td>{count(s.city.active[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="section" aria-labelledby="st-ratios">
        <h2 id="st-ratios">{t('statistics.ratiosTitle')}</h2>
        <p>{t('statistics.ratiosIntro')}</p>
        <dl className="statistics__figures">
          {s.city.ratios.map((r) => (
            <div key={r.capability}>
              <dt>{capability(r.capability)}</dt>
              <dd>
                {r.share === null
                  ? t('statistics.ratioNone')
                  : t('statistics.ratio', { implemented: f.number(r.implemented), proposed: f.number(r.proposed), share: f.number(r.share) })}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="section" aria-labelledby="st-figures">
        <h2 id="st-figures">{t('statistics.figuresTitle')}</h2>
        <table className="table table--dense">
          <thead>
            <tr>
              <th scope="col">{t('statistics.measure')}</th>
              <th scope="col">{t('statistics.value')}</th>
            </tr>
          </thead>
          <tbody>
            {s.measures.map((m) => (
              <tr key={m.id}>
                <th scope="row">{measure(m.id)}</th>
                <td>{count(s.city.figures[m.id])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
