import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../core/db/client.js';
import { conversationMessages, conversationParticipants, conversations, messageBlocks, messageSettings } from './schema.js';
import type { WhoMayWrite } from '../domain/rules.js';

export type ConversationRow = typeof conversations.$inferSelect;
export type ParticipantRow = typeof conversationParticipants.$inferSelect;
export type MessageRow = typeof conversationMessages.$inferSelect;

/** A person's messaging settings (the defaults without a row). */
export interface MessageSettings {
  whoMayWrite: WhoMayWrite;
  readReceipts: boolean;
  emailNotice: boolean;
}
export const defaultSettings: MessageSettings = { whoMayWrite: 'contacts', readReceipts: true, emailNotice: true };

export async function findConversation(db: Executor, id: string): Promise<ConversationRow | undefined> {
  const [row] = await db.select().from(conversations).where(eq(conversations.id, id)).limit(1);
  return row;
}

export async function findDirect(db: Executor, key: string): Promise<ConversationRow | undefined> {
  const [row] = await db.select().from(conversations).where(eq(conversations.directKey, key)).limit(1);
  return row;
}

/** Everyone who was ever in the conversation, left ones too, in joining order. */
export function participantsOf(db: Executor, conversationId: string): Promise<ParticipantRow[]> {
  return db
    .select()
    .from(conversationParticipants)
    .where(eq(conversationParticipants.conversationId, conversationId))
    .orderBy(asc(conversationParticipants.joinedAt));
}

/** Settings of several people, the defaults for those without a row. */
export async function settingsOf(db: Executor, userIds: string[]): Promise<Map<string, MessageSettings>> {
  const rows = userIds.length ? await db.select().from(messageSettings).where(inArray(messageSettings.userId, userIds)) : [];
  const found = new Map(rows.map((r) => [r.userId, { whoMayWrite: r.whoMayWrite, readReceipts: r.readReceipts, emailNotice: r.emailNotice }]));
  return new Map(userIds.map((id) => [id, found.get(id) ?? defaultSettings]));
}

export async function saveSettings(db: Executor, userId: string, s: MessageSettings): Promise<void> {
  await db
    .insert(messageSettings)
    .values({ userId, ...s })
    .onConflictDoUpdate({ target: messageSettings.userId, set: { ...s, updatedAt: new Date() } });
}

/** Of `blockers`, those who blocked `userId`. */
export async function blockersOf(db: Executor, userId: string, blockers: string[]): Promise<Set<string>> {
  if (!blockers.length) return new Set();
  const rows = await db
    .select({ id: messageBlocks.blockerId })
    .from(messageBlocks)
    .where(and(eq(messageBlocks.blockedId, userId), inArray(messageBlocks.blockerId, blockers)));
  return new Set(rows.map((r) => r.id));
}

/** The people `userId` blocked. */
export async function blockedBy(db: Executor, userId: string): Promise<string[]> {
  return (await db.select({ id: messageBlocks.blockedId }).from(messageBlocks).where(eq(messageBlocks.blockerId, userId))).map((r) => r.id);
}

export async function setBlock(db: Executor, blockerId: string, blockedId: string, blocked: boolean): Promise<void> {
  if (blocked) await db.insert(messageBlocks).values({ blockerId, blockedId }).onConflictDoNothing();
  else await db.delete(messageBlocks).where(and(eq(messageBlocks.blockerId, blockerId), eq(messageBlocks.blockedId, blockedId)));
}

/** Whether `author` wrote a message in a conversation `reader` is in ("whom I wrote first", from the reader's side). */
export async function hasWrittenTo(db: Executor, author: string, reader: string): Promise<boolean> {
  const rows = await queryRows<{ one: number }>(
    db,
    sql`select 1 as one from ${conversationMessages} m join ${conversationParticipants} p on p.conversation_id = m.conversation_id
        where m.author_id = ${author} and p.user_id = ${reader} limit 1`,
  );
  return rows.length > 0;
}

/** Adds people to a conversation (one who left comes back). */
export async function addParticipants(db: Executor, conversationId: string, userIds: string[], now = new Date()): Promise<void> {
  if (!userIds.length) return;
  await db
    .insert(conversationParticipants)
    .values(userIds.map((userId) => ({ conversationId, userId, joinedAt: now })))
    .onConflictDoUpdate({ target: [conversationParticipants.conversationId, conversationParticipants.userId], set: { leftAt: null } });
}

