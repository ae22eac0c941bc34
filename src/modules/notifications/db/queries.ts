import crypto from 'node:crypto';
import { and, count, desc, eq, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { follows, notifications, notificationSettings } from './schema.js';

export type FollowRow = typeof follows.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;
export type SettingsRow = typeof notificationSettings.$inferSelect;
export type EmailMode = SettingsRow['emailMode'];

// ---- follows

/** Follows an entity; an existing follow (manual or automatic) stays as it is. */
export async function insertFollow(db: Executor, f: { userId: string; entityType: string; entityId: string; origin: 'manual' | 'auto' }): Promise<void> {
  await db.insert(follows).values(f).onConflictDoNothing();
}

export async function deleteFollow(db: Executor, f: { userId: string; entityType: string; entityId: string }): Promise<void> {
  await db.delete(follows).where(and(eq(follows.userId, f.userId), eq(follows.entityType, f.entityType), eq(follows.entityId, f.entityId)));
}

/** How many follow an entity, and whether `userId` (if any) is one of them. */
export async function followFacts(
  db: Executor,
  entityType: string,
  entityId: string,
  userId: string | null,
): Promise<{ following: boolean; followers: number }> {
  const [row] = await db
    .select({
      followers: count(),
      mine: userId ? sql<number>`count(*) filter (where ${follows.userId} = ${userId})::int` : sql<number>`0`,
    })
    .from(follows)
    .where(and(eq(follows.entityType, entityType), eq(follows.entityId, entityId)));
  return { following: Number(row?.mine ?? 0) > 0, followers: Number(row?.followers ?? 0) };
}

/** Everyone following an entity. */
export async function followerIds(db: Executor, entityType: string, entityId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: follows.userId })
    .from(follows)
    .where(and(eq(follows.entityType, entityType), eq(follows.entityId, entityId)));
  return rows.map((r) => r.userId);
}

/** What a person follows, newest first, with the total. */
export async function followsOf(db: Executor, userId: string, page: { limit: number; offset: number }): Promise<{ rows: FollowRow[]; total: number }> {
  const rows = await db
    .select()
    .from(follows)
    .where(eq(follows.userId, userId))
    .orderBy(desc(follows.createdAt), desc(follows.entityId))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(follows).where(eq(follows.userId, userId));
  return { rows, total: Number(total?.n ?? 0) };
}

// ---- notifications

export interface NewNotification {
  userId: string;
  kind: string;
  eventId: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
}

/** Inserts notifications; one per person per event, so a retried event adds nothing. Returns the new ones. */
export async function insertNotifications(db: Executor, rows: NewNotification[]): Promise<NotificationRow[]> {
  if (!rows.length) return [];
  return db.insert(notifications).values(rows).onConflictDoNothing().returning();
}

export async function markEmailed(db: Executor, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db
    .update(notifications)
    .set({ emailedAt: sql`now()` })
    .where(inArray(notifications.id, ids));
}

/**
 * A page of a person's notifications, newest first, before a time. The cursor keeps the database's
 * microseconds (a JavaScript date would round them away and skip rows on the next page).
 */
export async function notificationsOf(
  db: Executor,
  userId: string,
  page: { limit: number; before?: string | undefined },
): Promise<(NotificationRow & { cursor: string })[]> {
  return db
    .select({
      id: notifications.id,
      userId: notifications.userId,
      kind: notifications.kind,
      eventId: notifications.eventId,
      entityType: notifications.entityType,
      entityId: notifications.entityId,
      data: notifications.data,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      emailedAt: notifications.emailedAt,
      cursor: sql<string>`to_char(${notifications.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), page.before ? lt(notifications.createdAt, sql`${page.before}::timestamptz`) : undefined))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(page.limit);
}

export async function unreadCount(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks some (or all) of a person's notifications read; others' ids are ignored. */
export async function markRead(db: Executor, userId: string, ids: string[] | 'all'): Promise<void> {
  if (ids !== 'all' && !ids.length) return;
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids === 'all' ? undefined : inArray(notifications.id, ids)));
}

/** People in digest mode with something not yet mailed since they chose it. */
export async function digestRecipientIds(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ userId: notificationSettings.userId })
    .from(notificationSettings)
    .where(
      and(
        eq(notificationSettings.emailMode, 'digest'),
        sql`exists (select 1 from ${notifications} n where n.user_id = ${notificationSettings.userId} and n.emailed_at is null and n.created_at >= ${notificationSettings.updatedAt})`,
      ),
    );
  return rows.map((r) => r.userId);
}

/**
 * Takes a person's unmailed notifications since they chose digest mode, marking them mailed in the
 * caller's transaction (a concurrent digest run finds none left); oldest first.
 */
export async function claimForDigest(db: Executor, userId: string): Promise<NotificationRow[]> {
  const rows = await db
    .update(notifications)
    .set({ emailedAt: sql`now()` })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.emailedAt),
        // compared in the database: a JavaScript date would lose the microseconds
        sql`${notifications.createdAt} >= (select s.updated_at from ${notificationSettings} s where s.user_id = ${userId})`,
      ),
    )
    .returning();
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

// ---- settings

/** A secret for unsubscribe links: 32 random bytes, base64url. */
export function newUnsubscribeToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Settings of several people, creating the missing rows (with their unsubscribe secret) on the way. */
export async function ensureSettings(db: Executor, userIds: string[]): Promise<Map<string, SettingsRow>> {
  const unique = [...new Set(userIds)];
  if (!unique.length) return new Map();
  await db
    .insert(notificationSettings)
    .values(unique.map((userId) => ({ userId, unsubscribeToken: newUnsubscribeToken() })))
    .onConflictDoNothing();
  const rows = await db.select().from(notificationSettings).where(inArray(notificationSettings.userId, unique));
  return new Map(rows.map((r) => [r.userId, r]));
}

export async function findSettings(db: Executor, userId: string, opts: { forUpdate?: boolean } = {}): Promise<SettingsRow | undefined> {
  const q = db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId)).limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

/**
 * Sets the e-mail mode. The change time is kept only when the mode really changes: a digest covers
 * what arrived while digest mode was on, not what came while mail was off.
 */
export async function setEmailMode(db: Executor, where: { userId: string } | { token: string }, mode: EmailMode): Promise<SettingsRow | undefined> {
  const match = 'userId' in where ? eq(notificationSettings.userId, where.userId) : eq(notificationSettings.unsubscribeToken, where.token);
  const [changed] = await db
    .update(notificationSettings)
    .set({ emailMode: mode, updatedAt: sql`now()` })
    .where(and(match, ne(notificationSettings.emailMode, mode)))
    .returning();
  if (changed) return changed;
  const [same] = await db.select().from(notificationSettings).where(match).limit(1);
  return same;
}

export async function markDigestSent(db: Executor, userId: string): Promise<void> {
  await db
    .update(notificationSettings)
    .set({ lastDigestAt: sql`now()` })
    .where(eq(notificationSettings.userId, userId));
}
