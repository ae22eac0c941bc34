import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, getClassifier, publicStatuses, type PublicReportSummary, type ReportMap, type ReportStatus } from '../../api.js';
import { CityMap, type MapView } from '../../components/city-map.js';
import { SelectField, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { PublicReportItem } from './public-report-item.js';

/** Status filter values: a group or one status. */
const statusGroups: Record<string, readonly ReportStatus[]> = {
  open: ['sent', 'in_progress', 'answer_moderation', 'answered', 'reopened'],
  done: ['closed'],
};
const isDay = (v: string | null) => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The API's filter query (shared by the map, the list and the open-data links). */
export function reportFilterQuery(filters: { status: string; category: string; from: string; to: string }): URLSearchParams {
  const q = new URLSearchParams();
  const statuses = statusGroups[filters.status] ?? ((publicStatuses as readonly string[]).includes(filters.status) ? [filters.status] : null);
  if (statuses) q.set('status', statuses.join(','));
  if (filters.category) q.set('categoryId', filters.category);
  if (isDay(filters.from)) q.set('from', filters.from);
  if (isDay(filters.to)) q.set('to', filters.to);
  return q;
}

/**
 * All reports: the map (server clusters, fetched as the view moves) and the same reports as a
 * list, with filters by status, category and period kept in the address. The list is the map's
 * equivalent for keyboards, screen readers and slow phones ("List only" hides the map).
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const navigate = useNavigate();
  const { me } = useSession();
  useTitle(t('reports.title'));
  const [params, setParams] = useSearchParams();
  const filters = { status: params.get('status') ?? '', category: params.get('category') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const listOnly = params.get('view') === 'list';
  const [form, setForm] = useState(filters);
  useEffect(() => setForm(filters), [filters.status, filters.category, filters.from, filters.to]);
  const tree = useLoad('classifier', getClassifier);
  const query = reportFilterQuery(filters);
  const [view, setView] = useState<MapView | null>(null);

  const mapQuery = new URLSearchParams(query);
  if (view) {
    mapQuery.set('bbox', view.bbox.join(','));
    mapQuery.set('zoom', String(view.zoom));
  }
  const map = useLoad(view && !listOnly ? `map?${mapQuery}` : null, () => api<ReportMap>('GET', `/api/reports/map?${mapQuery}`));
  const list = useLoad(`reports?${query}`, () => api<{ items: PublicReportSummary[]; nextCursor: string | null }>('GET', `/api/reports?${query}&limit=20`));
  const [more, setMore] = useState<{ key: string; items: PublicReportSummary[]; nextCursor: string | null } | null>(null);
  const moreHere = more?.key === query.toString() ? more : null;
  const { busy, error, run } = useSubmit();
  const items = [...(list.data?.items ?? []), ...(moreHere?.items ?? [])];
  const cursor = moreHere ? moreHere.nextCursor : (list.data?.nextCursor ?? null);

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
    [map.data, t],
  );

  function apply(e: FormEvent) {
    e.preventDefault();
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

  const loadMore = () =>
    cursor &&
    run(
      () => api<{ items: PublicReportSummary[]; nextCursor: string | null }>('GET', `/api/reports?${query}&limit=20&cursor=${encodeURIComponent(cursor)}`),
      (page) => setMore({ key: query.toString(), items: [...(moreHere?.items ?? []), ...page.items], nextCursor: page.nextCursor }),
    );

  const categoryOptions = (tree.data?.objects ?? []).flatMap((o) => o.categories.map((c) => ({ value: String(c.id), label: `${named(o)} — ${named(c)}` })));
  const statusOptions = [
    { value: '', label: t('reports.anyStatus') },
    { value: 'open', label: t('reports.statusOpen') },
    { value: 'done', label: t('reports.statusDone') },
    ...publicStatuses.map((s) => ({ value: s, label: t(`reportStatus.${s}`) })),
  ];
  const total = (map.data?.clusters.reduce((s, c) => s + c.count, 0) ?? 0) + (map.data?.points.length ?? 0);
  const filtered = !!(filters.status || filters.category || filters.from || filters.to);

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

      <form className="filters filters--reports" aria-label={t('reports.filtersLabel')} onSubmit={apply}>
        <SelectField
          id="f-status"
          label={t('reports.status')}
          value={form.status}
          onChange={(v) => setForm((s) => ({ ...s, status: v }))}
          options={statusOptions}
        />
        <SelectField
          id="f-category"
          label={t('reports.category')}
          value={form.category}
          onChange={(v) => setForm((s) => ({ ...s, category: v }))}
          options={[{ value: '', label: t('reports.anyCategory') }, ...categoryOptions]}
        />
        <TextField id="f-from" type="date" label={t('reports.from')} value={form.from} onChange={(v) => setForm((s) => ({ ...s, from: v }))} />
        <TextField
          id="f-to"
          type="date"
          label={t('reports.to')}
          value={form.to}
          onChange={(v) => setForm((s) => ({ ...s, to: v }))}
          min={form.from || undefined}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('reports.show')}
          </button>
          {filtered ? (
            <Link className="button button--secondary" to={listOnly ? '/reports?view=list' : '/reports'}>
              {t('discussions.clear')}
            </Link>
          ) : null}
        </div>
      </form>

      <p className="report-tools">
        <Link className="button button--secondary button--small" to={toggleView()}>
          {listOnly ? t('reports.showMap') : t('reports.listOnly')}
        </Link>
        <a className="button button--secondary button--small" href={`/api/open-data/reports.csv?${query}`} download>
          {t('reports.csv')}
        </a>
        <a className="button button--secondary button--small" href={`/api/open-data/reports.geojson?${query}`} download>
          {t('reports.geojson')}
        </a>
      </p>

      <div className={listOnly ? 'reports-layout reports-layout--list' : 'reports-layout'}>
        {!listOnly ? (
          <section className="reports-layout__map" aria-labelledby="map-title">
            <h2 id="map-title" className="visually-hidden">
              {t('reports.mapTitle')}
            </h2>
            <CityMap label={t('reports.mapLabel')} size="large" clusters={map.data?.clusters ?? []} markers={markers} onView={setView} />
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
        ) : null}
        <section className="reports-layout__list" aria-labelledby="list-title">
          <h2 id="list-title">{t('reports.listTitle')}</h2>
          {list.error ? (
            <LoadError error={list.error} retry={list.reload} />
          ) : !list.data ? (
            <Loading />
          ) : items.length ? (
            <>
              <ul className="report-list">
                {items.map((r) => (
                  <PublicReportItem key={r.number} r={r} headingLevel={3} />
                ))}
              </ul>
              {error ? <Notice kind="error" title={error.message} /> : null}
              {cursor ? (
                <button type="button" className="button button--secondary" disabled={busy} onClick={() => void loadMore()}>
                  {t('reports.more')}
                </button>
              ) : null}
            </>
          ) : (
            <p role="status">{filtered ? t('reports.noneFound') : t('reports.none')}</p>
          )}
        </section>
      </div>
    </>
  );
}
