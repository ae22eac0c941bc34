import { and, desc, eq, sql } from 'drizzle-orm';
import { signedIn, allow } from '../../../core/auth/decision.js';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import { findEvent, findEvents, type EventRow } from '../db/queries.js';
import { events } from '../db/schema.js';
import { canReadEvent } from '../policy.js';
import { emitGroupPublished, eventPath, eventType, viewerFacts } from './common.js';

function summarize(row: EventRow): EntitySummary {
  return {
    type: eventType,
    id: row.id,
    title: row.title,
    excerpt: row.description.slice(0, 300),
    path: eventPath(row.id),
    authorId: row.organiserId,
    visible: row.moderation === 'visible',
    districtId: row.districtId,
    createdAt: row.createdAt,
  };
}

/** Anyone signed in may comment on an event anyone can see. */
const canCommentOnEvent = signedIn(function canCommentOnEvent() {
  return allow;
});

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Events as an entity kind: they host comments, can be followed (those who register do), flagged and moderated — a
 * resident's event waits in the moderators' queue, held, until a moderator makes it visible — and have a shareable
 * page; a profile lists the events a person organised.
 */
export const eventEntity: EntityKind = {
  type: eventType,
  pagePath: '/events/:id',

  async describe(db, ids) {
    return new Map(
      (
        await findEvents(
          db,
          ids.filter((id) => uuidPattern.test(id)),
        )
      ).map((row) => [row.id, summarize(row)]),
    );
  },

  async commentRules(db, id, actor) {
    if (!uuidPattern.test(id)) return null;
    const row = await findEvent(db, id);
    if (!row || !canReadEvent(actor, await viewerFacts(db, actor, row)).allowed) return null;
    return { decision: canCommentOnEvent(actor), stance: false, title: row.title, path: eventPath(row.id), commentCount: row.commentCount };
  },

  async onCommentsChanged(tx, id, change) {
    await tx
      .update(events)
      .set({ commentCount: sql`greatest(0, ${events.commentCount} + ${change.delta})` })
      .where(eq(events.id, id));
  },

  async setModeration(tx, id, state, reason) {
    if (!uuidPattern.test(id)) return false;
    const before = await findEvent(tx, id, { forUpdate: true });
    if (!before) return false;
    const [row] = await tx.update(events).set({ moderation: state, moderationReason: reason }).where(eq(events.id, id)).returning();
    // a group's event a moderator let through: now its members hear of it (once: only the way out of the queue)
    if (before.moderation === 'held' && state === 'visible') await emitGroupPublished(tx, null, row!);
    return true;
  },

  async authoredBy(db, userId, limit) {
    const rows = await db
      .select()
      .from(events)
      .where(and(eq(events.organiserId, userId), eq(events.moderation, 'visible')))
      .orderBy(desc(events.createdAt))
      .limit(limit);
    return rows.map(summarize);
  },
};
