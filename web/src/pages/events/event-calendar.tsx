import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cityDayEnd, cityDayOf, cityDayStart } from '../../city-time.js';
import { Notice } from '../../components/notice.js';
import { QueryView } from '../../components/query-view.js';
import { useFormat } from '../../format.js';
import { EventWhere } from './event-card.js';
import type { EventSummary } from './event-bits.js';
import { useAllEvents } from './event-data.js';
import { eventQuery, type EventFilters } from './event-filters.js';

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (utc: number) => new Date(utc).toISOString().slice(0, 10);
const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The month the address names («2026-03»), else the city's current one. */
export function monthOf(value: string | null): string {
  return value && monthPattern.test(value) ? value : cityDayOf(new Date().toISOString()).slice(0, 7);
}

/** The month before or after («2026-01» → «2025-12»). */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The month's days as weeks from Monday (null: a day of the month before or after). */
function weeksOf(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => `${month}-${pad(i + 1)}`)];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Each city day of the month with the events on it (an event over several days is on each). */
function byDay(events: EventSummary[], month: string): Map<string, EventSummary[]> {
  const out = new Map<string, EventSummary[]>();
  for (const e of events) {
    const first = cityDayOf(e.startsAt);
    const last = cityDayOf(e.endsAt);
    for (let at = Date.parse(`${first}T00:00:00Z`); dayKey(at) <= last; at += 86_400_000) {
      const day = dayKey(at);
      if (!day.startsWith(month)) continue;
      out.set(day, [...(out.get(day) ?? []), e]);
    }
  }
  return out;
}

/**
 * A month of events on the city's calendar: a table of weeks (days as columns with their headers) on a wider screen,
 * and on a phone, where a week's row is too narrow to read, the days that have events as a list. Previous and next
 * month keep the filters.
 */
export function EventCalendar({ filters, month, monthHref }: { filters: EventFilters; month: string; monthHref(month: string): string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const lastDay = weeksOf(month).flat().filter(Boolean).at(-1)!;
  const events = useAllEvents(eventQuery(filters, { from: cityDayStart(`${month}-01`), to: cityDayEnd(lastDay) }));
  const [y, m] = month.split('-').map(Number) as [number, number];
  const title = capitalised(
    new Intl.DateTimeFormat(f.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15))).replace(/\s*г\.$/, ''),
  );

  return (
    <section className="event-cal" aria-labelledby="event-cal-title">
      <div className="event-cal__top">
        <h2 id="event-cal-title" className="event-cal__title" aria-live="polite">
          {title}
        </h2>
        <nav className="event-cal__nav" aria-label={t('events.monthNav')}>
          <Link className="button button--secondary button--small" to={monthHref(shiftMonth(month, -1))}>
            <span aria-hidden="true">{'←\u00a0'}</span>
            {t('events.prevMonth')}
          </Link>
          <Link className="button button--secondary button--small" to={monthHref(shiftMonth(month, 1))}>
            {t('events.nextMonth')}
            <span aria-hidden="true">{'\u00a0→'}</span>
          </Link>
        </nav>
      </div>
      <QueryView query={events}>
        {({ items, truncated }) => (
          <>
            {truncated ? <Notice kind="info" title={t('events.monthTruncated')} /> : null}
            {items.length === 0 ? <p role="status">{t('events.noneThisMonth', { month: title })}</p> : null}
            <MonthTable month={month} days={byDay(items, month)} caption={title} />
            <DayList days={byDay(items, month)} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function useDayFormats() {
  const f = useFormat();
  return useMemo(
    () => ({
      weekdayShort: new Intl.DateTimeFormat(f.locale, { weekday: 'short', timeZone: 'UTC' }),
      weekdayLong: new Intl.DateTimeFormat(f.locale, { weekday: 'long', timeZone: 'UTC' }),
      dayLong: new Intl.DateTimeFormat(f.locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
    }),
    [f.locale],
  );
}

/** The start time on the city's clock («14:00»), shown on the day an event starts. */
function useStartTime() {
  const f = useFormat();
  return (e: EventSummary, day: string) => (cityDayOf(e.startsAt) === day ? f.dateTime(e.startsAt).slice(f.date(e.startsAt).length + 2) : '…');
}

function MonthTable({ month, days, caption }: { month: string; days: Map<string, EventSummary[]>; caption: string }) {
  const { t } = useTranslation();
  const fmt = useDayFormats();
  const startTime = useStartTime();
  const today = cityDayOf(new Date().toISOString());
  // 1 January 2024 was a Monday
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)));
  return (
    <table className="event-cal__grid">
      <caption className="visually-hidden">{t('events.calendarCaption', { month: caption })}</caption>
      <thead>
        <tr>
          {weekdays.map((d) => (
            <th key={d.getTime()} scope="col">
              <abbr title={fmt.weekdayLong.format(d)}>{fmt.weekdayShort.format(d)}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeksOf(month).map((week, w) => (
          <tr key={w}>
            {week.map((day, i) =>
              day ? (
                <td
                  key={day}
                  className={day === today ? 'event-cal__day event-cal__day--today' : 'event-cal__day'}
                  aria-current={day === today ? 'date' : undefined}
                >
                  <span className="event-cal__date">{Number(day.slice(8))}</span>
                  {days.get(day)?.length ? (
                    <ul>
                      {days.get(day)!.map((e) => (
                        <li key={e.id} className={e.status === 'cancelled' ? 'event-cal__event event-cal__event--cancelled' : 'event-cal__event'}>
                          <Link to={`/events/${e.id}`}>
                            <span className="event-cal__time">{startTime(e, day)}</span> {e.title}
                            {e.status === 'cancelled' ? <span className="visually-hidden"> ({t('events.cancelled')})</span> : null}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              ) : (
                <td key={`empty-${w}-${i}`} className="event-cal__day event-cal__day--outside" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** On a phone: the days that have events, each with its events in order. */
function DayList({ days }: { days: Map<string, EventSummary[]> }) {
  const { t } = useTranslation();
  const fmt = useDayFormats();
  const startTime = useStartTime();
  const sorted = [...days.keys()].sort();
  if (!sorted.length) return null;
  return (
    <ol className="event-cal__days">
      {sorted.map((day) => (
        <li key={day}>
          <h3 className="event-cal__day-title">{capitalised(fmt.dayLong.format(new Date(`${day}T12:00:00Z`)))}</h3>
          <ul className="event-cal__day-events">
            {days.get(day)!.map((e) => (
              <li key={e.id}>
                <span className="event-cal__time">{startTime(e, day)}</span> <Link to={`/events/${e.id}`}>{e.title}</Link>
                {e.status === 'cancelled' ? <strong className="event-places--off"> · {t('events.cancelled')}</strong> : null}
                <span className="muted">
                  {' · '}
                  <EventWhere e={e} />
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
