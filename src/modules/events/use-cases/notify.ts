import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { cityDateTime } from '../../../core/time/time.js';
import { notify } from '../../notifications/index.js';
import { activeRegistrants } from '../db/queries.js';
import type { cityEventCancelled, cityEventMoved, cityEventPromoted, cityEventReminder } from '../events.js';

/**
 * The event was cancelled or moved: everyone registered or on the waitlist hears of it, with its time in the city's
 * clock (a moved event's new time) and a cancellation's reason. `event.cancelled`, `event.moved`.
 */
export async function tellRegistrants(event: EventOf<typeof cityEventCancelled | typeof cityEventMoved>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const when = cityDateTime(new Date(d.startsAt), ctx.config.cityTimezone);
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [
      {
        to: await activeRegistrants(tx, event.entityId),
        kind: event.type,
        data: { title: d.title, path: d.path, when, reason: 'reason' in d ? d.reason : null },
      },
    ]),
  );
  void ctx.mailer.flush();
}

/** People moved up from the waitlist: each hears they have a place now. */
export async function tellPromoted(event: EventOf<typeof cityEventPromoted>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const when = cityDateTime(new Date(d.startsAt), ctx.config.cityTimezone);
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [{ to: d.userIds, kind: 'event.promoted', data: { title: d.title, path: d.path, when } }]),
  );
  void ctx.mailer.flush();
}

/** A reminder: each registered person it names hears that the event is tomorrow, or soon (`event.reminder.day_before`, `.soon`). */
export async function tellReminded(event: EventOf<typeof cityEventReminder>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const when = cityDateTime(new Date(d.startsAt), ctx.config.cityTimezone);
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [{ to: d.userIds, kind: `event.reminder.${d.which}`, data: { title: d.title, path: d.path, when } }]),
  );
  void ctx.mailer.flush();
}
