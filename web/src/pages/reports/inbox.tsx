import { Fragment, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  api,
  getClassifier,
  getDistricts,
  getStaff,
  officialDepartments,
  reportStatuses,
  type ReportList,
  type ReportStatus,
  type ReportSummary,
} from '../../api.js';
import { ErrorSummary } from '../../components/errors.js';
import { SelectField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { LoadError, Loading, PageHeading, useTitle } from '../../components/page.js';
import { useDistrictName } from '../../components/person.js';
import { ReportActions, type ActionSegment } from '../../components/report-actions.js';
import { DueText, StatusTag, useDepartmentName, useNamed } from '../../components/report-bits.js';
import { useFormat } from '../../format.js';
import { useSession } from '../../session.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { Pagination } from '../../components/pagination.js';

const pageSize = 50;
const isStatus = (v: string | null): v is ReportStatus => !!v && (reportStatuses as readonly string[]).includes(v);

/** What an official may do with a report in a status (the card's `actions`, without loading every card). */
export function officialActions(status: ReportStatus): ActionSegment[] {
  if (status === 'sent' || status === 'reopened') return ['take', 'answer', 'redirect'];
  if (status === 'in_progress') return ['answer', 'redirect'];
  return [];
}

/**
 * The officials' inbox: their department's reports in a dense table, overdue first; filters kept
 * in the address; select reports to assign them to a colleague at once; take, answer (with
 * templates) or redirect a report without leaving the page. Keys: "/" filters, "x" selects the
 * row with focus, "t" takes it, "o" opens it.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const named = useNamed();
  const { me } = useSession();
  const departmentName = useDepartmentName();
  const districtName = useDistrictName();
  const mine = officialDepartments(me);
  const [params, setParams] = useSearchParams();
  const department = params.get('department') && mine.includes(params.get('department')!) ? params.get('department')! : (mine[0] ?? '');
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : '';
  const district = params.get('district') ?? '';
  const reason = params.get('reason') ?? '';
  const overdue = params.get('overdue') === '1';
  const assignee = params.get('assignee') === 'me' || params.get('assignee') === 'none' ? params.get('assignee')! : '';
  const offset = Math.max(0, Math.floor(Number(params.get('offset')) || 0));
  const [form, setForm] = useState({ status: status as string, district, reason, overdue: overdue ? '1' : '', assignee });
  useEffect(() => setForm({ status, district, reason, overdue: overdue ? '1' : '', assignee }), [status, district, reason, overdue, assignee]);

  const q = new URLSearchParams({ limit: String(pageSize) });
  if (department) q.set('departmentId', department);
  if (status) q.set('status', status);
  if (district) q.set('districtId', district);
  if (reason) q.set('reasonId', reason);
  if (overdue) q.set('overdue', '1');
  if (assignee) q.set('assignee', assignee);
  if (offset) q.set('cursor', String(offset));
  const list = useLoad(department ? `inbox?${q}` : null, () => api<ReportList>('GET', `/api/reports/inbox?${q}`));
  const staff = useLoad(department ? `staff-${department}` : null, () => getStaff('official', department));
  const districts = useLoad('districts', getDistricts);
  const tree = useLoad('classifier', getClassifier);
  const [changed, setChanged] = useState<Record<number, Partial<ReportSummary>>>({});
  const [selected, setSelected] = useState<number[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  const [assignTo, setAssignTo] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const bulk = useSubmit();
  const row = useSubmit();
  useTitle(t('inbox.title'), !!(bulk.error || row.error));
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setSelected([]);
    setChanged({});
    setOpen(null);
  }, [q.toString()]);

  function apply(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    if (department !== mine[0]) next.set('department', department);
    for (const [k, v] of Object.entries(form)) if (v) next.set(k, v);
    setParams(next);
  }

  const link = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    return `?${next}`;
  };

  const items = (list.data?.items ?? []).map((r) => ({ ...r, ...changed[r.number] }));
  const total = list.data?.total ?? items.length;
  const people = staff.data ?? [];
  const personName = (id: string | null | undefined) =>
    id ? (people.find((p) => p.id === id)?.displayName ?? (id === me?.id ? me.displayName : t('inbox.someone'))) : t('inbox.nobody');
  const toggle = (n: number) => setSelected((s) => (s.includes(n) ? s.filter((x) => x !== n) : [...s, n]));
  const allChecked = items.length > 0 && items.every((r) => selected.includes(r.number));

  const assign = (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    void bulk.run(
      () => api<{ numbers: number[] }>('POST', '/api/reports/inbox/assign', { numbers: selected, assigneeId: assignTo || null }),
      (res) => {
        setChanged((c) => {
          const next = { ...c };
          for (const n of res.numbers) next[n] = { ...next[n], assigneeId: assignTo || null };
          return next;
        });
        setNotice(t('inbox.assigned', { count: res.numbers.length, name: personName(assignTo || null) }));
        setSelected([]);
      },
    );
  };

  const take = (n: number) =>
    row.run(
      () =>
        api<{ status: ReportStatus; statusText: string; assigneeId: string | null; dueAt: string | null; overdue: boolean }>(
          'POST',
          `/api/reports/${n}/take`,
          {},
        ),
      (card) => {
        setChanged((c) => ({
          ...c,
          [n]: { status: card.status, statusText: card.statusText, assigneeId: card.assigneeId, dueAt: card.dueAt, overdue: card.overdue },
        }));
        setNotice(t('actions.take.done'));
      },
    );

  function keys(e: KeyboardEvent<HTMLTableSectionElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('input[type=text], textarea, select, .report-action')) return;
    const tr = target.closest<HTMLElement>('tr[data-number]');
    const n = Number(tr?.dataset.number);
    if (!n) return;
    if (e.key === 'x') {
      e.preventDefault();
      toggle(n);
    } else if (e.key === 't') {
      const r = items.find((x) => x.number === n);
      if (r && officialActions(r.status).includes('take')) {
        e.preventDefault();
        void take(n);
      }
    } else if (e.key === 'o') {
      e.preventDefault();
      tr?.querySelector<HTMLAnchorElement>('a')?.click();
    }
  }

  useEffect(() => {
    const onSlash = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || (e.target as HTMLElement).closest('input, textarea, select')) return;
      e.preventDefault();
      statusRef.current?.querySelector('select')?.focus();
    };
    window.addEventListener('keydown', onSlash);
    return () => window.removeEventListener('keydown', onSlash);
  }, []);

  if (!mine.length) {
    return (
      <>
        <PageHeading>{t('inbox.title')}</PageHeading>
        <Notice kind="warning" title={t('inbox.notOfficial')} />
      </>
    );
  }

  const reasonOptions = (tree.data?.objects ?? [])
    .flatMap((o) => o.categories.flatMap((c) => c.reasons.map((r) => ({ value: String(r.id), label: `${named(r)} (${named(c)})` }))))
    .sort((a, b) => f.collator.compare(a.label, b.label));

  return (
    <>
      <PageHeading>{t('inbox.title')}</PageHeading>
      <p className="lead">{t('inbox.lead', { department: departmentName(department) })}</p>
      {mine.length > 1 ? (
        <nav className="tabs" aria-label={t('inbox.departments')}>
          <ul>
            {mine.map((d) => (
              <li key={d}>
                <Link to={d === mine[0] ? '/inbox' : `/inbox?department=${encodeURIComponent(d)}`} aria-current={d === department ? 'page' : undefined}>
                  {departmentName(d)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <form className="filters filters--inbox" aria-label={t('inbox.filtersLabel')} onSubmit={apply}>
        <div ref={statusRef}>
          <SelectField
            id="f-status"
            label={t('reports.status')}
            value={form.status}
            onChange={(v) => setForm((s) => ({ ...s, status: v }))}
            options={[
              { value: '', label: t('inbox.anyStatus') },
              ...reportStatuses.filter((s) => s !== 'moderation' && s !== 'rejected').map((s) => ({ value: s, label: t(`reportStatus.${s}`) })),
            ]}
          />
        </div>
        <SelectField
          id="f-district"
          label={t('field.district')}
          value={form.district}
          onChange={(v) => setForm((s) => ({ ...s, district: v }))}
          options={[
            { value: '', label: t('discussions.anyDistrict') },
            ...[...(districts.data ?? [])].sort((a, b) => f.collator.compare(f.name(a), f.name(b))).map((d) => ({ value: d.id, label: f.name(d) })),
          ]}
        />
        <SelectField
          id="f-reason"
          label={t('inbox.reason')}
          value={form.reason}
          onChange={(v) => setForm((s) => ({ ...s, reason: v }))}
          options={[{ value: '', label: t('inbox.anyReason') }, ...reasonOptions]}
        />
        <SelectField
          id="f-assignee"
          label={t('inbox.assignee')}
          value={form.assignee}
          onChange={(v) => setForm((s) => ({ ...s, assignee: v }))}
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
          onChange={(v) => setForm((s) => ({ ...s, overdue: v }))}
          options={[
            { value: '', label: t('inbox.anyDeadline') },
            { value: '1', label: t('inbox.onlyOverdue') },
          ]}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('reports.show')}
          </button>
          {status || district || reason || overdue || assignee ? (
            <Link className="button button--secondary" to={department === mine[0] ? '/inbox' : `/inbox?department=${encodeURIComponent(department)}`}>
              {t('discussions.clear')}
            </Link>
          ) : null}
        </div>
      </form>

      <details className="details">
        <summary>{t('inbox.keysTitle')}</summary>
        <ul>
          <li>{t('inbox.keySlash')}</li>
          <li>{t('inbox.keyX')}</li>
          <li>{t('inbox.keyT')}</li>
          <li>{t('inbox.keyO')}</li>
        </ul>
      </details>

      {notice ? <Notice kind="success" title={notice} /> : null}
      <ErrorSummary id="row-errors" error={row.error} />

      {list.error ? (
        <LoadError error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <p role="status" className="result-count">
            {items.length
              ? t('inbox.showing', { from: f.number(offset + 1), to: f.number(offset + items.length), count: total, total: f.number(total) })
              : t('inbox.empty')}
          </p>
          {items.length ? (
            <>
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
                      <th scope="col">{t('inbox.colWhere')}</th>
                      <th scope="col">{t('inbox.assignee')}</th>
                      <th scope="col">{t('inbox.colActions')}</th>
                    </tr>
                  </thead>
                  <tbody onKeyDown={keys}>
                    {items.map((r) => {
                      const acts = officialActions(r.status);
                      return (
                        <Fragment key={r.number}>
                          <tr data-number={r.number} className={`${r.overdue ? 'is-overdue' : ''}${selected.includes(r.number) ? ' is-selected' : ''}`}>
                            <td className="check-cell">
                              <input
                                type="checkbox"
                                className="checkbox"
                                id={`sel-${r.number}`}
                                aria-label={t('inbox.select', { number: r.number })}
                                checked={selected.includes(r.number)}
                                onChange={() => toggle(r.number)}
                              />
                            </td>
                            <th scope="row">
                              <Link to={`/reports/${r.number}`}>
                                {t('report.numberShort', { number: r.number })} {named(r.reason)}
                              </Link>
                              <span className="inbox-table__excerpt">{r.excerpt}</span>
                            </th>
                            <td data-label={t('reports.status')}>
                              <StatusTag status={r.status} />
                            </td>
                            <td data-label={t('inbox.colDue')}>
                              <DueText dueAt={r.dueAt} overdue={r.overdue} />
                            </td>
                            <td data-label={t('inbox.colWhere')}>{[r.address, districtName(r.districtId)].filter(Boolean).join(', ')}</td>
                            <td data-label={t('inbox.assignee')}>{personName(r.assigneeId)}</td>
                            <td data-label={t('inbox.colActions')} className="inbox-table__actions">
                              {acts.includes('take') ? (
                                <button
                                  type="button"
                                  className="button button--small"
                                  disabled={row.busy}
                                  aria-label={t('inbox.takeLabel', { number: r.number })}
                                  onClick={() => void take(r.number)}
                                >
                                  {t('actions.take.button')}
                                </button>
                              ) : null}
                              {acts.length ? (
                                <button
                                  type="button"
                                  className="button button--secondary button--small"
                                  aria-expanded={open === r.number}
                                  aria-controls={`actions-${r.number}`}
                                  onClick={() => setOpen(open === r.number ? null : r.number)}
                                >
                                  {open === r.number ? t('inbox.hideActions') : t('inbox.moreActions')}
                                  <span className="visually-hidden"> {t('report.numberShort', { number: r.number })}</span>
                                </button>
                              ) : null}
                            </td>
                          </tr>
                          {open === r.number ? (
                            <tr className="inbox-table__panel" id={`actions-${r.number}`}>
                              <td colSpan={7}>
                                <ReportActions
                                  target={{ number: r.number, departmentId: r.departmentId, actions: acts.filter((a) => a !== 'take') }}
                                  idPrefix="inbox"
                                  onDone={(card, a) => {
                                    setChanged((c) => ({
                                      ...c,
                                      [r.number]: {
                                        status: card.status,
                                        statusText: card.statusText,
                                        dueAt: card.dueAt,
                                        overdue: card.overdue,
                                        assigneeId: card.assigneeId,
                                        departmentId: card.department?.id ?? null,
                                      },
                                    }));
                                    setNotice(t(`actions.${a}.done`));
                                    setOpen(null);
                                  }}
                                />
                              </td>
                            </tr>
                          ) : null}
                        </Fragment>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <Pagination offset={offset} pageSize={pageSize} total={total} href={(n) => link({ offset: n > 0 ? String(n) : null })} />
            </>
          ) : null}
        </>
      )}
    </>
  );
}
