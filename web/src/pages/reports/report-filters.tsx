import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { openStatuses, unpublishedStatuses } from '@server/modules/reports/domain/report-rules.js';
import { reportStatuses, type ReportStatus } from '@server/modules/reports/domain/lifecycle.js';
import { useApiQuery } from '../../api/query.js';
import { SelectField, TextField } from '../../components/fields.js';
import { useNamed } from '../../components/report-bits.js';

/** The statuses the public map and list show (reports on moderation and rejected ones never are). */
export const publicStatuses: readonly ReportStatus[] = reportStatuses.filter((s) => !unpublishedStatuses.includes(s));

/** Status filter values: a group or one status. */
const statusGroups: Record<string, readonly ReportStatus[]> = {
  open: openStatuses.filter((s) => publicStatuses.includes(s)),
  done: ['closed'],
};
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The filters as the address keeps them (empty: any). */
export interface ReportFilters {
  status: string;
  category: string;
  from: string;
  to: string;
}

/** The API's filter query (shared by the map, the list and the open-data links). */
export function reportFilterQuery(filters: ReportFilters): { status?: string; categoryId?: number; from?: string; to?: string } {
  const statuses = statusGroups[filters.status] ?? ((publicStatuses as readonly string[]).includes(filters.status) ? [filters.status] : null);
  const categoryId = Number(filters.category);
  return {
    ...(statuses ? { status: statuses.join(',') } : {}),
    ...(filters.category && Number.isSafeInteger(categoryId) && categoryId > 0 ? { categoryId } : {}),
    ...(isDay(filters.from) ? { from: filters.from } : {}),
    ...(isDay(filters.to) ? { to: filters.to } : {}),
  };
}

/** The same query as an address's search part (the open-data links). */
export const searchOf = (query: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();

/**
 * The filters' form: what is typed stays here until "Show" puts it in the address (the page remounts
 * it, by key, when the address changes).
 */
export function ReportFiltersForm({ filters, clearTo, onApply }: { filters: ReportFilters; clearTo: string | null; onApply(f: ReportFilters): void }) {
  const { t } = useTranslation();
  const named = useNamed();
  const [form, setForm] = useState(filters);
  const tree = useApiQuery('/api/classifier');
  const categoryOptions = (tree.data?.objects ?? []).flatMap((o) => o.categories.map((c) => ({ value: String(c.id), label: `${named(o)} — ${named(c)}` })));
  const statusOptions = [
    { value: '', label: t('reports.anyStatus') },
    { value: 'open', label: t('reports.statusOpen') },
    { value: 'done', label: t('reports.statusDone') },
    ...publicStatuses.map((s) => ({ value: s, label: t(`reportStatus.${s}`) })),
  ];

  function apply(e: FormEvent) {
    e.preventDefault();
    onApply(form);
  }

  return (
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
        {clearTo ? (
          <Link className="button button--secondary" to={clearTo}>
            {t('discussions.clear')}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
