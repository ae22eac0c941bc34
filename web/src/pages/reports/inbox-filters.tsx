import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reportStatuses } from '@server/modules/reports/domain/lifecycle.js';
import { useDistricts } from '../../api/lists.js';
import { useApiQuery } from '../../api/query.js';
import { SelectField } from '../../components/fields.js';
import { useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';
import type { InboxFilters as Filters } from './inbox-params.js';

// a department's inbox never holds a report on moderation or rejected by a moderator
const inboxStatuses = reportStatuses.filter((s) => s !== 'moderation' && s !== 'rejected');

/**
 * The inbox's filters: status, district, problem type, who is in charge, overdue only. Applied on
 * "Show" (they live in the address); "/" anywhere on the page moves to the first of them.
 */
export function InboxFilters({ filters, onApply, clearTo }: { filters: Filters; onApply(f: Filters): void; clearTo: string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  // what the address says when the form appears (the page keys it by the filters, so a link or "back" starts it afresh)
  const [form, setForm] = useState(filters);
  const districts = useDistricts();
  const reasons = useApiQuery('/api/classifier', undefined, {
    select: (tree) =>
      tree.objects.flatMap((o) => o.categories.flatMap((c) => c.reasons.map((r) => ({ value: String(r.id), label: `${named(r)} (${named(c)})` })))),
  });
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onSlash = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || (e.target as HTMLElement).closest('input, textarea, select')) return;
      e.preventDefault();
      statusRef.current?.querySelector('select')?.focus();
    };
    window.addEventListener('keydown', onSlash);
    return () => window.removeEventListener('keydown', onSlash);
  }, []);

  const set = (k: keyof Filters) => (v: string) => setForm((s) => ({ ...s, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(form);
  };
  const byName = (a: { label: string }, b: { label: string }) => f.collator.compare(a.label, b.label);

  return (
    <form className="filters filters--inbox" aria-label={t('inbox.filtersLabel')} onSubmit={submit}>
      <div ref={statusRef}>
        <SelectField
          id="f-status"
          label={t('reports.status')}
          value={form.status}
          onChange={set('status')}
          options={[{ value: '', label: t('inbox.anyStatus') }, ...inboxStatuses.map((s) => ({ value: s, label: t(`reportStatus.${s}`) }))]}
        />
      </div>
      <SelectField
        id="f-district"
        label={t('field.district')}
        value={form.district}
        onChange={set('district')}
        options={[{ value: '', label: t('discussions.anyDistrict') }, ...(districts.data ?? []).map((d) => ({ value: d.id, label: f.name(d) })).sort(byName)]}
      />
      <SelectField
        id="f-reason"
        label={t('inbox.reason')}
        value={form.reason}
        onChange={set('reason')}
        options={[{ value: '', label: t('inbox.anyReason') }, ...[...(reasons.data ?? [])].sort(byName)]}
      />
      <SelectField
        id="f-assignee"
        label={t('inbox.assignee')}
        value={form.assignee}
        onChange={set('assignee')}
        options={[
          { value: '', label: t('inbox.anyAssignee') },
          { value: 'me', label: t('inbox.assigneeMe') },
          { value: 'none', label: t('inbox.assigneeNone') },
        ]}
      />
      <SelectField
        id="f-overdue"
        label={t('inbox.deadline')}
        value={form.overdue}
        onChange={set('overdue')}
        options={[
          { value: '', label: t('inbox.anyDeadline') },
          { value: '1', label: t('inbox.onlyOverdue') },
        ]}
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
