import { and, eq, isNull, sql } from 'drizzle-orm';
import { queryRows } from '../../../core/db/client.js';
import { emitEvent, type EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { notify } from '../../notifications/index.js';
import { settingsOf } from '../db/queries.js';
import { conversationMessages, conversationParticipants } from '../db/schema.js';
import { messagesUnread } from '../events.js';
import { conversationPath, conversationType } from './common.js';

/**
 * The delayed job of one person and conversation: when they still have unread messages there, have not muted or left
 * it, want notices and were not told of this unread spell yet, it records `messages.unread` once (reading the
 * conversation starts a new spell). Idempotent: the spell is marked in the same transaction.
 */
export async function sendUnreadNotice(ctx: ModuleContext, payload: { conversationId: string; userId: string }): Promise<void> {
  const db = ctx.database.db;
  const { conversationId, userId } = payload;
  const settings = (await settingsOf(db, [userId])).get(userId)!;
  if (!settings.emailNotice) return;
  const emitted = await db.transaction(async (tx) => {
    const [p] = await tx
      .select()
      .from(conversationParticipants)
      .where(
        and(
          eq(conversationParticipants.conversationId, conversationId),
          eq(conversationParticipants.userId, userId),
          isNull(conversationParticipants.noticedAt),
        ),
      )
      .for('update');
    if (!p || p.leftAt || p.muted) return false;
    const [row] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from ${conversationMessages} m where m.conversation_id = ${conversationId} and m.moderation = 'visible'
          and m.author_id is distinct from ${userId} and (${p.lastReadAt}::timestamptz is null or m.created_at > ${p.lastReadAt}::timestamptz)`,
    );
    if (!row?.n) return false;
    await tx
      .update(conversationParticipants)
      .set({ noticedAt: new Date() })
      .where(and(eq(conversationParticipants.conversationId, conversationId), eq(conversationParticipants.userId, userId)));
    await emitEvent(tx, messagesUnread, {
      actorId: null,
      entityType: conversationType,
      entityId: conversationId,
      data: { userId, count: row.n, path: conversationPath(conversationId) },
    });
    return true;
  });
  if (emitted) ctx.jobs.kick();
}

/** The person hears of their unread messages in the notification centre and by e-mail as their mail mode says (at once or in the digest). */
export async function tellOfUnread(event: EventOf<typeof messagesUnread>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [{ to: [d.userId], kind: 'messages.unread', data: { count: String(d.count), path: d.path } }]),
  );
  void ctx.mailer.flush();
}
