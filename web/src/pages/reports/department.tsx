import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isDepartmentKind } from '@server/modules/reports/domain/department-rules.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { NotFoundPage } from '../not-found.js';
import { PublicReportList } from './public-report-item.js';
import { share, useDuration } from './report-stats.js';

type Department = Schema<'CityDepartment'>;

/** A department's page: contacts, its officials, how it answers (counted publicly) and its latest reports. */
export function DepartmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const dep = useApiQuery('/api/departments/{id}', { path: { id } });
  useTitle(dep.data ? f.name(dep.data) : t('department.title'));

  if (dep.error?.status === 404 || dep.error?.status === 400) return <NotFoundPage />;
  return (
    <>
      {dep.error && !dep.data ? <PageHeading>{t('department.title')}</PageHeading> : null}
      <QueryView query={dep}>{(d) => <DepartmentView d={d} />}</QueryView>
    </>
  );
}

function DepartmentView({ d }: { d: Department }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  const latest = useApiQuery('/api/reports', { query: { departmentId: d.id, limit: 5 } });
  const head = d.head;
  return (
    <>
      <p className="muted">{t(`departmentKind.${isDepartmentKind(d.kind) ? d.kind : 'other'}`)}</p>
      <PageHeading>{f.name(d)}</PageHeading>
      {d.mergedInto ? (
        <Notice kind="warning" title={t('department.mergedNote', { name: f.name(d.mergedInto), date: d.retiredAt ? f.date(d.retiredAt) : '' })}>
          <p>
            <Link to={`/departments/${encodeURIComponent(d.mergedInto.id)}`}>{t('department.mergedLink', { name: f.name(d.mergedInto) })}</Link>
          </p>
        </Notice>
      ) : d.retiredAt ? (
        <Notice kind="warning" title={t('department.retiredNote', { date: f.date(d.retiredAt) })} />
      ) : null}
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

      <DepartmentNumbers id={d.id} />
      <DepartmentRatings id={d.id} />
      <DepartmentOfficials id={d.id} headId={head?.id ?? null} />
      <section className="section" aria-labelledby="latest-title">
        <h2 id="latest-title">{t('department.latest')}</h2>
        <PublicReportList list={latest} empty={t('department.noReports')} />
      </section>
    </>
  );
}

/** How the department answers, from the city's public statistics. */
function DepartmentNumbers({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const duration = useDuration();
  const stats = useApiQuery('/api/reports/stats');
  return (
    <section className="section" aria-labelledby="numbers-title">
      <h2 id="numbers-title">{t('department.numbersTitle')}</h2>
      <p>{t('department.numbersExplain')}</p>
      <QueryView query={stats}>
        {({ departments }) => {
          const mine = departments.find((x) => x.departmentId === id);
          return mine ? (
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
          );
        }}
      </QueryView>
    </section>
  );
}

/** How residents rate the department's answers, from the same statistics: shares from 10 ratings, "< 10" below. */
function DepartmentRatings({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const stats = useApiQuery('/api/reports/stats');
  return (
    <section className="section" aria-labelledby="ratings-title">
      <h2 id="ratings-title">{t('department.ratingsTitle')}</h2>
      <p>{t('department.ratingsExplain')}</p>
      <QueryView query={stats}>
        {({ departments }) => {
          const r = departments.find((x) => x.departmentId === id)?.ratings;
          if (!r || r.count === 0) return <p className="muted">{t('department.ratingsNone')}</p>;
          if (typeof r.count !== 'number')
            return (
              <ul className="figures">
                <li className="figure">
                  <span className="figure__number">{r.count}</span> <span className="figure__label">{t('department.ratingsFew')}</span>
                </li>
              </ul>
            );
          return (
            <ul className="figures">
              <li className="figure">
                <span className="figure__number">{f.number(r.count)}</span>{' '}
                <span className="figure__label">{t('department.ratingsCount', { count: r.count })}</span>
              </li>
              <li className="figure">
                <span className="figure__number">{share(f, r.fixedShare)}</span> <span className="figure__label">{t('department.ratingsFixed')}</span>
              </li>
              <li className="figure">
                <span className="figure__number">{share(f, r.partlyFixedShare)}</span> <span className="figure__label">{t('department.ratingsPartly')}</span>
              </li>
              <li className="figure">
                <span className="figure__number">{share(f, r.notFixedShare)}</span> <span className="figure__label">{t('department.ratingsNotFixed')}</span>
              </li>
              <li className="figure">
                <span className="figure__number">{r.meanQuality === null ? '—' : f.number(r.meanQuality, { maximumFractionDigits: 1 })}</span>{' '}
                <span className="figure__label">{t('department.ratingsQuality')}</span>
              </li>
            </ul>
          );
        }}
      </QueryView>
    </section>
  );
}

/** The department's officials, the head marked. */
function DepartmentOfficials({ id, headId }: { id: string; headId: string | null }) {
  const { t } = useTranslation();
  const people = useApiQuery('/api/people', { query: { role: 'official', scopeId: id } });
  return (
    <section className="section" aria-labelledby="officials-title">
      <h2 id="officials-title">{t('department.officials')}</h2>
      <QueryView query={people}>
        {({ items }) =>
          items.length ? (
            <ul className="links">
              {items.map((p) => (
                <li key={p.id}>
                  <Link to={`/people/${p.id}`}>{p.displayName}</Link>
                  {p.id === headId ? <span className="muted"> · {t('department.head')}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('department.noOfficials')}</p>
          )
        }
      </QueryView>
    </section>
  );
}
