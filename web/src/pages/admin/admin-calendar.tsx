import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client.js';
import { invalidate, useApiQuery } from '../../api/query.js';
import type { Schema } from '../../api/types.js';
import { ErrorSummary, fieldMessage } from '../../components/errors.js';
import { SelectField, TextField } from '../../components/fields.js';
import { Notice } from '../../components/notice.js';
import { PageHeading, useTitle } from '../../components/page.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { useSubmit } from '../../use-submit.js';
import { CalendarLoad } from './admin-calendar-load.js';
import { AdminNav } from './admin-nav.js';

type CalendarDay = Schema<'CalendarDay'>;
type CalendarKind = CalendarDay['kind'];

const pad = (n: number) => String(n).padStart(2, '0');
const kindMark: Record<CalendarKind, string> = { holiday: 'П', day_off_transferred: 'В', working_weekend: 'Р', short_day: 'С' };
// every kind the server's type names (the Record above has each); the domain's list sits beside its CSV reader, which the browser cannot load
const calendarKinds = Object.keys(kindMark) as CalendarKind[];

/**
 * The working-day calendar deadlines are counted on: the year at a glance (holidays, transferred
 * days off, working weekends and shortened days marked in letters as well as colour) and the list
 * of exceptions to add or remove. Saturdays and Sundays not listed are days off.
 */
