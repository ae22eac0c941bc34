import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { NotFoundPage } from '../not-found.js';
import { PublicReportList } from './public-report-item.js';
import { DepartmentStats, MonthStats, OpenDataLinks, ReasonStats, StatTotals } from './report-stats.js';

/** A district's page: its numbers (how many reports, how fast and on time they are answered) and its latest reports. */
export function DistrictPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const stats = useApiQuery('/api/districts/{id}/report-stats', { path: { id } });
  useTitle(stats.data ? f.name(stats.data.district) : t('district.title'));

  if (stats.error?.status === 404 || stats.error?.status === 400) return <NotFoundPage />;
  return (
    <>
      <p>
        <Link className="back-link" to="/reports">
          {t('report.back')}
        </Link>
      </p>
      {stats.error && !stats.data ? <PageHeading>{t('district.title')}</PageHeading> : null}
      <QueryView query={stats}>{(s) => <DistrictView stats={s} />}</QueryView>
    </>
  );
}

function DistrictView({ stats }: { stats: Schema<'DistrictReportStats'> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const latest = useApiQuery('/api/reports', { query: { districtId: stats.district.id, limit: 5 } });
  return (
    <>
      <PageHeading>{f.name(stats.district)}</PageHeading>
      <p className="lead">{t('district.lead')}</p>
      <p>
        <Link to={`/area?district=${encodeURIComponent(stats.district.id)}`}>{t('district.around')}</Link>
      </p>
      <section className="section" aria-labelledby="totals-title">
        <h2 id="totals-title">{t('stats.totalsTitle')}</h2>
        <p>{t('stats.totalsExplain')}</p>
        <StatTotals totals={stats.totals} />
      </section>
      <section className="section" aria-labelledby="latest-title">
        <h2 id="latest-title">{t('district.latest')}</h2>
        <PublicReportList list={latest} empty={t('reports.none')} />
        <p>
          <Link to={`/reports?view=list`}>{t('district.allReports')}</Link>
        </p>
      </section>
      <DepartmentStats stats={stats} />
      <MonthStats stats={stats} />
      <ReasonStats stats={stats} />
      <OpenDataLinks />
    </>
  );
}
