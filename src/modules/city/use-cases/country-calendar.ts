import fs from 'node:fs';
import { inArray } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { forgetWorkCalendar } from '../../../core/time/calendar-store.js';
import { calendarDays } from '../../../core/time/schema.js';
import { fixedHolidays, parseCalendarCsv, type CalendarEntry } from '../domain/calendar-days.js';
import { canEditCalendar } from '../policy.js';
import { readIdentity } from './city-identity.js';
import { fromRoot } from '../../../core/paths.js';

/** Russia's published working-day calendar for 2026 (see data/SOURCES.md). */
export const russianCalendarFile = fromRoot('data', 'ru_calendar_2026.csv');

/**
 * The working-day calendar Gorod ships for a country: for Russia (the only one yet) its published 2026 with the
 * transfers, and the fixed public holidays of 2027 (its transfers are published in the autumn before).
 */
export function shippedCalendar(country: string): CalendarEntry[] {
  if (country !== 'RU') return [];
  return [...parseCalendarCsv(fs.readFileSync(russianCalendarFile, 'utf8')), ...fixedHolidays(2027)];
}

/**
 * Adds a calendar's days (the city's country's shipped one, or a file's) in one transaction. A day already listed
 * stays as an administrator listed it, so loading again changes nothing. Audited `calendar.loaded` with the counts;
 * the command line acts as nobody (`actor` null).
 */
export async function loadCalendar(
  ctx: ModuleContext,
  actor: Actor | null,
  source: { entries: CalendarEntry[]; name: string },
): Promise<{ source: string; added: number; kept: number }> {
  if (actor) authorize(actor, canEditCalendar(actor));
  const actorId = actor?.kind === 'user' ? actor.userId : null;
  const db = ctx.database.db;
  const result = await db.transaction(async (tx) => {
    const days = source.entries.map((e) => e.day);
    const listed = days.length ? await tx.select({ day: calendarDays.day }).from(calendarDays).where(inArray(calendarDays.day, days)) : [];
    const taken = new Set(listed.map((r) => r.day));
    const fresh = source.entries.filter((e) => !taken.has(e.day));
    if (fresh.length)
      await tx
        .insert(calendarDays)
        .values(fresh.map((e) => ({ ...e, updatedBy: actorId })))
        .onConflictDoNothing();
    await appendAudit(tx, {
      actorId,
      action: 'calendar.loaded',
      subjectType: 'calendar',
      subjectId: null,
      data: { source: source.name, added: fresh.length, kept: taken.size },
    });
    return { source: source.name, added: fresh.length, kept: taken.size };
  });
  forgetWorkCalendar(db);
  return result;
}

/** Loads the calendar shipped for the city's country; 409 when Gorod ships none for it. */
export async function loadCountryCalendar(ctx: ModuleContext, actor: Actor | null) {
  if (actor) authorize(actor, canEditCalendar(actor));
  const { country } = await readIdentity(ctx);
  const entries = shippedCalendar(country);
  if (!entries.length) throw new AppError(409, 'calendar_country_unknown', { country });
  return loadCalendar(ctx, actor, { entries, name: country });
}
