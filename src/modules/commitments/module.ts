import { defineModule } from '../../core/module/module.js';
import { commitmentsAudit } from './audit.js';
import { commitmentDatasets } from './datasets.js';
import { commitmentRoutes } from './http/routes.js';
import { commitmentJobs } from './jobs.js';
import { commitmentsMessages } from './messages.js';
import { commitmentListeners, commitmentNotificationKinds } from './notifications.js';
import { commitmentsPersonalData } from './personal-data.js';
import { commitmentsStatistics } from './statistics.js';
import { commitmentEntities } from './use-cases/commitment-entity.js';
import { seedDemoCommitments } from './use-cases/seed-demo-commitments.js';

/**
 * The commitments ledger: whatever the city accepts (an initiative answered accepted, …) becomes, in the same
 * transaction, a commitment with its department and due day; the department posts dated progress and confirms
 * delivery, the source's participants may dispute it, and a missed due day shows overdue in public.
 */
export const commitmentsModule = defineModule({
  name: 'commitments',
  audit: commitmentsAudit,
  personalData: commitmentsPersonalData,
  statistics: commitmentsStatistics,
  datasets: commitmentDatasets,
  messages: commitmentsMessages,
  entities: commitmentEntities,
  pages: [
    {
      path: '/commitments',
      title: { ru: 'Обязательства города', en: 'The city’s commitments' },
      description: {
        ru: 'Что город пообещал по инициативам жителей и другим решениям: кто отвечает, к какому сроку, как идёт выполнение и что просрочено.',
        en: 'What the city promised on residents’ initiatives and other decisions: who is responsible, by when, how it is going and what is overdue.',
      },
    },
  ],
  jobs: commitmentJobs,
  notifications: commitmentNotificationKinds,
  on: commitmentListeners,
  routes(app, ctx) {
    commitmentRoutes(app, ctx);
  },
  seedDemo: seedDemoCommitments,
});