/** Stores a message, moves the conversation up its members' lists and counts it read by its author. */
export async function insertMessage(db: Executor, m: { conversationId: string; authorId: string; body: string; photoFileIds: string[] }): Promise<MessageRow> {
  const [row] = await db.insert(conversationMessages).values(m).returning();
  await db.update(conversations).set({ lastMessageAt: row!.createdAt }).where(eq(conversations.id, m.conversationId));
  await markRead(db, m.conversationId, m.authorId, row!.createdAt);
  return row!;
}

export async function markRead(db: Executor, conversationId: string, userId: string, at = new Date()): Promise<void> {
  await db
    .update(conversationParticipants)
    .set({ lastReadAt: at, noticedAt: null })
    .where(and(eq(conversationParticipants.conversationId, conversationId), eq(conversationParticipants.userId, userId)));
}

export async function leave(db: Executor, conversationId: string, userId: string): Promise<void> {
  await db
    .update(conversationParticipants)
    .set({ leftAt: new Date() })
    .where(
      and(eq(conversationParticipants.conversationId, conversationId), eq(conversationParticipants.userId, userId), isNull(conversationParticipants.leftAt)),
    );
}

/** A page of a conversation's messages, newest `limit` before `before` (when given), returned oldest first. */
export async function threadMessages(db: Executor, conversationId: string, limit: number, before?: Date): Promise<MessageRow[]> {
  const rows = await db
    .select()
    .from(conversationMessages)
    .where(and(eq(conversationMessages.conversationId, conversationId), before ? lt(conversationMessages.createdAt, before) : undefined))
    .orderBy(desc(conversationMessages.createdAt))
    .limit(limit);
  return rows.reverse();
}

/** One line of a person's conversation list. */
export interface ConversationLine {
  id: string;
  kind: ConversationRow['kind'];
  title: string | null;
  departmentId: string | null;
  lastMessageAt: Date;
  unread: number;
  /** The person muted it (false for a department's request they are not in). */
  muted: boolean;
  lastBody: string | null;
  lastAuthorId: string | null;
  memberIds: string[];
}

/**
 * The conversations a person is in (not left) and the requests to their departments, newest first, each with the
 * number of messages by others since they last read it (hidden ones do not count) and its last message.
 */
export async function conversationLines(db: Executor, userId: string, departmentIds: string[], limit: number): Promise<ConversationLine[]> {
  const rows = await queryRows<ConversationLine & { lastMessageAt: string | Date }>(
    db,
    sql`select c.id, c.kind, c.title, c.department_id as "departmentId", c.last_message_at as "lastMessageAt", coalesce(p.muted, false) as muted,
          (select count(*)::int from ${conversationMessages} m where m.conversation_id = c.id and m.moderation = 'visible'
             and m.author_id is distinct from ${userId} and (p.last_read_at is null or m.created_at > p.last_read_at)) as unread,
          l.body as "lastBody", l.author_id as "lastAuthorId",
          array(select q.user_id from ${conversationParticipants} q where q.conversation_id = c.id and q.left_at is null order by q.joined_at) as "memberIds"
        from ${conversations} c
        left join ${conversationParticipants} p on p.conversation_id = c.id and p.user_id = ${userId}
        left join lateral (select m.body, m.author_id from ${conversationMessages} m where m.conversation_id = c.id and m.moderation = 'visible'
                           order by m.created_at desc limit 1) l on true
        where (p.user_id is not null and p.left_at is null)
           or c.department_id = any(${`{${departmentIds.join(',')}}`}::text[])
        order by c.last_message_at desc limit ${limit}`,
  );
  return rows.map((r) => ({ ...r, lastMessageAt: new Date(r.lastMessageAt) }));
}

/**
 * The number of the person's conversations (not left, not muted) with a message by others they have not read: the
 * header's badge. Requests to their departments they never answered are in their list and the inbox, not here.
 */
export async function unreadConversationCount(db: Executor, userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${conversationParticipants} p
        where p.user_id = ${userId} and p.left_at is null and not p.muted
          and exists (select 1 from ${conversationMessages} m where m.conversation_id = p.conversation_id and m.moderation = 'visible'
                        and m.author_id is distinct from ${userId} and (p.last_read_at is null or m.created_at > p.last_read_at))`,
  );
  return row?.n ?? 0;
}

/** Mutes or unmutes a conversation for one member: a muted one sends no e-mail notice and is left out of the badge. */
export async function setMuted(db: Executor, conversationId: string, userId: string, muted: boolean): Promise<void> {
  await db
    .update(conversationParticipants)
    .set({ muted })
    .where(and(eq(conversationParticipants.conversationId, conversationId), eq(conversationParticipants.userId, userId)));
}
