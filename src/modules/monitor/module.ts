import { defineModule } from '../../core/module/module.js';
import { monitorDatasets } from './datasets.js';
import { monitorRoutes } from './http/routes.js';
import { monitorJobs } from './jobs.js';
import { monitorMessages } from './messages.js';
import { monitorPersonalData } from './personal-data.js';
import { seedDemoMonitor } from './use-cases/seed-demo-monitor.js';

/**
 * The social-performance monitor (seed 002's six measures: trust, usefulness, recommendation, participation, community
 * ties, contribution), computed monthly from every module's participation statistics and a short quarterly survey of
 * residents, published with definitions and history at /monitor.
 */
export const monitorModule = defineModule({
  name: 'monitor',
  personalData: monitorPersonalData,
  pages: [
    {
      path: '/monitor',
      title: { ru: 'Мониторинг социальной результативности', en: 'Social performance monitor' },
      description: {
        ru: 'Шесть показателей платформы по месяцам: доверие, полезность, рекомендации, участие, связи с сообществом и вклад.',
        en: 'Six measures of the platform by month: trust, usefulness, recommendation, participation, community ties and contribution.',
      },
    },
  ],
  messages: monitorMessages,
  datasets: monitorDatasets,
  jobs: monitorJobs,
  routes(app, ctx) {
    monitorRoutes(app, ctx);
  },
  seedDemo: seedDemoMonitor,
});
