import type { Language } from '../../../core/i18n/i18n.js';
import type { NotificationRow } from '../db/queries.js';
import { notificationPath, notificationText, type NotificationKinds } from '../domain/notification-text.js';
import type { FollowedItem } from '../use-cases/follow-entity.js';

/** A notification as its reader sees it, the text in the reader's language. */
export function presentNotification(n: NotificationRow, lang: Language, kinds: NotificationKinds) {
  return {
    id: n.id,
    kind: n.kind,
    entityType: n.entityType,
    entityId: n.entityId,
    text: notificationText(lang, n, kinds),
    path: notificationPath(n.data),
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  };
}

/** One thing the caller follows. */
export function presentFollow(item: FollowedItem) {
  return {
    type: item.follow.entityType,
    id: item.follow.entityId,
    title: item.title,
    path: item.path,
    origin: item.follow.origin,
    createdAt: item.follow.createdAt.toISOString(),
  };
}
