import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { departmentOfficials, follow, followersOf, notify } from '../../notifications/index.js';
import type { commitmentCreated, commitmentDelivered, commitmentDisputed, commitmentOverdue, commitmentProgressed } from '../events.js';

/** A new commitment: everyone following its source (supporters, authors, followers) follows it from now on. */
export async function sourceFollowersFollow(event: EventOf<typeof commitmentCreated>, ctx: ModuleContext): Promise<void> {
  const db = ctx.database.db;
  const ids = await followersOf(db, { entityType: event.data.sourceType, entityId: event.data.sourceId });
  await db.transaction(async (tx) => {
    for (const id of ids) await follow(tx, id, event);
  });
}

/** Progress and delivery: followers hear of it, with the link. */
export async function tellFollowers(event: EventOf<typeof commitmentProgressed | typeof commitmentDelivered>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [{ to: await followersOf(tx, event), kind: event.type, data: { title: d.title, path: d.path } }]),
  );
  void ctx.mailer.flush();
}

/** Overdue, or a delivery disputed: followers and the responsible department's officials hear of it. */
export async function tellFollowersAndDepartment(event: EventOf<typeof commitmentOverdue | typeof commitmentDisputed>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  await ctx.database.db.transaction(async (tx) => {
    const officials = await departmentOfficials(tx, d.departmentId);
    await notify(tx, ctx, event, [
      { to: officials, kind: `${event.type}.department`, data: { title: d.title, path: d.path, due: d.dueOn } },
      { to: await followersOf(tx, event), kind: event.type, data: { title: d.title, path: d.path, due: d.dueOn } },
    ]);
  });
  void ctx.mailer.flush();
}
