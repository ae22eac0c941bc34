import { and, eq, inArray } from 'drizzle-orm';
import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { cityDateTime } from '../../../core/time/time.js';
import { notify } from '../../notifications/index.js';
import { eventRegistrations } from '../db/schema.js';
import type { cityEventGroupPublished, cityEventMinutesPublished, cityEventOpenedOnSource } from '../events.js';

/** The minutes are out: everyone registered (present or not) hears of it (`event.minutes_published`). */
export async function tellMinutes(event: EventOf<typeof cityEventMinutesPublished>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  await ctx.database.db.transaction(async (tx) => {
    const rows = await tx
      .select({ userId: eventRegistrations.userId })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.entityId), inArray(eventRegistrations.state, ['registered', 'attended'])));
    await notify(tx, ctx, event, [{ to: rows.map((r) => r.userId), kind: 'event.minutes_published', data: { title: d.title, path: d.path } }]);
  });
  void ctx.mailer.flush();
}

/**
 * A meeting was opened on a poll, an initiative or a crowdsourcing project: everyone who took part in it (its module
 * says who, through the entity kind's `participants`) hears of it, with the time and from when they may register
 * (`event.meeting_on_source`).
 */
export async function tellParticipants(event: EventOf<typeof cityEventOpenedOnSource>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const kind = ctx.entities.get(d.sourceType);
  const to = kind?.participants ? await kind.participants(ctx.database.db, d.sourceId) : [];
  if (!to.length) return;
  const tz = ctx.config.cityTimezone;
  const when = cityDateTime(new Date(d.startsAt), tz);
  const from = d.priorityOpensAt ? cityDateTime(new Date(d.priorityOpensAt), tz) : null;
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [
      {
        to,
        kind: from ? 'event.meeting_on_source.priority' : 'event.meeting_on_source',
        data: { title: d.title, path: d.path, when, source: d.sourceTitle, ...(from ? { from } : {}) },
      },
    ]),
  );
  void ctx.mailer.flush();
}

/** The groups module's entity kind: its `participants` are a group's members. */
const groupEntityType = 'group';

/**
 * A group's event became public: the group's members (its entity kind's `participants`; never the one who organised
 * it) hear of it, with its time (`event.group_event`).
 */
export async function tellGroupMembers(event: EventOf<typeof cityEventGroupPublished>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const kind = ctx.entities.get(groupEntityType);
  const to = kind?.participants ? await kind.participants(ctx.database.db, d.groupId) : [];
  if (!to.length) return;
  const when = cityDateTime(new Date(d.startsAt), ctx.config.cityTimezone);
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [{ to, kind: 'event.group_event', data: { title: d.title, path: d.path, when, group: d.groupName } }]),
  );
  void ctx.mailer.flush();
}
