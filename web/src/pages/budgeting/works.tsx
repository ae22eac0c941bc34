import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { workStatusOrder, type WorkStatusValue } from '@server/modules/budgeting/domain/work-rules.js';
import { useDistrictName, useDistricts } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { CityMap } from '../../components/city-map.js';
import { SelectField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { filteredPages, Pagination } from '../../components/pagination.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { spentText, WorkProgress, WorkStatusTag } from './work-bits.js';

const pageSize = 20;

interface Filters {
  year: string;
  districtId: string;
  status: string;
}

const isStatus = (s: string): s is WorkStatusValue => (workStatusOrder as readonly string[]).includes(s);

/** /budgeting/works: the winners being built — a map and a list, by year, district and stage. */
export function WorksPage() {
  const { t } = useTranslation();
  useTitle(t('works.title'));
  const [params, setParams] = useSearchParams();
  const filters: Filters = { year: params.get('year') ?? '', districtId: params.get('districtId') ?? '', status: params.get('status') ?? '' };
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const query = {
    ...(Number(filters.year) ? { year: Number(filters.year) } : {}),
    ...(filters.districtId ? { districtId: filters.districtId } : {}),
    ...(isStatus(filters.status) ? { status: filters.status } : {}),
    limit: pageSize,
    offset,
  };
  const list = useApiQuery('/api/budgeting/works', { query });

  const { shown, href } = filteredPages(filters);

  return (
    <>
      <p>
        <Link className="back-link" to="/budgeting">
          {t('works.budgetLink')}
        </Link>
      </p>
      <PageHeading>{t('works.title')}</PageHeading>
      <p className="lead">{t('works.lead')}</p>
      {/* the form starts from the address each time it changes (back and forward included) */}
      <WorkFilters key={shown.toString()} filters={filters} list={list.data} onApply={setParams} />
      <QueryView query={list}>
        {(data) => (
          <>
            <WorksMap points={data.points} unplaced={data.total - data.points.length} />
            <h2 className="wk-count" aria-live="polite">
              {t('works.found', { count: data.total })}
            </h2>
            <WorkList items={data.items} />
            <Pagination offset={offset} pageSize={pageSize} total={data.total} href={href} />
          </>
        )}
      </QueryView>
    </>
  );
}

/** Year, district and stage; applied by the button (the address keeps them). */
function WorkFilters({ filters, list, onApply }: { filters: Filters; list: Schema<'BudgetingWorkList'> | undefined; onApply(next: URLSearchParams): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  const [form, setForm] = useState(filters);
  function apply(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) if (v) next.set(k, v);
    onApply(next);
  }
  const counts: Record<string, number> = list?.counts ?? {};
  const statusOptions = [
    { value: '', label: t('works.anyStatus') },
    ...workStatusOrder.map((s) => ({
      value: s,
      label: counts[s] !== undefined ? `${t(`workStatus.${s}`)} (${f.number(counts[s])})` : t(`workStatus.${s}`),
    })),
  ];
  const yearOptions = [{ value: '', label: t('works.anyYear') }, ...(list?.years ?? []).map((y) => ({ value: String(y), label: String(y) }))];
  const districtOptions = [
    { value: '', label: t('works.anyDistrict') },
    ...(districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) })).sort((a, b) => f.collator.compare(a.label, b.label)),
  ];
  return (
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
  );
}

/** The works with a place, on the map (opening one goes to its page); how many have none. */
function WorksMap({ points, unplaced }: { points: Schema<'BudgetingWorkList'>['points']; unplaced: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // the same markers until the works change (a new array each render redraws the map's points)
  const markers = useMemo(
    () =>
      points.map((p) => ({
        key: p.id,
        lat: p.lat,
        lon: p.lon,
        label: `${t('works.number', { number: p.number })} · ${p.title} · ${t(`workStatus.${p.status}`)}`,
        onOpen: () => void navigate(`/budgeting/works/${p.id}`),
      })),
    [points, t, navigate],
  );
  return (
    <>
      {markers.length ? <CityMap label={t('works.mapLabel')} markers={markers} size="medium" /> : null}
      {unplaced > 0 ? <p className="muted">{t('works.mapNote', { count: unplaced })}</p> : null}
    </>
  );
}

/** A page of works: title, stage, year, district, progress, money and the department. */
function WorkList({ items }: { items: Schema<'BudgetingWorkSummary'>[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  if (!items.length) return <p className="muted">{t('works.none')}</p>;
  return (
    <ul className="wk-list">
      {items.map((w) => (
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
      ))}
    </ul>
  );
}
