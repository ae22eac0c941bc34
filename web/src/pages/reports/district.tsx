import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, type DistrictReportStats, type PublicReportSummary } from '../../api.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { NotFoundPage } from '../not-found.js';
import { PublicReportList } from './public-report-item.js';
import { DepartmentStats, MonthStats, OpenDataLinks, ReasonStats, StatTotals } from './report-stats.js';

/** A district's page: its numbers (how many reports, how fast and on time they are answered) and its latest reports. */
export function DistrictPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const stats = useLoad(`district-stats-${id}`, () => api<DistrictReportStats>('GET', `/api/districts/${encodeURIComponent(id)}/report-stats`));
  const latest = useLoad(`district-reports-${id}`, () =>
    api<{ items: PublicReportSummary[] }>('GET', `/api/reports?districtId=${encodeURIComponent(id)}&limit=5`),
  );
  const name = stats.data ? f.name(stats.data.district) : t('district.title');
  useTitle(name);

  if (stats.error?.status === 404 || stats.error?.status === 400) return <NotFoundPage />;
  return (
    <>
      <p>
        <Link className="back-link" to="/reports">
          {t('report.back')}
        </Link>
      </p>
      {stats.error ? (
        <>
          <PageHeading>{t('district.title')}</PageHeading>
          <LoadError error={stats.error} retry={stats.reload} />
        </>
      ) : !stats.data ? (
        <Loading />
      ) : (
        <>
          <PageHeading>{name}</PageHeading>
          <p className="lead">{t('district.lead')}</p>
          <section className="section" aria-labelledby="totals-title">
            <h2 id="totals-title">{t('stats.totalsTitle')}</h2>
            <p>{t('stats.totalsExplain')}</p>
            <StatTotals totals={stats.data.totals} />
          </section>
          <section className="section" aria-labelledby="latest-title">
            <h2 id="latest-title">{t('district.latest')}</h2>
            <PublicReportList list={latest} empty={t('reports.none')} />
            <p>
              <Link to={`/reports?view=list`}>{t('district.allReports')}</Link>
            </p>
          </section>
          <DepartmentStats stats={stats.data} />
          <MonthStats stats={stats.data} />
          <ReasonStats stats={stats.data} />
          <OpenDataLinks />
        </>
      )}
    </>
  );
}
