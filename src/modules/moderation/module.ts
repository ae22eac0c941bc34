import { defineModule } from '../../core/module/module.js';
import { moderationRoutes } from './http/routes.js';
import { moderationMessages } from './messages.js';
import { moderationListeners, moderationNotificationKinds } from './notifications.js';

/** Moderation: flags, the moderators' queue and decisions, the forbidden-words screen. */
export const moderationModule = defineModule({
  name: 'moderation',
  messages: moderationMessages,
  routes: moderationRoutes,
  notifications: moderationNotificationKinds,
  on: moderationListeners,
});
