import { and, eq, gt, lte } from 'drizzle-orm';
import { remindedEntries, sendDueReminders, type ReminderSource } from '../../../core/jobs/reminders.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findEvents } from '../db/queries.js';
import { eventRegistrations, events } from '../db/schema.js';
import { cityEventReminder } from '../events.js';
import { emitCityEvent } from './common.js';

/** Events' reminders (core/jobs/reminders.ts): those registered for a published, visible event, told by `event.reminder`. */
const eventReminders: ReminderSource = {
  entries: remindedEntries(eventRegistrations, eventRegistrations.eventId),
  due: (db, after, until) =>
    db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.status, 'published'), eq(events.moderation, 'visible'), gt(events.startsAt, after), lte(events.startsAt, until))),
  async tell(tx, { which, sentAt }, people) {
    for (const row of await findEvents(tx, [...people.keys()]))
      await emitCityEvent(tx, cityEventReminder, null, row, { which, userIds: people.get(row.id)!, sentAt: sentAt.toISOString() });
  },
};

/**
 * The recurring job's work: people registered for a published, visible event get the day-before and the
 * two-hours-before reminder, each once per registration (core/jobs/reminders.ts claims `reminded_*_at` in the
 * transaction that emits `event.reminder`). Returns how many reminders went out.
 */
export async function sendReminders(ctx: ModuleContext, now = new Date()): Promise<number> {
  const sent = await sendDueReminders(ctx.database.db, eventReminders, now);
  if (sent) ctx.jobs.kick();
  return sent;
}
