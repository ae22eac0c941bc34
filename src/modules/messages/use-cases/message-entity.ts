import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { EntityKind, EntitySummary } from '../../../core/module/entities.js';
import { conversationMessages, conversationParticipants } from '../db/schema.js';
import { conversationPath, messageType } from './common.js';

const excerptLength = 500;

/**
 * A message as moderation sees it once a member reported it: the message alone, never its conversation. It has no
 * public page, no comments and no author profile listing; only city moderators decide on it (no district).
 */
export const messageEntity: EntityKind = {
  type: messageType,
  async describe(db, ids) {
    const rows = ids.length ? await db.select().from(conversationMessages).where(inArray(conversationMessages.id, ids)) : [];
    return new Map(
      rows.map((r): [string, EntitySummary] => [
        r.id,
        {
          type: messageType,
          id: r.id,
          title: 'Личное сообщение',
          titleEn: 'Private message',
          excerpt: r.body.slice(0, excerptLength),
          path: conversationPath(r.conversationId),
          authorId: r.authorId,
          visible: r.moderation === 'visible',
          districtId: null,
          createdAt: r.createdAt,
        },
      ]),
    );
  },
  // a message exists only for the current members of its conversation: flags and follows from anyone else are 404
  async readableBy(db, id, userId) {
    const [row] = await db
      .select({ userId: conversationParticipants.userId })
      .from(conversationMessages)
      .innerJoin(conversationParticipants, eq(conversationParticipants.conversationId, conversationMessages.conversationId))
      .where(and(eq(conversationMessages.id, id), eq(conversationParticipants.userId, userId), isNull(conversationParticipants.leftAt)));
    return !!row;
  },
  async setModeration(tx, id, state, reason) {
    const rows = await tx
      .update(conversationMessages)
      .set({ moderation: state, moderationReason: reason })
      .where(eq(conversationMessages.id, id))
      .returning({ id: conversationMessages.id });
    return rows.length > 0;
  },
};
