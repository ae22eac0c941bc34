import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { followersOf, notify } from '../../notifications/index.js';
import { adminIds, findGroup, standingsIn } from '../db/queries.js';
import type { groupJoinRequested, groupPostCreated } from '../events.js';
import { hearsOfPosts, outsider } from '../policy.js';
import { groupType } from './common.js';

const nameOf = async (ctx: ModuleContext, userId: string | null) =>
  userId ? ((await publicPeople(ctx.database.db, [userId])).get(userId)?.displayName ?? '') : '';

/** A request to join: the group's owners and admins hear who asked (`group.join_requested`), with a link to the group's page. */
export async function tellAdminsOfRequest(event: EventOf<typeof groupJoinRequested>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const actor = await nameOf(ctx, event.actorId);
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [
      { to: await adminIds(tx, d.groupId), kind: 'group.join_requested', data: { actor, title: d.title, path: `${d.path}#group-members` } },
    ]),
  );
  void ctx.mailer.flush();
}

/**
 * A new post: whoever follows the group and may read its feed now hears of it (`group.post_created`) — a members-only
 * group's followers only while they are members, and never a person the group banned.
 */
export async function tellFollowersOfPost(event: EventOf<typeof groupPostCreated>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const db = ctx.database.db;
  const group = await findGroup(db, d.groupId);
  if (!group) return;
  const followers = await followersOf(db, { entityType: groupType, entityId: group.id });
  const standings = await standingsIn(db, group.id, followers);
  const readers = followers.filter((userId) => hearsOfPosts(group, standings.get(userId) ?? outsider));
  const actor = await nameOf(ctx, event.actorId);
  await db.transaction(async (tx) =>
    notify(tx, ctx, event, [{ to: readers, kind: 'group.post_created', data: { actor, title: d.title, excerpt: d.excerpt, path: d.path } }]),
  );
  void ctx.mailer.flush();
}
