import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, getStaff, type DepartmentDetail, type PublicReportSummary, type ReportStats } from '../../api.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { NotFoundPage } from '../not-found.js';
import { PublicReportList } from './public-report-item.js';
import { share, useDuration } from './report-stats.js';

/** A department's page: contacts, its officials, how it answers (counted publicly) and its latest reports. */
export function DepartmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const duration = useDuration();
  const districtName = useDistrictName();
  const dep = useLoad(`department-${id}`, () => api<DepartmentDetail>('GET', `/api/departments/${encodeURIComponent(id)}`));
  const people = useLoad(`department-people-${id}`, () => getStaff('official', id));
  const stats = useLoad('stats-all', () => api<ReportStats>('GET', '/api/reports/stats'));
  const latest = useLoad(`department-reports-${id}`, () =>
    api<{ items: PublicReportSummary[] }>('GET', `/api/reports?departmentId=${encodeURIComponent(id)}&limit=5`),
  );
  const name = dep.data ? f.name(dep.data) : t('department.title');
  useTitle(name);
  const mine = stats.data?.departments.find((d) => d.departmentId === id);

  if (dep.error?.status === 404 || dep.error?.status === 400) return <NotFoundPage />;
  if (dep.error) {
    return (
      <>
        <PageHeading>{t('department.title')}</PageHeading>
        <LoadError error={dep.error} retry={dep.reload} />
      </>
    );
  }
  if (!dep.data) return <Loading />;
  const d = dep.data;
  const headId = d.head?.id ?? d.headUserId ?? null;
  const head = d.head ?? people.data?.find((p) => p.id === headId);
  return (
    <>
      <p className="muted">{t(`departmentKind.${d.kind === 'district_administration' || d.kind === 'city_committee' ? d.kind : 'other'}`)}</p>
      <PageHeading>{name}</PageHeading>
      <dl className="summary-list">
        {d.districtId ? (
          <div>
            <dt>{t('field.district')}</dt>
            <dd>
              <Link to={`/districts/${d.districtId}`}>{districtName(d.districtId)}</Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('department.phone')}</dt>
          <dd>{d.phone ? <a href={`tel:${d.phone.replace(/[^\d+]/g, '')}`}>{d.phone}</a> : <span className="muted">{t('department.notGiven')}</span>}</dd>
        </div>
        <div>
          <dt>{t('department.email')}</dt>
          <dd>{d.email ? <a href={`mailto:${d.email}`}>{d.email}</a> : <span className="muted">{t('department.notGiven')}</span>}</dd>
        </div>
        <div>
          <dt>{t('department.address')}</dt>
          <dd>{d.address ?? <span className="muted">{t('department.notGiven')}</span>}</dd>
        </div>
        <div>
          <dt>{t('department.website')}</dt>
          <dd>
            {d.website ? (
              <a href={d.website} rel="noopener noreferrer" className="break">
                {d.website}
              </a>
            ) : (
              <span className="muted">{t('department.notGiven')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('department.head')}</dt>
          <dd>{head ? <Link to={`/people/${head.id}`}>{head.displayName}</Link> : <span className="muted">{t('department.notGiven')}</span>}</dd>
        </div>
      </dl>

      <section className="section" aria-labelledby="numbers-title">
        <h2 id="numbers-title">{t('department.numbersTitle')}</h2>
        <p>{t('department.numbersExplain')}</p>
        {stats.error ? (
          <LoadError error={stats.error} retry={stats.reload} />
        ) : !stats.data ? (
          <Loading />
        ) : mine ? (
          <ul className="figures">
            <li className="figure">
              <span className="figure__number">{f.number(mine.count)}</span> <span className="figure__label">{t('stats.count', { count: mine.count })}</span>
            </li>
            <li className="figure">
              <span className="figure__number">{share(f, mine.onTimeShare)}</span> <span className="figure__label">{t('stats.onTimeLabel')}</span>
            </li>
            <li className="figure">
              <span className="figure__number">{duration(mine.medianHoursToAnswer)}</span> <span className="figure__label">{t('stats.medianLabel')}</span>
            </li>
            <li className="figure">
              <span className="figure__number">{f.number(mine.overdue)}</span>{' '}
              <span className="figure__label">{t('stats.overdueCount', { count: mine.overdue })}</span>
            </li>
          </ul>
        ) : (
          <p className="muted">{t('department.noReports')}</p>
        )}
      </section>

      <section className="section" aria-labelledby="officials-title">
        <h2 id="officials-title">{t('department.officials')}</h2>
        {people.error ? (
          <LoadError error={people.error} retry={people.reload} />
        ) : !people.data ? (
          <Loading />
        ) : people.data.length ? (
          <ul className="links">
            {people.data.map((p) => (
              <li key={p.id}>
                <Link to={`/people/${p.id}`}>{p.displayName}</Link>
                {p.id === headId ? <span className="muted"> · {t('department.head')}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('department.noOfficials')}</p>
        )}
      </section>

      <section className="section" aria-labelledby="latest-title">
        <h2 id="latest-title">{t('department.latest')}</h2>
        <PublicReportList list={latest} empty={t('department.noReports')} />
      </section>
    </>
  );
}