export function AdminCalendarPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || thisYear;
  const loaded = useApiQuery('/api/calendar', { query: { year } });
  const [form, setForm] = useState<{ day: string; kind: CalendarKind; note: string }>({ day: '', kind: 'holiday', note: '' });
  const add = useSubmit();
  const del = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  useTitle(t('adminCalendar.title'), !!add.error);

  const days = new Map<string, CalendarDay>((loaded.data?.days ?? []).map((d) => [d.day, d]));
  const list = [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  const letter = (k: CalendarKind) =>
    f.locale.startsWith('en') ? { holiday: 'H', day_off_transferred: 'O', working_weekend: 'W', short_day: 'S' }[k] : kindMark[k];
  const dayLabel = (day: string) => f.date(`${day}T12:00:00Z`);

  function save(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.day))
      return add.setError(new ApiError(400, 'validation_failed', t('adminCalendar.dayRequired'), { day: t('adminCalendar.dayRequired') }));
    void add.run(
      () => api.PUT('/api/admin/calendar/{day}', { params: { path: { day: form.day } }, body: { kind: form.kind, note: form.note.trim() || null } }),
      () => {
        void invalidate('/api/calendar');
        setNotice(t('adminCalendar.saved', { day: dayLabel(form.day) }));
        setForm({ day: '', kind: form.kind, note: '' });
      },
    );
  }

  const remove = (day: string) =>
    del.run(
      () => api.DELETE('/api/admin/calendar/{day}', { params: { path: { day } } }),
      () => {
        void invalidate('/api/calendar');
        setNotice(t('adminCalendar.removed', { day: dayLabel(day) }));
      },
    );

  const monthName = (m: number) => new Intl.DateTimeFormat(f.locale, { month: 'long' }).format(new Date(Date.UTC(year, m, 15)));
  const weekdays = Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(f.locale, { weekday: 'short' }).format(new Date(Date.UTC(2024, 0, 1 + i))));

  return (
    <>
      <AdminNav />
      <PageHeading>{t('adminCalendar.heading', { year })}</PageHeading>
      <p className="lead">{t('adminCalendar.lead')}</p>
      <nav className="pagination" aria-label={t('adminCalendar.years')}>
        <Link className="button button--secondary" to={`?year=${year - 1}`}>
          {t('adminCalendar.yearLink', { year: year - 1 })}
        </Link>
        <Link className="button button--secondary" to={`?year=${year + 1}`}>
          {t('adminCalendar.yearLink', { year: year + 1 })}
        </Link>
      </nav>

      <CalendarLoad />

      <section className="section" aria-labelledby="add-title">
        <h2 id="add-title">{t('adminCalendar.addTitle')}</h2>
        <form className="form" onSubmit={save} noValidate aria-labelledby="add-title">
          <ErrorSummary id="add-errors" error={add.error} targets={{ day: 'f-day', kind: 'f-kind', note: 'f-note' }} />
          <TextField
            id="f-day"
            type="date"
            label={t('adminCalendar.day')}
            value={form.day}
            onChange={(v) => setForm((s) => ({ ...s, day: v }))}
            error={fieldMessage(add.error, 'day')}
            width="medium"
          />
          <SelectField
            id="f-kind"
            label={t('adminCalendar.kind')}
            value={form.kind}
            onChange={(v) => setForm((s) => ({ ...s, kind: v as CalendarKind }))}
            error={fieldMessage(add.error, 'kind')}
            options={calendarKinds.map((k) => ({ value: k, label: t(`calendarKind.${k}`) }))}
          />
          <TextField
            id="f-note"
            label={t('adminCalendar.note')}
            hint={t('adminCalendar.noteHint')}
            value={form.note}
            onChange={(v) => setForm((s) => ({ ...s, note: v }))}
            error={fieldMessage(add.error, 'note')}
            maxLength={200}
          />
          <button type="submit" className="button" disabled={add.busy}>
            {t('adminCalendar.save')}
          </button>
        </form>
      </section>

      {notice ? <Notice kind="success" title={notice} /> : null}
      {del.error ? <Notice kind="error" title={del.error.message} /> : null}

      <QueryView query={loaded}>
        {() => (
          <>
            <section className="section" aria-labelledby="year-title">
              <h2 id="year-title">{t('adminCalendar.yearTitle', { year })}</h2>
              <ul className="legend" aria-label={t('adminCalendar.legend')}>
                {calendarKinds.map((k) => (
                  <li key={k}>
                    <span className={`cal-day cal-day--${k}`} aria-hidden="true">
                      {letter(k)}
                    </span>{' '}
                    {t(`calendarKind.${k}`)}
                  </li>
                ))}
              </ul>
              <div className="year" aria-hidden="true">
                {Array.from({ length: 12 }, (_, m) => {
                  const first = new Date(Date.UTC(year, m, 1));
                  const lead = (first.getUTCDay() + 6) % 7;
                  const count = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
                  return (
                    <div className="month" key={m}>
                      <p className="month__name">{monthName(m)}</p>
                      <div className="month__grid">
                        {weekdays.map((w) => (
                          <span key={w} className="month__wd">
                            {w}
                          </span>
                        ))}
                        {Array.from({ length: lead }, (_, i) => (
                          <span key={`e${i}`} />
                        ))}
                        {Array.from({ length: count }, (_, i) => {
                          const day = `${year}-${pad(m + 1)}-${pad(i + 1)}`;
                          const ex = days.get(day);
                          const weekend = (lead + i) % 7 >= 5;
                          return (
                            <span
                              key={day}
                              className={`cal-day${ex ? ` cal-day--${ex.kind}` : weekend ? ' cal-day--weekend' : ''}`}
                              title={ex ? `${t(`calendarKind.${ex.kind}`)}${ex.note ? `: ${ex.note}` : ''}` : undefined}
                            >
                              {i + 1}
                            </span>
                          );
                        })}
                      </div>
                    </div>
                  );
                })}
              </div>
            </section>
            <section className="section" aria-labelledby="list-title">
              <h2 id="list-title">{t('adminCalendar.listTitle', { count: list.length })}</h2>
              {list.length ? (
                <div className="table-wrap" role="region" aria-labelledby="list-title" tabIndex={0}>
                  <table className="table table--stack table--dense">
                    <thead>
                      <tr>
                        <th scope="col">{t('adminCalendar.day')}</th>
                        <th scope="col">{t('adminCalendar.kind')}</th>
                        <th scope="col">{t('adminCalendar.note')}</th>
                        <th scope="col">{t('admin.actions')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((d) => (
                        <tr key={d.day}>
                          <th scope="row">{dayLabel(d.day)}</th>
                          <td data-label={t('adminCalendar.kind')}>{t(`calendarKind.${d.kind}`)}</td>
                          <td data-label={t('adminCalendar.note')}>{d.note ?? ''}</td>
                          <td data-label={t('admin.actions')}>
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              disabled={del.busy}
                              aria-label={t('adminCalendar.removeLabel', { day: dayLabel(d.day) })}
                              onClick={() => void remove(d.day)}
                            >
                              {t('adminCalendar.remove')}
                            </button>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <p className="muted">{t('adminCalendar.none')}</p>
              )}
            </section>
          </>
        )}
      </QueryView>
    </>
  );
}
