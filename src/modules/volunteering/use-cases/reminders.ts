import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { ModuleContext } from '../../../core/module/module.js';
import { findShift } from '../db/queries.js';
import { volunteerProjects, volunteerShifts, volunteerSignups } from '../db/schema.js';
import { volunteerShiftReminder } from '../events.js';
import { emitVolunteerEvent } from './common.js';

const hour = 3_600_000;
/** When each reminder is due: a day before the start, and two hours before (the first is skipped when the second is already due). */
const reminders = [
  { which: 'day_before', column: volunteerSignups.remindedDayBeforeAt, key: 'remindedDayBeforeAt', from: 2 * hour, to: 24 * hour },
  { which: 'soon', column: volunteerSignups.remindedSoonAt, key: 'remindedSoonAt', from: 0, to: 2 * hour },
] as const;

/**
 * The recurring job's work, as events' reminders (events/use-cases/reminders.ts): people signed up (not waiting) for
 * a shift that goes ahead, of a visible project, starting within a day (but not within two hours) get the day-before
 * reminder, and within two hours the "soon" one — each once per sign-up: the conditional UPDATE claims the reminder
 * (`reminded_*_at is null`) in the transaction that emits `volunteer.shift_reminder`, so a second run or server finds
 * nothing to send. A moved shift's reminders go again (use-cases/edit.ts clears them). Returns how many went out.
 */
export async function sendShiftReminders(ctx: ModuleContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  let sent = 0;
  for (const r of reminders) {
    const due = db
      .select({ id: volunteerShifts.id })
      .from(volunteerShifts)
      .innerJoin(volunteerProjects, eq(volunteerProjects.id, volunteerShifts.projectId))
      .where(
        and(
          isNull(volunteerShifts.cancelledAt),
          eq(volunteerProjects.moderation, 'visible'),
          gt(volunteerShifts.startsAt, new Date(now.getTime() + r.from)),
          lte(volunteerShifts.startsAt, new Date(now.getTime() + r.to)),
        ),
      );
    sent += await db.transaction(async (tx) => {
      const claimed = await tx
        .update(volunteerSignups)
        .set({ [r.key]: now })
        .where(and(eq(volunteerSignups.state, 'registered'), isNull(r.column), inArray(volunteerSignups.shiftId, due)))
        .returning({ shiftId: volunteerSignups.shiftId, userId: volunteerSignups.userId });
      const byShift = new Map<string, string[]>();
      for (const c of claimed) byShift.set(c.shiftId, [...(byShift.get(c.shiftId) ?? []), c.userId]);
      for (const [shiftId, userIds] of byShift) {
        const { shift, project } = (await findShift(tx, shiftId))!;
        const facts = { shiftId, shiftTitle: shift.title, startsAt: shift.startsAt.toISOString(), which: r.which, userIds, sentAt: now.toISOString() };
        await emitVolunteerEvent(tx, volunteerShiftReminder, null, project, facts);
      }
      return claimed.length;
    });
  }
  if (sent) ctx.jobs.kick();
  return sent;
}
