import { listen } from '../../core/jobs/events.js';
import type { NotificationKind } from '../../core/module/notification-kinds.js';
import { commitmentCreated, commitmentDelivered, commitmentDisputed, commitmentOverdue, commitmentProgressed } from './events.js';
import { sourceFollowersFollow, tellFollowers, tellFollowersAndDepartment } from './use-cases/notify.js';

/** What followers and departments hear of commitments (the texts are in messages.ts). */
export const commitmentNotificationKinds: NotificationKind[] = [
  { kind: 'commitment.progressed' },
  { kind: 'commitment.delivered' },
  { kind: 'commitment.overdue' },
  { kind: 'commitment.disputed' },
  // the responsible department's officials
  { kind: 'commitment.overdue.department' },
  { kind: 'commitment.disputed.department' },
];

export const commitmentListeners = [
  listen(commitmentCreated, sourceFollowersFollow),
  listen(commitmentProgressed, tellFollowers),
  listen(commitmentDelivered, tellFollowers),
  listen(commitmentOverdue, tellFollowersAndDepartment),
  listen(commitmentDisputed, tellFollowersAndDepartment),
];
