import { inArray } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { departments } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople, type PublicPerson } from '../../accounts/index.js';
import {
  addParticipants,
  blockedBy,
  blockersOf,
  conversationLines,
  markRead,
  settingsOf,
  threadMessages,
  unreadConversationCount,
  type ConversationLine,
  type MessageRow,
} from '../db/queries.js';
import { linksIn } from '../domain/rules.js';
import { canSend, canUseMessages } from '../policy.js';
import { isContact, loadConversation, type LoadedConversation } from './common.js';

/** The departments whose requests a person answers (their official roles). */
const answeringFor = (actor: Actor) =>
  actor.kind === 'user' ? actor.roles.filter((g) => g.role === 'official' && g.scopeType === 'department' && g.scopeId).map((g) => g.scopeId!) : [];

/** Department names by id, in both languages. */
async function departmentNames(db: Executor, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map<string, { nameRu: string; nameEn: string }>();
  const rows = await db
    .select({ id: departments.id, nameRu: departments.nameRu, nameEn: departments.nameEn })
    .from(departments)
    .where(inArray(departments.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The caller's conversations and their departments' requests, newest first, with unread counts; and how many of their own (not muted) have unread messages. */
export async function listConversations(ctx: ModuleContext, actor: Actor) {
  authorize(actor, canUseMessages(actor));
  const db = ctx.database.db;
  const lines = await conversationLines(db, actor.userId, answeringFor(actor), 200);
  const people = await publicPeople(
    db,
    lines.flatMap((l) => l.memberIds),
  );
  const depts = await departmentNames(
    db,
    lines.map((l) => l.departmentId),
  );
  return { lines, people, departments: depts, unread: await unreadConversationCount(db, actor.userId), me: actor.userId };
}

/** How many of the caller's conversations (not muted) have messages they have not read: the header's badge. */
export async function countUnread(ctx: ModuleContext, actor: Actor): Promise<number> {
  authorize(actor, canUseMessages(actor));
  return unreadConversationCount(ctx.database.db, actor.userId);
}

/** A message as its reader gets it: links from someone the reader has not written to are marked. */
export interface ThreadMessage {
  row: MessageRow;
  linksFromStranger: boolean;
}

/**
 * A conversation with its latest messages (`before`: older ones), its members and, for members who allow it and
 * when the reader allows it too, how far each has read; whom the caller blocked, and whether they may write (not when
 * the other person of a direct conversation or request blocked them). 404 when the caller may not read it.
 */
export async function getConversation(ctx: ModuleContext, actor: Actor, id: string, before?: Date) {
  const db = ctx.database.db;
  const c = await loadConversation(db, actor, id);
  const rows = await threadMessages(db, c.row.id, 100, before);
  const authors = [...new Set(rows.map((r) => r.authorId).filter((a): a is string => !!a && a !== c.actor.userId))];
  const strangers = new Set<string>();
  // a stranger: the reader shares no group with them and never wrote to them
  for (const a of authors) if (!(await isContact(db, a, c.actor.userId))) strangers.add(a);
  const messages: ThreadMessage[] = rows.map((row) => ({
    row,
    linksFromStranger: !!row.authorId && strangers.has(row.authorId) && linksIn(row.body).length > 0,
  }));
  const people = await publicPeople(db, [...c.participants.map((p) => p.userId), ...authors]);
  const depts = await departmentNames(db, [c.row.departmentId]);
  const others = c.members.map((p) => p.userId).filter((id) => id !== c.actor.userId);
  const blockedByOther = c.row.kind !== 'group' && (await blockersOf(db, c.actor.userId, others)).size > 0;
  return {
    c,
    messages,
    people,
    departments: depts,
    receipts: await receiptsFor(db, c, actor),
    blocked: new Set(await blockedBy(db, c.actor.userId)),
    canWrite: canSend(c.actor, { ...c.facts, blockedByOther }).allowed,
  };
}

/** How far the other members have read, for those who share it, and only when the reader shares theirs (as messengers do). */
async function receiptsFor(db: Executor, c: LoadedConversation, actor: Actor): Promise<Map<string, Date | null>> {
  if (actor.kind !== 'user') return new Map();
  const settings = await settingsOf(db, [actor.userId, ...c.members.map((p) => p.userId)]);
  if (!settings.get(actor.userId)!.readReceipts) return new Map();
  return new Map(c.members.filter((p) => p.userId !== actor.userId && settings.get(p.userId)!.readReceipts).map((p) => [p.userId, p.lastReadAt]));
}

/** The caller has read the conversation up to now (an official reading their department's request joins it). 404 when they may not read it. */
export async function readConversation(ctx: ModuleContext, actor: Actor, id: string): Promise<void> {
  const db = ctx.database.db;
  const c = await loadConversation(db, actor, id);
  if (!c.facts.isParticipant) await addParticipants(db, c.row.id, [c.actor.userId]);
  await markRead(db, c.row.id, c.actor.userId);
}

export type { ConversationLine, PublicPerson };
