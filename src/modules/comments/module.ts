import { defineModule } from '../../core/module/module.js';
import { commentsAudit } from './audit.js';
import { commentRoutes } from './http/routes.js';
import { commentsMessages } from './messages.js';
import { commentListeners, commentNotificationKinds } from './notifications.js';
import { commentEntity } from './use-cases/comment-entity.js';
import { commentsPersonalData } from './personal-data.js';

/** Comments on any entity that hosts them: threads with replies, votes, stances, official answers. */
export const commentsModule = defineModule({
  name: 'comments',
  personalData: commentsPersonalData,
  messages: commentsMessages,
  audit: commentsAudit,
  entities: (registry) => [commentEntity(registry)],
  routes: commentRoutes,
  notifications: commentNotificationKinds,
  on: commentListeners,
});
