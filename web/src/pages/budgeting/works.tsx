import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, getDistricts } from '../../api.js';
import { CityMap } from '../../components/city-map.js';
import { SelectField } from '../../components/fields.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { Pagination } from '../../components/pagination.js';
import { useDistrictName } from '../../components/person.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { spentText, WorkProgress, workStatuses, WorkStatusTag, type WorkStatus, type WorkSummary } from './work-bits.js';

interface WorkList {
  items: WorkSummary[];
  total: number;
  counts: Record<string, number>;
  years: number[];
  points: { id: string; number: number; title: string; status: WorkStatus; progress: number; lat: number; lon: number }[];
}

const pageSize = 20;

/** /budgeting/works: the winners being built — a map and a list, by year, district and stage. */
export function WorksPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const districtName = useDistrictName();
  useTitle(t('works.title'));
  const [params, setParams] = useSearchParams();
  const filters = { year: params.get('year') ?? '', districtId: params.get('districtId') ?? '', status: params.get('status') ?? '' };
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [form, setForm] = useState(filters);
  useEffect(() => setForm(filters), [filters.year, filters.districtId, filters.status]);
  const districts = useLoad('districts', getDistricts);

  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) query.set(k, v);
  const list = useLoad(`works?${query}&${offset}`, () => api<WorkList>('GET', `/api/budgeting/works?${query}&limit=${pageSize}&offset=${offset}`));

  const markers = useMemo(
    () =>
      (list.data?.points ?? []).map((p) => ({
        key: p.id,
        lat: p.lat,
        lon: p.lon,
        label: `${t('works.number', { number: p.number })} · ${p.title} · ${t(`workStatus.${p.status}`)}`,
        onOpen: () => void navigate(`/budgeting/works/${p.id}`),
      })),
    [list.data, t],
  );

  function apply(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) if (v) next.set(k, v);
    setParams(next);
  }
  const href = (o: number) => {
    const next = new URLSearchParams(query);
    if (o) next.set('offset', String(o));
    return `?${next}`;
  };

  const counts = list.data?.counts ?? {};
  const statusOptions = [
    { value: '', label: t('works.anyStatus') },
    ...workStatuses.map((s) => ({ value: s, label: counts[s] !== undefined ? `${t(`workStatus.${s}`)} (${f.number(counts[s])})` : t(`workStatus.${s}`) })),
  ];
  const yearOptions = [{ value: '', label: t('works.anyYear') }, ...(list.data?.years ?? []).map((y) => ({ value: String(y), label: String(y) }))];
  const districtOptions = [
    { value: '', label: t('works.anyDistrict') },
    ...(districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) })).sort((a, b) => f.collator.compare(a.label, b.label)),
  ];
  const unplaced = list.data ? list.data.total - list.data.points.length : 0;

  return (
    <>
      <p>
        <Link className="back-link" to="/budgeting">
          {t('works.budgetLink')}
        </Link>
      </p>
      <PageHeading>{t('works.title')}</PageHeading>
      <p className="lead">{t('works.lead')}</p>
      <form className="wk-filters" onSubmit={apply} aria-label={t('works.filters')}>
        <SelectField id="works-year" label={t('works.year')} value={form.year} onChange={(year) => setForm({ ...form, year })} options={yearOptions} />
        <SelectField
          id="works-district"
          label={t('works.district')}
          value={form.districtId}
          onChange={(districtId) => setForm({ ...form, districtId })}
          options={districtOptions}
        />
        <SelectField
          id="works-status"
          label={t('works.status')}
          value={form.status}
          onChange={(status) => setForm({ ...form, status })}
          options={statusOptions}
        />
        <button type="submit" className="button button--secondary wk-filters__apply">
          {t('works.apply')}
        </button>
      </form>
      {list.error ? (
        <LoadError error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          {markers.length ? <CityMap label={t('works.mapLabel')} markers={markers} size="medium" /> : null}
          {unplaced > 0 ? <p className="muted">{t('works.mapNote', { count: unplaced })}</p> : null}
          <h2 className="wk-count" aria-live="polite">
            {t('works.found', { count: list.data.total })}
          </h2>
          {list.data.items.length ? (
            <ul className="wk-list">
              {list.data.items.map((w) => {
                return (
                  <li key={w.id} className="wk-item">
                    <h3 className="wk-item__title">
                      <Link to={`/budgeting/works/${w.id}`}>{w.proposal.title}</Link>
                    </h3>
                    <p className="wk-item__meta">
                      <WorkStatusTag status={w.status} /> <span>{t('works.number', { number: w.proposal.number })}</span> · <span>{w.cycle.year}</span>
                      {w.proposal.districtId ? (
                        <>
                          {' '}
                          · <span>{districtName(w.proposal.districtId)}</span>
                        </>
                      ) : null}
                    </p>
                    <WorkProgress value={w.progress} label={t('works.progressLabel')} text={t('works.progress', { progress: w.progress })} />
                    <p className="wk-item__money">{spentText(t, f, w)}</p>
                    <p className="muted wk-item__dept">{w.department ? t('works.department', { name: f.name(w.department) }) : t('works.noDepartment')}</p>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="muted">{t('works.none')}</p>
          )}
          <Pagination offset={offset} pageSize={pageSize} total={list.data.total} href={href} />
        </>
      )}
    </>
  );
}
