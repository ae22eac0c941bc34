import { listen } from '../../core/jobs/events.js';
import type { NotificationKind } from '../../core/module/notification-kinds.js';
import { groupJoinRequested, groupPostCreated } from './events.js';
import { tellAdminsOfRequest, tellFollowersOfPost } from './use-cases/notify.js';

/** What people hear of groups (the texts are in messages.ts): a request to join for its admins, a new post for its followers. */
export const groupNotificationKinds: NotificationKind[] = [{ kind: 'group.join_requested' }, { kind: 'group.post_created' }];

/** Who hears of a request to join and of a new post (see use-cases/notify.ts). */
export const groupListeners = [listen(groupJoinRequested, tellAdminsOfRequest), listen(groupPostCreated, tellFollowersOfPost)];
