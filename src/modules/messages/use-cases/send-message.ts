import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { departments } from '../../../core/city/schema.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { addParticipants, blockersOf, findDirect, insertMessage, type MessageRow } from '../db/queries.js';
import { conversations } from '../db/schema.js';
import { directKey, messageLimits } from '../domain/rules.js';
import { canAskDepartment, canSend, canUseMessages } from '../policy.js';
import { assertMayWriteTo, checkPhotos, loadConversation, publishLive, queueUnreadNotices } from './common.js';

/** What a person writes: text (cleaned by the route's schema) and photos from the shared upload. */
export interface NewMessage {
  text: string;
  photoFileIds?: string[] | undefined;
}

/**
 * Sends a message in a conversation the caller may write in. 404 when they may not read it, 403 `message_blocked`
 * when the other person of a direct conversation or request blocked them, 400 for a photo that is not their upload.
 * An official answering their department's request joins it. The others' open pages hear of it after the commit.
 */
export async function sendMessage(ctx: ModuleContext, actor: Actor, conversationId: string, input: NewMessage): Promise<MessageRow> {
  authorize(actor, canUseMessages(actor));
  const db = ctx.database.db;
  const c = await loadConversation(db, actor, conversationId);
  const others = c.members.map((p) => p.userId).filter((id) => id !== actor.userId);
  const blockers = c.row.kind === 'group' ? new Set<string>() : await blockersOf(db, actor.userId, others);
  authorize(actor, canSend(actor, { ...c.facts, blockedByOther: blockers.size > 0 }));
  const message = await db.transaction(async (tx) => {
    await checkPhotos(tx, actor.userId, input.photoFileIds ?? []);
    if (!c.facts.isParticipant) await addParticipants(tx, c.row.id, [actor.userId]);
    const row = await insertMessage(tx, { conversationId: c.row.id, authorId: actor.userId, body: input.text, photoFileIds: input.photoFileIds ?? [] });
    await queueUnreadNotices(tx, c.row.id, others);
    return row;
  });
  await publishLive(ctx, others, { type: 'message', data: { conversationId: c.row.id, messageId: message.id } });
  return message;
}

/** Whom a new conversation goes to: people (one: a direct conversation; several: a group chat) or a department (a request). */
export interface NewConversation extends NewMessage {
  recipientIds?: string[] | undefined;
  toDepartment?: string | undefined;
  title?: string | undefined;
}

/**
 * Starts a conversation with its first message; to one person whom the caller already writes to, the message goes
 * into their one direct conversation. Each person must accept the caller (403 `recipient_accepts_contacts_only`,
 * `recipient_accepts_nobody` naming them, `message_blocked`); 400 naming `recipientIds` for nobody or an unknown person,
 * `toDepartment` for an unknown or retired department; 409 `group_chat_full` beyond 100 members.
 */
export async function startConversation(ctx: ModuleContext, actor: Actor, input: NewConversation): Promise<{ conversationId: string; message: MessageRow }> {
  authorize(actor, canUseMessages(actor));
  const db = ctx.database.db;
  if (input.toDepartment) return askDepartment(ctx, actor, input.toDepartment, input);
  const to = [...new Set(input.recipientIds ?? [])].filter((id) => id !== actor.userId);
  if (!to.length) throw fieldError('recipientIds', 'messages.to_required');
  if (to.length + 1 > messageLimits.groupMembers) throw new AppError(409, 'group_chat_full');
  await assertMayWriteTo(db, actor, to, 'recipientIds');
  if (to.length === 1) {
    const existing = await findDirect(db, directKey(actor.userId, to[0]!));
    if (existing) {
      await addParticipants(db, existing.id, [actor.userId, to[0]!]);
      return { conversationId: existing.id, message: await sendMessage(ctx, actor, existing.id, input) };
    }
  }
  const kind = to.length === 1 ? 'direct' : 'group';
  const id = await db.transaction(async (tx) => {
    await checkPhotos(tx, actor.userId, input.photoFileIds ?? []);
    const [row] = await tx
      .insert(conversations)
      .values({
        kind,
        title: kind === 'group' ? input.title || null : null,
        directKey: kind === 'direct' ? directKey(actor.userId, to[0]!) : null,
        createdBy: actor.userId,
      })
      // two first messages at once between the same pair: the second goes into the first's conversation below
      .onConflictDoNothing()
      .returning({ id: conversations.id });
    if (!row) return null;
    await addParticipants(tx, row.id, [actor.userId, ...to]);
    return row.id;
  });
  const conversationId = id ?? (await findDirect(db, directKey(actor.userId, to[0]!)))!.id;
  return { conversationId, message: await sendMessage(ctx, actor, conversationId, input) };
}

/** A request to a working department: its officials see and answer it (they join when they answer). 400 for a retired one. */
async function askDepartment(ctx: ModuleContext, actor: Actor, departmentId: string, input: NewMessage) {
  authorize(actor, canAskDepartment(actor));
  const db = ctx.database.db;
  // a retired department answers nobody any more: it is not offered, and not taken either
  const [department] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.id, departmentId), isNull(departments.retiredAt)))
    .limit(1);
  if (!department) throw fieldError('toDepartment', 'messages.department_unknown');
  const conversationId = await db.transaction(async (tx) => {
    const [row] = await tx.insert(conversations).values({ kind: 'request', departmentId, createdBy: actor.userId }).returning({ id: conversations.id });
    await addParticipants(tx, row!.id, [actor.userId]);
    return row!.id;
  });
  return { conversationId, message: await sendMessage(ctx, actor, conversationId, input) };
}
