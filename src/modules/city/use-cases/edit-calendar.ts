import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import type { CalendarDayKind } from '../../../core/time/calendar.js';
import { forgetWorkCalendar } from '../../../core/time/calendar-store.js';
import { calendarDays } from '../../../core/time/schema.js';
import { calendarEntryProblem, isIsoDay, type CalendarEntry } from '../domain/calendar-days.js';
import { canEditCalendar } from '../policy.js';

/**
 * Administrators list a day as a holiday, a transferred day off, a working weekend or a short day
 * (or change how it is listed); audited `calendar_day.set`. Deadlines count it from the next
 * computation on (the cached calendar is forgotten after commit).
 */
export async function setCalendarDay(
  ctx: ModuleContext,
  actor: Actor,
  day: string,
  input: { kind: CalendarDayKind; note?: string | null | undefined },
): Promise<CalendarEntry> {
  authorize(actor, canEditCalendar(actor));
  if (!isIsoDay(day)) throw fieldError('day', 'field.calendar_day');
  const problem = calendarEntryProblem(day, input.kind);
  if (problem) throw fieldError('kind', `field.${problem}`);
  // cleaned by the route's schema (core/text)
  const note = input.note || null;
  const db = ctx.database.db;
  const entry = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.day, day)).for('update');
    const [row] = await tx
      .insert(calendarDays)
      .values({ day, kind: input.kind, note, updatedBy: actor.userId, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: calendarDays.day,
        set: { kind: sql`excluded.kind`, note: sql`excluded.note`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`excluded.updated_at` },
      })
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'calendar_day.set',
      subjectType: 'calendar_day',
      subjectId: day,
      data: { kind: input.kind, note, previousKind: before?.kind ?? null },
    });
    return { day: row!.day, kind: row!.kind, note: row!.note };
  });
  forgetWorkCalendar(db);
  return entry;
}

/** Administrators take a day off the list (it becomes an ordinary weekday or weekend again); audited. 404 when it was not listed. */
export async function removeCalendarDay(ctx: ModuleContext, actor: Actor, day: string): Promise<void> {
  authorize(actor, canEditCalendar(actor));
  if (!isIsoDay(day)) throw fieldError('day', 'field.calendar_day');
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(calendarDays).where(eq(calendarDays.day, day)).returning();
    if (!row) throw new AppError(404, 'calendar_day_not_found');
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'calendar_day.removed',
      subjectType: 'calendar_day',
      subjectId: day,
      data: { kind: row.kind, note: row.note },
    });
  });
  forgetWorkCalendar(db);
}
