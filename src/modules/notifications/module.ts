import { defineModule } from '../../core/module/module.js';
import { notificationRoutes } from './http/routes.js';
import { notificationJobs } from './jobs.js';
import { notificationsMessages } from './messages.js';
import { notificationsAudit } from './audit.js';

/** Follows and notifications: the notification centre, e-mail (immediate or a daily digest), one-click unsubscribe. */
export const notificationsModule = defineModule({
  name: 'notifications',
  audit: notificationsAudit,
  messages: notificationsMessages,
  routes: notificationRoutes,
  jobs: notificationJobs,
});
