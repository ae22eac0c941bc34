import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { ModuleContext } from '../../../core/module/module.js';
import { findEvents } from '../db/queries.js';
import { eventRegistrations, events } from '../db/schema.js';
import { cityEventReminder } from '../events.js';
import { emitCityEvent } from './common.js';

const hour = 3_600_000;
/** When each reminder is due: a day before the start, and two hours before (the first is skipped when the second is already due). */
const reminders = [
  { which: 'day_before', column: eventRegistrations.remindedDayBeforeAt, key: 'remindedDayBeforeAt', from: 2 * hour, to: 24 * hour },
  { which: 'soon', column: eventRegistrations.remindedSoonAt, key: 'remindedSoonAt', from: 0, to: 2 * hour },
] as const;

/**
 * The recurring job's work: people registered for a published, visible event starting within a day (but not within
 * two hours) get the day-before reminder, and within two hours the "soon" one — each once per registration: the
 * conditional UPDATE claims the row's reminder (`reminded_*_at is null`) in the same transaction that emits
 * `event.reminder`, so a second run or a second server finds nothing to send. Returns how many reminders went out.
 */
export async function sendReminders(ctx: ModuleContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  let sent = 0;
  for (const r of reminders) {
    const due = db
      .select({ id: events.id })
      .from(events)
      .where(
        and(
          eq(events.status, 'published'),
          eq(events.moderation, 'visible'),
          gt(events.startsAt, new Date(now.getTime() + r.from)),
          lte(events.startsAt, new Date(now.getTime() + r.to)),
        ),
      );
    sent += await db.transaction(async (tx) => {
      const claimed = await tx
        .update(eventRegistrations)
        .set({ [r.key]: now })
        .where(and(eq(eventRegistrations.state, 'registered'), isNull(r.column), inArray(eventRegistrations.eventId, due)))
        .returning({ eventId: eventRegistrations.eventId, userId: eventRegistrations.userId });
      const byEvent = new Map<string, string[]>();
      for (const c of claimed) byEvent.set(c.eventId, [...(byEvent.get(c.eventId) ?? []), c.userId]);
      for (const row of await findEvents(tx, [...byEvent.keys()])) {
        await emitCityEvent(tx, cityEventReminder, null, row, { which: r.which, userIds: byEvent.get(row.id)!, sentAt: now.toISOString() });
      }
      return claimed.length;
    });
  }
  if (sent) ctx.jobs.kick();
  return sent;
}
