import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { commitmentFilters, commitmentSourceKinds } from '@server/modules/commitments/domain/commitments.js';
import { useDepartments, useDistrictName, useDistricts } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { CityMap } from '../../components/city-map.js';
import { SelectField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { filteredPages, Pagination } from '../../components/pagination.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { CommitmentProgress, CommitmentStatusTag, type CommitmentSummary } from './commitment-bits.js';

const pageSize = 20;
const filterNames = ['status', 'departmentId', 'districtId', 'sourceType'] as const;
type Filters = Record<(typeof filterNames)[number], string>;
const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** /commitments: what the city promised — filters in the address, a map, the list (overdue first) and each department's record. */
export function CommitmentsPage() {
  const { t } = useTranslation();
  useTitle(t('commitments.title'));
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(filterNames.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const query = {
    ...(oneOf(commitmentFilters, filters.status) ? { status: filters.status } : {}),
    ...(filters.departmentId ? { departmentId: filters.departmentId } : {}),
    ...(filters.districtId ? { districtId: filters.districtId } : {}),
    ...(oneOf(commitmentSourceKinds, filters.sourceType) ? { sourceType: filters.sourceType } : {}),
    limit: pageSize,
    offset,
  };
  const list = useApiQuery('/api/commitments', { query });
  const { shown, href } = filteredPages(filters);
  return (
    <>
      <PageHeading>{t('commitments.title')}</PageHeading>
      <p className="lead">{t('commitments.lead')}</p>
      <CommitmentFilters key={shown.toString()} filters={filters} onApply={setParams} />
      <QueryView query={list}>
        {(data) => (
          <>
            <CommitmentsMap points={data.points} />
            <h2 className="wk-count" aria-live="polite">
              {t('commitments.found', { count: data.total })}
            </h2>
            <CommitmentList items={data.items} />
            <Pagination offset={offset} pageSize={pageSize} total={data.total} href={href} />
          </>
        )}
      </QueryView>
      <DeliveryStatistics />
    </>
  );
}

/** Status (overdue among them), department, district and source kind; applied by the button (the address keeps them). */
function CommitmentFilters({ filters, onApply }: { filters: Filters; onApply(next: URLSearchParams): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districts = useDistricts();
  const departments = useDepartments();
  const [form, setForm] = useState(filters);
  function apply(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) if (v) next.set(k, v);
    onApply(next);
  }
  const byName = (a: { label: string }, b: { label: string }) => f.collator.compare(a.label, b.label);
  return (
    <form className="wk-filters" onSubmit={apply} aria-label={t('commitments.filters')}>
      <SelectField
        id="cm-status"
        label={t('commitments.status')}
        value={form.status}
        onChange={(status) => setForm({ ...form, status })}
        options={[{ value: '', label: t('commitments.anyStatus') }, ...commitmentFilters.map((s) => ({ value: s, label: t(`commitments.statusName.${s}`) }))]}
      />
      <SelectField
        id="cm-department"
        label={t('commitments.department')}
        value={form.departmentId}
        onChange={(departmentId) => setForm({ ...form, departmentId })}
        options={[
          { value: '', label: t('commitments.anyDepartment') },
          ...(departments.data ?? []).map((d) => ({ value: d.id, label: f.name(d) })).sort(byName),
        ]}
      />
      <SelectField
        id="cm-district"
        label={t('commitments.district')}
        value={form.districtId}
        onChange={(districtId) => setForm({ ...form, districtId })}
        options={[{ value: '', label: t('commitments.anyDistrict') }, ...(districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) })).sort(byName)]}
      />
      <SelectField
        id="cm-source"
        label={t('commitments.source')}
        value={form.sourceType}
        onChange={(sourceType) => setForm({ ...form, sourceType })}
        options={[
          { value: '', label: t('commitments.anySource') },
          ...commitmentSourceKinds.map((s) => ({ value: s, label: t(`commitments.sourceKind.${s}`) })),
        ]}
      />
      <button type="submit" className="button button--secondary wk-filters__apply">
        {t('commitments.apply')}
      </button>
    </form>
  );
}

/** Commitments with a place, on the map (the list below says the same for those without one). */
function CommitmentsMap({ points }: { points: Schema<'CommitmentList'>['points'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const markers = useMemo(
    () =>
      points.map((p) => ({
        key: String(p.number),
        lat: p.lat,
        lon: p.lon,
        label: `${t('commitments.number', { number: p.number })} · ${p.title} · ${t(`commitments.statusName.${p.overdue ? 'overdue' : p.status}`)}`,
        onOpen: () => void navigate(`/commitments/${p.number}`),
      })),
    [points, t, navigate],
  );
  return markers.length ? <CityMap label={t('commitments.mapLabel')} markers={markers} size="medium" /> : null;
}

function CommitmentList({ items }: { items: CommitmentSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const districtName = useDistrictName();
  if (!items.length) return <p className="muted">{t('commitments.none')}</p>;
  return (
    <ul className="wk-list">
      {items.map((c) => (
        <li key={c.number} className="wk-item cm-item">
          <h3 className="wk-item__title">
            <Link to={`/commitments/${c.number}`}>{c.title}</Link>
          </h3>
          <p className="wk-item__meta">
            <CommitmentStatusTag c={c} /> <span>{t(`commitments.sourceKind.${c.sourceType}`)}</span>
            {c.districtId ? <span> · {districtName(c.districtId)}</span> : null}
          </p>
          <p>
            {c.status === 'delivered' && c.deliveredOn
              ? t('commitments.deliveredOn', { date: f.date(c.deliveredOn) })
              : t('commitments.due', { date: f.date(c.dueOn) })}
          </p>
          <CommitmentProgress percent={c.percent} />
          <p className="muted wk-item__dept">{t('commitments.responsible', { name: f.name(c.department) })}</p>
        </li>
      ))}
    </ul>
  );
}

/** Each department's record: on time, late, open, overdue — a table (the numbers are the chart's alternative and its content). */
function DeliveryStatistics() {
  const { t } = useTranslation();
  const f = useFormat();
  const stats = useApiQuery('/api/commitments/statistics');
  return (
    <section className="section" aria-labelledby="cm-stats">
      <h2 id="cm-stats">{t('commitments.stats.title')}</h2>
      <p>{t('commitments.stats.lead')}</p>
      <QueryView query={stats}>
        {(data) => (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('commitments.stats.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('commitments.stats.department')}</th>
                  <th scope="col">{t('commitments.stats.onTime')}</th>
                  <th scope="col">{t('commitments.stats.late')}</th>
                  <th scope="col">{t('commitments.stats.open')}</th>
                  <th scope="col">{t('commitments.stats.overdue')}</th>
                </tr>
              </thead>
              <tbody>
                {data.departments.map((d) => (
                  <tr key={d.department.id}>
                    <th scope="row">
                      <Link to={`/commitments?departmentId=${encodeURIComponent(d.department.id)}`}>{f.name(d.department)}</Link>
                    </th>
                    <td>{f.number(d.onTime)}</td>
                    <td>{f.number(d.late)}</td>
                    <td>{f.number(d.open)}</td>
                    <td>{f.number(d.overdue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
    </section>
  );
}
