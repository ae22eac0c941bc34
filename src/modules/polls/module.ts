import { pollDatasets } from './datasets.js';
import { defineModule } from '../../core/module/module.js';
import { pollRoutes } from './http/routes.js';
import { pollJobs } from './jobs.js';
import { pollsMessages } from './messages.js';
import { seedDemoPolls } from './use-cases/seed-demo-polls.js';
import { pollsOpenNow } from './use-cases/open-now.js';
import { pollEntity } from './use-cases/poll-entity.js';
import { pollsAudit } from './audit.js';
import { pollSearch } from './use-cases/poll-search.js';
import { pollArea } from './use-cases/poll-area.js';
import { pollsPersonalData } from './personal-data.js';
import { pollsStatistics } from './statistics.js';

/**
 * Polls: city-wide or targeted, binding (verified residents, one response each) or advisory; single, multiple,
 * rating, ranking and free-text questions; receipts and published anonymised responses; decision rules with a
 * minimum turnout and a required majority; district priority polls.
 */
export const pollsModule = defineModule({
  name: 'polls',
  datasets: pollDatasets,
  personalData: pollsPersonalData,
  audit: pollsAudit,
  statistics: pollsStatistics,
  messages: pollsMessages,
  entities: [pollEntity],
  search: [pollSearch],
  pages: [
    {
      path: '/polls',
      title: { ru: 'Опросы', en: 'Polls' },
      description: {
        ru: 'Вопросы города к жителям: ответьте на открытые опросы и голосования и посмотрите итоги завершённых.',
        en: 'Questions from the city to residents: answer open polls and votes and see the results of finished ones.',
      },
    },
  ],
  area: [pollArea],
  jobs: pollJobs,
  openNow: pollsOpenNow,
  routes(app, ctx) {
    pollRoutes(app, ctx);
  },
  async seedDemo(ctx, progress) {
    await seedDemoPolls(ctx, progress);
  },
});
