import type { Db } from '../db/client.js';
import type { CalendarDayKind, WorkCalendar } from './calendar.js';
import { calendarDays } from './schema.js';

const ttlMs = 60_000;
const cache = new WeakMap<object, { at: number; calendar: Promise<WorkCalendar> }>();

/**
 * The working-day calendar from the database, cached for a minute per database handle (it changes
 * a few times a year; an edit in another process is seen within the minute).
 */
export function loadWorkCalendar(db: Db): Promise<WorkCalendar> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < ttlMs) return hit.calendar;
  const calendar = db
    .select({ day: calendarDays.day, kind: calendarDays.kind })
    .from(calendarDays)
    .then((rows) => new Map(rows.map((r) => [r.day, r.kind as CalendarDayKind])) as WorkCalendar);
  cache.set(db, { at: Date.now(), calendar });
  calendar.catch(() => cache.delete(db));
  return calendar;
}

/** Forgets the cached calendar of this database handle (after an administrator's edit). */
export function forgetWorkCalendar(db: Db): void {
  cache.delete(db);
}
