import type { DomainEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { followerIds, insertFollow, type NewNotification } from '../db/queries.js';
import { commentCreatedDataSchema, contentModeratedDataSchema } from '../domain/events.js';
import { commentRecipients, shorten } from '../domain/recipients.js';
import { eventData } from './event-data.js';
import { recordNotifications } from './record-notifications.js';

const excerptLength = 200;

/**
 * A new comment: its author follows the host from now on; the host's followers hear of it, and the
 * author of the comment it answers gets a reply notification. A comment held for moderation (not
 * visible) is announced to nobody.
 */
export async function onCommentCreated(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = eventData(commentCreatedDataSchema, event, ctx);
  if (!d) return;
  const db = ctx.database.db;
  const comment = await ctx.entities.describeOne(db, event.entityType, event.entityId);
  const visible = comment?.visible ?? true;
  const actorName = event.actorId ? ((await publicPeople(db, [event.actorId])).get(event.actorId)?.displayName ?? '') : '';
  const data = { actor: actorName, title: d.hostTitle, excerpt: shorten(d.excerpt, excerptLength), path: `${d.hostPath}#comment-${event.entityId}` };
  await db.transaction(async (tx) => {
    if (event.actorId) await insertFollow(tx, { userId: event.actorId, entityType: d.hostType, entityId: d.hostId, origin: 'auto' });
    if (!visible) return;
    const recipients = commentRecipients({
      authorId: event.actorId,
      parentAuthorId: d.parentAuthorId ?? null,
      followerIds: await followerIds(tx, d.hostType, d.hostId),
    });
    await recordNotifications(
      tx,
      ctx,
      recipients.map((r) => ({ ...r, eventId: event.id, entityType: event.entityType, entityId: event.entityId, data })),
    );
  });
  void ctx.mailer.flush();
}

/** A new discussion (or anything else created with this reaction): its author follows it. */
export async function onCreatedAutoFollow(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  if (!event.actorId) return;
  await insertFollow(ctx.database.db, { userId: event.actorId, entityType: event.entityType, entityId: event.entityId, origin: 'auto' });
}

/** Content hidden or restored by moderation: its author is told, with the moderator's reason. */
export async function onContentModerated(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = eventData(contentModeratedDataSchema, event, ctx);
  if (!d) return;
  if (!d.authorId || d.authorId === event.actorId) return;
  const item: NewNotification = {
    userId: d.authorId,
    kind: event.type,
    eventId: event.id,
    entityType: event.entityType,
    entityId: event.entityId,
    data: { title: d.title, path: d.path, reason: d.reason ?? null, ...(d.pending ? { pending: true } : {}) },
  };
  await ctx.database.db.transaction((tx) => recordNotifications(tx, ctx, [item]));
  void ctx.mailer.flush();
}
