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

/** Reports: problems in the city from a photo on the map to a confirmed fix; Open311 GeoReport v2. */
export const reportsModule = defineModule({
  name: 'reports',
  audit: reportsAudit,
  messages: reportsMessages,
  readiness: reportsReadiness,
  openNow: reportsOpenNow,
  entities: reportEntities,
  addressedPoints: reportAddressedPoints,
  search: [reportSearch],
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
