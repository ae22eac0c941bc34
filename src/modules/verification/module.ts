import { defineModule } from '../../core/module/module.js';
import { verificationCli } from './cli.js';
import { verificationJobs } from './jobs.js';
import { verificationRoutes } from './http/routes.js';
import { verificationMessages } from './messages.js';
import { seedDemoMethods } from './use-cases/method-settings.js';
import { verifiedResident } from './use-cases/verified-resident.js';
import { verificationAudit } from './audit.js';
import { verificationPersonalData } from './personal-data.js';

/**
 * Verified residents: methods an administrator enables (SMS code, residents register, in person, OpenID
 * Connect); one person, one verified account. Voting modules ask `verifiedResident(db, userId)`.
 */
export const verificationModule = defineModule({
  name: 'verification',
  personalData: verificationPersonalData,
  jobs: verificationJobs,
  audit: verificationAudit,
  messages: verificationMessages,
  cli: verificationCli,
  // "near me" for a resident whose profile names no district: the district their verification established
  async residentDistrict(ctx, userId) {
    return (await verifiedResident(ctx.database.db, userId))?.districtId ?? null;
  },
  routes(app, ctx) {
    verificationRoutes(app, ctx);
  },
  async seedDemo(ctx) {
    await seedDemoMethods(ctx);
  },
});
