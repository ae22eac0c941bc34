import { reportDatasets } from './datasets.js';
import { defineModule } from '../../core/module/module.js';
import { apiKeyCli } from './cli-apikey.js';
import { classifierCli } from './cli-classifier.js';
import { departmentsCli } from './cli-departments.js';
import { classifierRoutes } from './http/classifier-routes.js';
import { open311Routes } from './http/open311-routes.js';
import { publicDataRoutes } from './http/public-data-routes.js';
import { reportRoutes } from './http/report-routes.js';
import { reportJobs } from './jobs.js';
import { reportsMessages } from './messages.js';
import { reportListeners, reportNotificationKinds } from './notifications.js';
import { seedClassifier } from './use-cases/classifier/seed-classifier.js';
import { reportEntities } from './use-cases/reports/report-entity.js';
import { reportSearch } from './use-cases/reports/report-search.js';
import { seedDemoReports } from './use-cases/reports/seed-demo-reports.js';
import { reportsReadiness } from './readiness.js';
import { reportsOpenNow } from './use-cases/public/open-now.js';
import { reportAddressedPoints } from './use-cases/public/addressed-points.js';
import { reportsAudit } from './audit.js';
import { reportArea } from './use-cases/public/report-area.js';
import { reportsPersonalData } from './personal-data.js';
import { reportsStatistics } from './statistics.js';

/** Reports: problems in the city from a photo on the map to a confirmed fix; Open311 GeoReport v2. */
export const reportsModule = defineModule({
  name: 'reports',
  datasets: reportDatasets,
  personalData: reportsPersonalData,
  audit: reportsAudit,
  statistics: reportsStatistics,
  messages: reportsMessages,
  readiness: reportsReadiness,
  openNow: reportsOpenNow,
  entities: reportEntities,
  addressedPoints: reportAddressedPoints,
  search: [reportSearch],
  pages: [
    {
      path: '/reports',
      title: { ru: 'Сообщения о проблемах', en: 'Reports' },
      description: {
        ru: 'Всё, о чём жители сообщили городу: что и где, кто отвечает и в какой срок — на карте и списком.',
        en: 'Everything residents reported to the city: what and where, who must act and by when, on a map and in a list.',
      },
    },
    {
      path: '/reports/new',
      title: { ru: 'Новое сообщение о проблеме', en: 'Report a problem' },
      description: {
        ru: 'Сообщите городу о проблеме — яме, мусоре, сломанном фонаре — с фото и точкой на карте, и исполнитель ответит в срок.',
        en: 'Tell the city about a problem — a pothole, litter, a broken street light — with a photo and a point on the map, and the department responsible answers by a deadline.',
      },
    },
    {
      path: '/reports/stats',
      title: { ru: 'Статистика сообщений', en: 'Report statistics' },
      description: {
        ru: 'Как город отвечает жителям: сколько сообщений, сколько ответов в срок и как быстро, с открытыми данными для проверки.',
        en: 'How the city answers residents: how many reports, how many answered on time and how fast, with open data to check every figure.',
      },
    },
  ],
  area: [reportArea],
  jobs: reportJobs,
  notifications: reportNotificationKinds,
  on: reportListeners,
  cli: [...classifierCli, ...departmentsCli, ...apiKeyCli],
  async routes(app, ctx) {
    classifierRoutes(app, ctx);
    reportRoutes(app, ctx);
    publicDataRoutes(app, ctx);
    await open311Routes(app, ctx);
  },
  async seedDemo(ctx, progress) {
    await seedClassifier(ctx, progress);
    await seedDemoReports(ctx, progress);
  },
});
