// Days on the test city's working-day calendar, as officials name due days.
import { addWorkingDays, isoDay, isWorkingDay, localDay } from '../src/core/time/calendar.js';
import { loadWorkCalendar } from '../src/core/time/calendar-store.js';
import type { TestApp } from './db.js';

/** The working day `days` working days ahead of today on the city's clock (a valid due day). */
export async function workingDayAhead(t: TestApp, days: number): Promise<string> {
  const tz = t.ctx.config.cityTimezone;
  const end = addWorkingDays(new Date(), days, await loadWorkCalendar(t.database.db), tz);
  return localDay(new Date(end.getTime() - 1), tz);
}

/** The next day after today that the calendar makes a day off (a due day it refuses). */
export async function nextDayOff(t: TestApp): Promise<string> {
  const calendar = await loadWorkCalendar(t.database.db);
  const [y, m, d] = localDay(new Date(), t.ctx.config.cityTimezone).split('-').map(Number) as [number, number, number];
  for (let k = 1; ; k++) if (!isWorkingDay(isoDay(y, m, d + k), calendar)) return isoDay(y, m, d + k);
}
