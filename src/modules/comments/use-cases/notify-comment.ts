import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { follow, followersOf, notify } from '../../notifications/index.js';
import type { commentCreated } from '../events.js';

/**
 * A new comment: its author follows the host from now on; the author of the comment it answers hears of a reply,
 * and the host's followers of a comment (once each, never its author). A comment held for moderation (not visible)
 * is announced to nobody.
 */
export async function tellOfComment(event: EventOf<typeof commentCreated>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const db = ctx.database.db;
  const comment = await ctx.entities.describeOne(db, event.entityType, event.entityId);
  const visible = comment?.visible ?? true;
  const actorName = event.actorId ? ((await publicPeople(db, [event.actorId])).get(event.actorId)?.displayName ?? '') : '';
  const data = { actor: actorName, title: d.hostTitle, titleEn: d.hostTitleEn, excerpt: d.excerpt, path: `${d.hostPath}#comment-${event.entityId}` };
  const host = { entityType: d.hostType, entityId: d.hostId };
  await db.transaction(async (tx) => {
    if (event.actorId) await follow(tx, event.actorId, host);
    if (!visible) return;
    await notify(tx, ctx, event, [
      { to: [d.parentAuthorId], kind: 'comment.reply', data },
      { to: await followersOf(tx, host), kind: 'comment.created', data },
    ]);
  });
  void ctx.mailer.flush();
}
