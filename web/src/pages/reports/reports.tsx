import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { CityMap, type MapFocus, type MapView } from '../../components/city-map.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { PlaceSearch } from '../../components/place-search.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import { ReportFiltersForm, reportFilterQuery, searchOf, type ReportFilters } from './report-filters.js';
import { PublicReportItem } from './public-report-item.js';

type FilterQuery = ReturnType<typeof reportFilterQuery>;

/**
 * All reports: the map (server clusters, fetched as the view moves) and the same reports as a
 * list, with filters by status, category and period kept in the address. The list is the map's
 * equivalent for keyboards, screen readers and slow phones ("List only" hides the map).
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  useTitle(t('reports.title'));
  const [params, setParams] = useSearchParams();
  const filters: ReportFilters = {
    status: params.get('status') ?? '',
    category: params.get('category') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const listOnly = params.get('view') === 'list';
  const query = reportFilterQuery(filters);
  const search = searchOf(query);
  const filtered = !!(filters.status || filters.category || filters.from || filters.to);

  function apply(form: ReportFilters) {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) if (v) next.set(k, v);
    if (listOnly) next.set('view', 'list');
    setParams(next);
  }

  const toggleView = () => {
    const next = new URLSearchParams(params);
    if (listOnly) next.delete('view');
    else next.set('view', 'list');
    return `?${next}`;
  };

  return (
    <>
      <div className="page-top">
        <PageHeading>{t('reports.title')}</PageHeading>
        {me === null ? (
          <Link className="button page-top__action" to={`/login?next=${encodeURIComponent('/reports/new')}`}>
            {t('reports.signInToReport')}
          </Link>
        ) : (
          <Link className="button page-top__action" to="/reports/new">
            {t('reports.new')}
          </Link>
        )}
      </div>
      <p className="lead">{t('reports.lead')}</p>
      <p className="links-inline">
        <Link to="/reports/stats">{t('stats.title')}</Link>
        {me ? <Link to="/me/reports">{t('myReports.title')}</Link> : null}
      </p>

      <ReportFiltersForm
        key={`${filters.status}|${filters.category}|${filters.from}|${filters.to}`}
        filters={filters}
        clearTo={filtered ? (listOnly ? '/reports?view=list' : '/reports') : null}
        onApply={apply}
      />

      <p className="report-tools">
        <Link className="button button--secondary button--small" to={toggleView()}>
          {listOnly ? t('reports.showMap') : t('reports.listOnly')}
        </Link>
        <a className="button button--secondary button--small" href={`/api/open-data/reports.csv?${search}`} download>
          {t('reports.csv')}
        </a>
        <a className="button button--secondary button--small" href={`/api/open-data/reports.geojson?${search}`} download>
          {t('reports.geojson')}
        </a>
      </p>

      <div className={listOnly ? 'reports-layout reports-layout--list' : 'reports-layout'}>
        {!listOnly ? <ReportsMap query={query} /> : null}
        <section className="reports-layout__list" aria-labelledby="list-title">
          <h2 id="list-title">{t('reports.listTitle')}</h2>
          <ReportsList key={search} query={query} empty={filtered ? t('reports.noneFound') : t('reports.none')} />
        </section>
      </div>
    </>
  );
}

/** The map of the filtered reports: clusters counted by the server for the view, points close up. */
function ReportsMap({ query }: { query: FilterQuery }) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const [view, setView] = useState<MapView | null>(null);
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const map = useApiQuery('/api/reports/map', view ? { query: { ...query, bbox: view.bbox.join(','), zoom: view.zoom } } : null);

  const markers = useMemo(
    () =>
      (map.data?.points ?? []).map((p) => ({
        key: String(p.number),
        lat: p.lat,
        lon: p.lon,
        status: p.status,
        label: `${t('report.numberShort', { number: p.number })} · ${t(`reportStatus.${p.status}`)}`,
        onOpen: () => void navigate(`/reports/${p.number}`),
      })),
    [map.data, t, navigate],
  );
  const total = (map.data?.clusters.reduce((s, c) => s + c.count, 0) ?? 0) + (map.data?.points.length ?? 0);

  return (
    <section className="reports-layout__map" aria-labelledby="map-title">
      <h2 id="map-title" className="visually-hidden">
        {t('reports.mapTitle')}
      </h2>
      <PlaceSearch onChoose={(p) => setFocus({ lat: p.lat, lon: p.lon, bbox: p.bbox })} />
      <CityMap label={t('reports.mapLabel')} size="large" clusters={map.data?.clusters ?? []} markers={markers} onView={setView} focus={focus} />
      <p className="muted" role="status">
        {map.error
          ? map.error.message
          : map.data
            ? map.data.truncated
              ? t('reports.mapTruncated')
              : t('reports.mapCount', { count: total, n: f.number(total) })
            : ''}
      </p>
    </section>
  );
}

type PublicPage = Schema<'PublicReportList'>;
const pageSize = 20;

/** The filtered reports as a list, 20 at a time ("Show more" by cursor); remounted when the filters change. */
function ReportsList({ query, empty }: { query: FilterQuery; empty: string }) {
  const { t } = useTranslation();
  const list = useApiQuery('/api/reports', { query: { ...query, limit: pageSize } });
  const [more, setMore] = useState<PublicPage | null>(null);
  const { busy, error, run } = useSubmit();

  const loadMore = (cursor: string) =>
    run(
      () => api.GET('/api/reports', { params: { query: { ...query, limit: pageSize, cursor } } }),
      (page) => setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], nextCursor: page.nextCursor })),
    );

  return (
    <QueryView query={list}>
      {(first) => {
        const items = [...first.items, ...(more?.items ?? [])];
        const cursor = more ? more.nextCursor : first.nextCursor;
        if (!items.length) return <p role="status">{empty}</p>;
        return (
          <>
            <ul className="report-list">
              {items.map((r) => (
                <PublicReportItem key={r.number} r={r} headingLevel={3} />
              ))}
            </ul>
            {error ? <Notice kind="error" title={error.message} /> : null}
            {cursor ? (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void loadMore(cursor)}>
                {t('reports.more')}
              </button>
            ) : null}
          </>
        );
      }}
    </QueryView>
  );
}
