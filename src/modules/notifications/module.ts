import { defineModule } from '../../core/module/module.js';
import { notificationRoutes } from './http/routes.js';
import { notificationJobs } from './jobs.js';
import { notificationsMessages } from './messages.js';
import { crowdsourcingReactions } from './use-cases/react-to-crowdsourcing.js';

/** Follows and notifications: the notification centre, e-mail (immediate or a daily digest), one-click unsubscribe. */
export const notificationsModule = defineModule({
  name: 'notifications',
  messages: notificationsMessages,
  routes: notificationRoutes,
  jobs: notificationJobs,
  on: {
    ...crowdsourcingReactions,
  },
});
