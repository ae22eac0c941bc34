import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { pbPhases, phaseDateField as phaseDateFields, type PhaseDates } from '@server/modules/budgeting/domain/phases.js';
import { api } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import { cityDayOf, cityDayStart } from '../../city-time.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextField } from '../../components/fields.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { AdminNav } from './admin-nav.js';

/** Each phase's first day as a date field shows it (the city's calendar). */
export type PhaseDays = Record<keyof PhaseDates, string>;

/** The instants the API takes for the phases' first days: each day's start in the city, wherever the browser is. */
export const phaseStarts = (days: PhaseDays): Record<keyof PhaseDates, string> =>
  Object.fromEntries(Object.entries(days).map(([k, day]) => [k, cityDayStart(day)])) as Record<keyof PhaseDates, string>;

/** Default phase dates: a month apart from today (city days). */
function defaultDays(): PhaseDays {
  const start = Date.now();
  return Object.fromEntries(pbPhases.map((p, i) => [phaseDateFields[p], cityDayOf(new Date(start + i * 30 * 86_400_000).toISOString())])) as PhaseDays;
}

/** /admin/budgeting — administrators' list of cycles (drafts included) and a new cycle. */
export function AdminBudgetingPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const cycles = useApiQuery('/api/admin/budgeting/cycles', undefined, { select: (r) => r.items });
  const [form, setForm] = useState({ year: String(new Date().getFullYear() + 1), title: '' });
  const [days, setDays] = useState(defaultDays);
  const { busy, error, submit } = useSubmit();
  useTitle(t('pb.adminTitle'), !!error);
  const set = (k: keyof typeof form) => (v: string) => setForm((x) => ({ ...x, [k]: v }));
  const targets = Object.fromEntries(['year', 'title', ...Object.values(phaseDateFields)].map((k) => [k, `f-${k}`]));
  const create = submit(
    () => api.POST('/api/admin/budgeting/cycles', { body: { year: Number(form.year), title: form.title, ...phaseStarts(days) } }),
    (c) => {
      void invalidate('/api/admin/budgeting/cycles', '/api/budgeting/cycles');
      void navigate(`/admin/budgeting/cycles/${c.id}`);
    },
    { leaving: true },
  );
  return (
    <>
      <AdminNav />
      <PageHeading>{t('pb.adminTitle')}</PageHeading>
      <QueryView query={cycles}>
        {(items) => (
          <div className="table-wrap pb-admin-table" tabIndex={0} role="region" aria-label={t('pb.adminTitle')}>
            <table className="table">
              <caption className="visually-hidden">{t('pb.adminTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pb.cycle')}</th>
                  <th scope="col">{t('pb.year')}</th>
                  <th scope="col">{t('pb.phase')}</th>
                  <th scope="col">{t('cycle.headings')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/admin/budgeting/cycles/${c.id}`}>{c.title}</Link>
                    </td>
                    <td>{c.year}</td>
                    <td>
                      {t(`cycle.phase.${c.phase}`)}
                      {c.next ? <span className="muted"> → {f.date(c.next.from)}</span> : null}
                    </td>
                    <td>{c.headings.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryView>
      <section aria-labelledby="new-cycle" className="narrow">
        <h2 id="new-cycle">{t('pb.newCycle')}</h2>
        <ErrorSummary error={error} targets={targets} />
        <form onSubmit={create} noValidate>
          <TextField
            id="f-year"
            label={t('pb.year')}
            type="number"
            width="short"
            value={form.year}
            onChange={set('year')}
            error={fieldMessage(error, 'year')}
          />
          <TextField id="f-title" label={t('pb.cycleTitle')} value={form.title} onChange={set('title')} error={fieldMessage(error, 'title')} />
          {pbPhases.map((p) => (
            <TextField
              key={p}
              id={`f-${phaseDateFields[p]}`}
              type="date"
              width="medium"
              label={t('pb.phaseFrom', { phase: t(`cycle.phase.${p}`) })}
              value={days[phaseDateFields[p]]}
              onChange={(v) => setDays((d) => ({ ...d, [phaseDateFields[p]]: v }))}
              error={fieldMessage(error, phaseDateFields[p])}
            />
          ))}
          <button className="button" type="submit" disabled={busy}>
            {t('pb.createCycle')}
          </button>
        </form>
      </section>
    </>
  );
}
