import { defineModule } from '../../core/module/module.js';
import { crowdsourcingRoutes } from './http/routes.js';
import { crowdsourcingMessages } from './messages.js';
import { crowdsourcingListeners, crowdsourcingNotificationKinds } from './notifications.js';
import { crowdsourcingEntities } from './use-cases/entities.js';
import { crowdsourcingOpenNow } from './use-cases/open-now.js';
import { seedDemoCrowdsourcing } from './use-cases/seed-demo.js';
import { crowdsourcingAudit } from './audit.js';
import { crowdProjectSearch, ideaSearch } from './use-cases/crowd-search.js';
import { crowdsourcingPersonalData } from './personal-data.js';
import { crowdsourcingStatistics } from './statistics.js';

/**
 * Crowdsourcing projects, full cycle: the city poses a problem with a brief and dated phases; residents submit, rate
 * and comment ideas; the project's experts shortlist, reject or merge them with public reasons; a poll over the
 * shortlist; the implementation report credits the authors of accepted ideas on their profiles.
 */
export const crowdsourcingModule = defineModule({
  name: 'crowdsourcing',
  personalData: crowdsourcingPersonalData,
  audit: crowdsourcingAudit,
  statistics: crowdsourcingStatistics,
  messages: crowdsourcingMessages,
  entities: crowdsourcingEntities,
  search: [crowdProjectSearch, ideaSearch],
  pages: [
    {
      path: '/crowdsourcing',
      title: { ru: 'Краудсорсинг-проекты', en: 'Crowdsourcing projects' },
      description: {
        ru: 'Город ставит задачу жителям: предлагайте идеи, оценивайте чужие и голосуйте за лучшие, а город отчитывается, что сделал.',
        en: 'The city puts a problem to residents: send ideas, rate each other’s and vote for the best, and the city reports what it did.',
      },
    },
  ],
  notifications: crowdsourcingNotificationKinds,
  on: crowdsourcingListeners,
  openNow: crowdsourcingOpenNow,
  routes(app, ctx) {
    crowdsourcingRoutes(app, ctx);
  },
  async seedDemo(ctx, progress) {
    await seedDemoCrowdsourcing(ctx, progress);
  },
});
