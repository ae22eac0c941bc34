import { auditCheckpointPublished } from '../../core/audit/checkpoints.js';
import { listen } from '../../core/jobs/events.js';
import { checkpointNotificationKind, tellOfCheckpoint } from './use-cases/tell-of-checkpoint.js';
import { defineModule } from '../../core/module/module.js';
import { notificationRoutes } from './http/routes.js';
import { notificationJobs } from './jobs.js';
import { notificationsMessages } from './messages.js';
import { notificationsAudit } from './audit.js';
import { notificationsPersonalData } from './personal-data.js';

/** Follows and notifications: the notification centre, e-mail (immediate or a daily digest), one-click unsubscribe. */
export const notificationsModule = defineModule({
  name: 'notifications',
  personalData: notificationsPersonalData,
  audit: notificationsAudit,
  messages: notificationsMessages,
  routes: notificationRoutes,
  // the audit log's checkpoints are the kernel's; telling their followers is this module's
  notifications: [{ kind: checkpointNotificationKind }],
  on: [listen(auditCheckpointPublished, tellOfCheckpoint)],
  jobs: notificationJobs,
});
