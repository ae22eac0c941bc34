import { initiativeDatasets } from './datasets.js';
import { defineModule } from '../../core/module/module.js';
import { initiativeRoutes } from './http/routes.js';
import { initiativeJobs } from './jobs.js';
import { initiativesMessages } from './messages.js';
import { initiativeListeners, initiativeNotificationKinds } from './notifications.js';
import { initiativeEntities } from './use-cases/initiative-entity.js';
import { initiativesOpenNow } from './use-cases/open-now.js';
import { seedDemoInitiatives } from './use-cases/seed-demo-initiatives.js';
import { initiativesAudit } from './audit.js';
import { initiativeSearch } from './use-cases/initiative-search.js';
import { initiativesPersonalData } from './personal-data.js';
import { initiativesStatistics } from './statistics.js';

/**
 * Citizen initiatives: a verified resident drafts one (for the city or a district), gathers co-initiators and submits
 * it; experts screen it with a public reason; an admitted initiative collects supports from verified residents for a
 * window, one each; at the threshold the responsible department must answer within working days, or it shows overdue.
 * Followers hear of every step.
 */
export const initiativesModule = defineModule({
  name: 'initiatives',
  datasets: initiativeDatasets,
  personalData: initiativesPersonalData,
  audit: initiativesAudit,
  statistics: initiativesStatistics,
  messages: initiativesMessages,
  entities: initiativeEntities,
  search: [initiativeSearch],
  pages: [
    {
      path: '/initiatives',
      title: { ru: 'Инициативы жителей', en: 'Residents’ initiatives' },
      description: {
        ru: 'Выдвиньте требование к городу или поддержите чужое: когда подписей подтверждённых жителей достаточно, ответственная организация обязана публично ответить в срок.',
        en: 'Put forward a demand to the city or support another: when enough verified residents support it, the responsible authority must answer publicly by a deadline.',
      },
    },
  ],
  jobs: initiativeJobs,
  openNow: initiativesOpenNow,
  notifications: initiativeNotificationKinds,
  on: initiativeListeners,
  routes(app, ctx) {
    initiativeRoutes(app, ctx);
  },
  seedDemo: seedDemoInitiatives,
});
