import { listen } from '../../core/jobs/events.js';
import type { NotificationKind } from '../../core/module/notification-kinds.js';
import { commentCreated } from './events.js';
import { tellOfComment } from './use-cases/notify-comment.js';

/** With an excerpt of the comment when it has text, a shorter sentence when not (its messages are in messages.ts). */
const withExcerpt = (kind: string): NotificationKind => ({
  kind,
  sentence: (n) => (typeof n.data.excerpt === 'string' && n.data.excerpt ? `notification.${kind}` : `notification.${kind}.short`),
});

/** What people hear of comments: a comment where they follow, a reply to theirs. */
export const commentNotificationKinds: NotificationKind[] = [withExcerpt('comment.created'), withExcerpt('comment.reply')];

/** Who hears of a new comment (see tellOfComment). */
export const commentListeners = [listen(commentCreated, tellOfComment)];
