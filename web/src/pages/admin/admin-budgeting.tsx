import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { TextField } from '../../components/fields.js';
import { Loading, LoadError, PageHeading, useTitle } from '../../components/page.js';
import { useFormat } from '../../format.js';
import { useLoad } from '../../use-load.js';
import { useSubmit } from '../../use-submit.js';
import { pbPhases, phaseDateFields, type PbCycle } from '../budgeting/pb-api.js';
import { AdminNav } from './admin-nav.js';

/** A date field's day as the start of that day (the browser's zone, which is the city's for staff). */
export const dayToIso = (day: string) => new Date(`${day}T00:00:00`).toISOString();
export const isoToDay = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Default phase dates: a month apart from today. */
function defaultDays(): Record<string, string> {
  const start = Date.now();
  return Object.fromEntries(pbPhases.map((p, i) => [phaseDateFields[p], isoToDay(new Date(start + i * 30 * 86_400_000).toISOString())]));
}

/** /admin/budgeting — administrators' list of cycles (drafts included) and a new cycle. */
export function AdminBudgetingPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const cycles = useLoad('pb-admin-cycles', () => api<{ items: PbCycle[] }>('GET', '/api/admin/budgeting/cycles').then((r) => r.items));
  const [form, setForm] = useState({ year: String(new Date().getFullYear() + 1), title: '', ...defaultDays() });
  const { busy, error, submit } = useSubmit();
  useTitle(t('pb.adminTitle'), !!error);
  const set = (k: string) => (v: string) => setForm((x) => ({ ...x, [k]: v }));
  const targets = Object.fromEntries(['year', 'title', ...Object.values(phaseDateFields)].map((k) => [k, `f-${k}`]));
  const create = submit(
    () =>
      api<PbCycle>('POST', '/api/admin/budgeting/cycles', {
        year: Number(form.year),
        title: form.title,
        ...Object.fromEntries(Object.values(phaseDateFields).map((k) => [k, dayToIso((form as Record<string, string>)[k]!)])),
      }),
    (c) => void navigate(`/admin/budgeting/cycles/${c.id}`),
    { leaving: true },
  );
  return (
    <>
      <AdminNav />
      <PageHeading>{t('pb.adminTitle')}</PageHeading>
      {cycles.error ? <LoadError error={cycles.error} retry={cycles.reload} /> : null}
      {!cycles.data && !cycles.error ? <Loading /> : null}
      {cycles.data ? (
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
              {cycles.data.map((c) => (
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
      ) : null}
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
              value={(form as Record<string, string>)[phaseDateFields[p]]!}
              onChange={set(phaseDateFields[p])}
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
