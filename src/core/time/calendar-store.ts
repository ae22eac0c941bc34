import { perDatabaseCache } from '../db/cache.js';
import type { Db } from '../db/client.js';
import type { CalendarDayKind, WorkCalendar } from './calendar.js';
import { calendarDays } from './schema.js';

// it changes a few times a year; an edit in another process is seen within the minute
const calendars = perDatabaseCache(60_000, (db) =>
  (db as Db)
    .select({ day: calendarDays.day, kind: calendarDays.kind })
    .from(calendarDays)
    .then((rows) => new Map(rows.map((r) => [r.day, r.kind as CalendarDayKind])) as WorkCalendar),
);

/** The working-day calendar from the database, cached for a minute per database handle. */
export function loadWorkCalendar(db: Db): Promise<WorkCalendar> {
  return calendars.get(db);
}

/** Forgets the cached calendar of this database handle (after an administrator's edit). */
export function forgetWorkCalendar(db: Db): void {
  calendars.forget(db);
}
