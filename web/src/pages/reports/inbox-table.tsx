import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary } from '../../components/errors.js';
import { SelectField } from '../../components/fields.js';
import { useErrorTitle } from '../../components/page.js';
import type { ActionSegment } from '../../components/report-actions.js';
import { useSession } from '../../session.js';
import { useSubmit } from '../../use-submit.js';
import { InboxRow, officialActions } from './inbox-row.js';

type ReportSummary = Schema<'ReportSummary'>;

/**
 * The inbox's reports in a dense table, with the bulk form that puts the selected ones in a
 * colleague's charge. Keys on a row: "x" selects it, "t" takes it, "o" opens it. `onNotice`
 * says what was done (the list reloads after every change).
 */
export function InboxTable({ department, items, onNotice }: { department: string; items: ReportSummary[]; onNotice(text: string | null): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const staff = useApiQuery('/api/people', { query: { role: 'official', scopeId: department } }, { select: (r) => r.items });
  const people = staff.data ?? [];
  const [selected, setSelected] = useState<number[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  const [assignTo, setAssignTo] = useState('');
  const bulk = useSubmit();
  const row = useSubmit();
  useErrorTitle(!!(bulk.error || row.error));

  const personName = (id: string | null | undefined) =>
    id ? (people.find((p) => p.id === id)?.displayName ?? (id === me?.id ? me.displayName : t('inbox.someone'))) : t('inbox.nobody');
  const toggle = (n: number) => setSelected((s) => (s.includes(n) ? s.filter((x) => x !== n) : [...s, n]));
  const allChecked = items.length > 0 && items.every((r) => selected.includes(r.number));

  const assign = (e: FormEvent) => {
    e.preventDefault();
    onNotice(null);
    void bulk.run(
      () => api.POST('/api/reports/inbox/assign', { body: { numbers: selected, assigneeId: assignTo || null } }),
      async (res) => {
        onNotice(t('inbox.assigned', { count: res.numbers.length, name: personName(assignTo || null) }));
        setSelected([]);
        await invalidate('/api/reports/inbox');
      },
    );
  };

  const take = (n: number) =>
    row.run(
      () => api.POST('/api/reports/{number}/take', { params: { path: { number: n } }, body: {} }),
      async () => {
        onNotice(t('actions.take.done'));
        await invalidate('/api/reports/inbox', '/api/reports/{number}');
      },
    );

  const done = (a: ActionSegment) => {
    onNotice(t(`actions.${a}.done`));
    setOpen(null);
    void invalidate('/api/reports/inbox');
  };

  function keys(e: KeyboardEvent<HTMLTableSectionElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('input[type=text], textarea, select, .report-action')) return;
    const tr = target.closest<HTMLElement>('tr[data-number]');
    const r = items.find((x) => x.number === Number(tr?.dataset.number));
    if (!r) return;
    if (e.key === 'x') {
      e.preventDefault();
      toggle(r.number);
    } else if (e.key === 't' && officialActions(r).includes('take')) {
      e.preventDefault();
      void take(r.number);
    } else if (e.key === 'o') {
      e.preventDefault();
      tr?.querySelector<HTMLAnchorElement>('a')?.click();
    }
  }

  return (
    <>
      <ErrorSummary id="row-errors" error={row.error} />
      <form className="bulk" onSubmit={assign} aria-label={t('inbox.bulkLabel')}>
        <ErrorSummary id="bulk-errors" error={bulk.error} targets={{ assigneeId: 'f-assign', numbers: 'select-all' }} />
        <p className="bulk__count" aria-live="polite">
          {t('inbox.selected', { count: selected.length })}
        </p>
        <SelectField
          id="f-assign"
          label={t('inbox.assignTo')}
          value={assignTo}
          onChange={setAssignTo}
          options={[
            { value: '', label: t('inbox.unassign') },
            ...people.map((p) => ({ value: p.id, label: p.id === me?.id ? t('inbox.meName', { name: p.displayName }) : p.displayName })),
          ]}
        />
        <button type="submit" className="button button--secondary" disabled={!selected.length || bulk.busy}>
          {t('inbox.assign')}
        </button>
      </form>
      <div className="table-wrap" role="region" aria-labelledby="inbox-caption" tabIndex={0}>
        <table className="table table--stack table--dense inbox-table">
          <caption id="inbox-caption" className="visually-hidden">
            {t('inbox.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="check-cell">
                <input
                  type="checkbox"
                  className="checkbox"
                  id="select-all"
                  aria-label={t('inbox.selectAll')}
                  checked={allChecked}
                  onChange={() => setSelected(allChecked ? [] : items.map((r) => r.number))}
                />
              </th>
              <th scope="col">{t('inbox.colReport')}</th>
              <th scope="col">{t('reports.status')}</th>
              <th scope="col">{t('inbox.colDue')}</th>
              <th scope="col">{t('inbox.assignee')}</th>
              <th scope="col">{t('inbox.colActions')}</th>
            </tr>
          </thead>
          <tbody onKeyDown={keys}>
            {items.map((r) => (
              <InboxRow
                key={r.number}
                r={r}
                selected={selected.includes(r.number)}
                onToggle={() => toggle(r.number)}
                open={open === r.number}
                onOpen={(o) => setOpen(o ? r.number : null)}
                inCharge={personName(r.assigneeId)}
                busy={row.busy}
                onTake={() => void take(r.number)}
                onDone={done}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
