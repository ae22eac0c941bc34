import { defineModule } from '../../core/module/module.js';
import { commitmentsAudit } from './audit.js';
import { commitmentRoutes } from './http/routes.js';
import { commitmentJobs } from './jobs.js';
import { commitmentsMessages } from './messages.js';
import { commitmentListeners, commitmentNotificationKinds } from './notifications.js';
import { commitmentEntities } from './use-cases/commitment-entity.js';

/**
 * The commitments ledger: whatever the city accepts (an initiative answered accepted, …) becomes, in the same
 * transaction, a commitment with its department and due day; the department posts dated progress and confirms
 * delivery, the source's participants may dispute it, and a missed due day shows overdue in public.
 */
export const commitmentsModule = defineModule({
  name: 'commitments',
  audit: commitmentsAudit,
  messages: commitmentsMessages,
  entities: commitmentEntities,
  jobs: commitmentJobs,
  notifications: commitmentNotificationKinds,
  on: commitmentListeners,
  routes(app, ctx) {
    commitmentRoutes(app, ctx);
  },
});
