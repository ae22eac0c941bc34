import { listen } from '../../core/jobs/events.js';
import type { NotificationFacts, NotificationKind } from '../../core/module/notification-kinds.js';
import { contentHidden, contentRestored } from './events.js';
import { tellAuthor } from './use-cases/notify-author.js';

/** A comment's title is its host's, so its author reads "your comment on …" (the `.comment` messages). */
const about = (key: string, n: NotificationFacts) => (n.entityType === 'comment' ? `${key}.comment` : key);

/** What authors hear of moderation (the messages are in messages.ts); hidden after flags, it says so. */
export const moderationNotificationKinds: NotificationKind[] = [
  {
    kind: 'content.hidden',
    sentence: (n) => about(n.data.pending === true ? 'notification.content.hidden.pending' : 'notification.content.hidden', n),
    subject: (n) => about('mail.notification.subject.content.hidden', n),
  },
  {
    kind: 'content.restored',
    sentence: (n) => about('notification.content.restored', n),
    subject: (n) => about('mail.notification.subject.content.restored', n),
  },
];

/** The author of hidden or restored content is told. */
export const moderationListeners = [listen(contentHidden, tellAuthor), listen(contentRestored, tellAuthor)];
