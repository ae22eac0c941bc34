import { localParts, zonedToUtc } from './time.js';

/** How a listed day differs from the plain five-day week. */
export type CalendarDayKind = 'holiday' | 'day_off_transferred' | 'working_weekend' | 'short_day';

/** The exceptions to the five-day week, by local date `YYYY-MM-DD`. */
export type WorkCalendar = ReadonlyMap<string, CalendarDayKind>;

/** A local date as `YYYY-MM-DD` from year, month (1–12) and day; the day may overflow the month. */
export function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** The local date of an instant in the city's zone. */
export function localDay(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return isoDay(p.year, p.month, p.day);
}

/** Whether people work on a local date: weekdays unless a holiday or a transferred day off; weekends only when listed as working. */
export function isWorkingDay(day: string, calendar: WorkCalendar): boolean {
  const kind = calendar.get(day);
  if (kind === 'holiday' || kind === 'day_off_transferred') return false;
  if (kind === 'working_weekend') return true;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return isoDay(y, m, d + 1);
}

/**
 * The deadline `days` working days after an instant: the end of the `days`-th working day after
 * the local day it happened on (a report filed on Friday evening with one working day is due at the
 * end of Monday, or of Tuesday when Monday is a holiday). The end of a day is the next local
 * midnight, as an instant. `days = 0` is the end of the same local day.
 */
export function addWorkingDays(from: Date, days: number, calendar: WorkCalendar, timeZone: string): Date {
  let day = localDay(from, timeZone);
  for (let counted = 0; counted < days;) {
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) counted++;
  }
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return zonedToUtc(y, m, d + 1, 0, timeZone);
}

/** Working days from the local day of `from` (exclusive) to the local day of `to` (inclusive); 0 when `to` is not later. */
export function workingDaysBetween(from: Date, to: Date, calendar: WorkCalendar, timeZone: string): number {
  let day = localDay(from, timeZone);
  const last = localDay(to, timeZone);
  let n = 0;
  while (day < last) {
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) n++;
  }
  return n;
}
