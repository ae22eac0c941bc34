import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { markRead, notificationsOf, unreadCount, type NotificationRow } from '../db/queries.js';
import { canManageOwnNotifications } from '../policy.js';

/** A page of the caller's notifications, newest first, the unread count, and the cursor of the next page. */
export async function listNotifications(
  ctx: ModuleContext,
  actor: Actor,
  page: { limit: number; before?: string | undefined },
): Promise<{ items: NotificationRow[]; unread: number; nextBefore: string | null }> {
  authorize(actor, canManageOwnNotifications(actor));
  const userId = actor.userId;
  // one more than asked tells whether another page exists
  const rows = await notificationsOf(ctx.database.db, userId, { limit: page.limit + 1, before: page.before });
  const items = rows.slice(0, page.limit);
  const nextBefore = rows.length > page.limit ? (items.at(-1)?.cursor ?? null) : null;
  return { items, unread: await unreadCount(ctx.database.db, userId), nextBefore };
}

/** How many of the caller's notifications are unread (the bell in the header). */
export async function countUnread(ctx: ModuleContext, actor: Actor): Promise<number> {
  authorize(actor, canManageOwnNotifications(actor));
  return unreadCount(ctx.database.db, actor.userId);
}

/** Marks the given notifications (or all) read; ids of other people's notifications are ignored. Returns the unread count. */
export async function markNotificationsRead(
  ctx: ModuleContext,
  actor: Actor,
  which: { ids?: string[] | undefined; all?: boolean | undefined },
): Promise<number> {
  authorize(actor, canManageOwnNotifications(actor));
  const userId = actor.userId;
  await markRead(ctx.database.db, userId, which.all ? 'all' : (which.ids ?? []));
  return unreadCount(ctx.database.db, userId);
}
