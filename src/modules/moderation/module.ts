import { defineModule } from '../../core/module/module.js';
import { moderationRoutes } from './http/routes.js';
import { moderationMessages } from './messages.js';
import { moderationListeners, moderationNotificationKinds } from './notifications.js';
import { moderationAudit } from './audit.js';
import { moderationPersonalData } from './personal-data.js';

/** Moderation: flags, the moderators' queue and decisions, the forbidden-words screen. */
export const moderationModule = defineModule({
  name: 'moderation',
  personalData: moderationPersonalData,
  audit: moderationAudit,
  messages: moderationMessages,
  routes: moderationRoutes,
  notifications: moderationNotificationKinds,
  on: moderationListeners,
});
