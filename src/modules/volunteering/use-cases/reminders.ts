import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import { remindedEntries, sendDueReminders, type ReminderSource } from '../../../core/jobs/reminders.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findShift } from '../db/queries.js';
import { volunteerProjects, volunteerShifts, volunteerSignups } from '../db/schema.js';
import { volunteerShiftReminder } from '../events.js';
import { emitVolunteerEvent } from './common.js';

/** Shifts' reminders (core/jobs/reminders.ts): those signed up for a shift that goes ahead, of a visible project. */
const shiftReminders: ReminderSource = {
  entries: remindedEntries(volunteerSignups, volunteerSignups.shiftId),
  due: (db, after, until) =>
    db
      .select({ id: volunteerShifts.id })
      .from(volunteerShifts)
      .innerJoin(volunteerProjects, eq(volunteerProjects.id, volunteerShifts.projectId))
      .where(
        and(
          isNull(volunteerShifts.cancelledAt),
          eq(volunteerProjects.moderation, 'visible'),
          gt(volunteerShifts.startsAt, after),
          lte(volunteerShifts.startsAt, until),
        ),
      ),
  async tell(tx, { which, sentAt }, people) {
    for (const [shiftId, userIds] of people) {
      const { shift, project } = (await findShift(tx, shiftId))!;
      const facts = { shiftId, shiftTitle: shift.title, startsAt: shift.startsAt.toISOString(), which, userIds, sentAt: sentAt.toISOString() };
      await emitVolunteerEvent(tx, volunteerShiftReminder, null, project, facts);
    }
  },
};

/**
 * The recurring job's work, as events' reminders: people signed up (not waiting) for a shift that goes ahead, of a
 * visible project, get the day-before and the two-hours-before reminder, each once per sign-up (core/jobs/reminders.ts
 * claims `reminded_*_at` in the transaction that emits `volunteer.shift_reminder`). A moved shift's reminders go
 * again (use-cases/edit.ts clears them). Returns how many went out.
 */
export async function sendShiftReminders(ctx: ModuleContext, now = new Date()): Promise<number> {
  const sent = await sendDueReminders(ctx.database.db, shiftReminders, now);
  if (sent) ctx.jobs.kick();
  return sent;
}
