import { defineModule } from '../../core/module/module.js';
import { volunteeringAudit } from './audit.js';
import { volunteeringJobs } from './jobs.js';
import { volunteeringRoutes } from './http/routes.js';
import { volunteeringMessages } from './messages.js';
import { volunteeringListeners, volunteeringNotificationKinds } from './notifications.js';
import { districtVolunteeringEntity, projectEntity } from './use-cases/entities.js';
import { seedDemoVolunteering } from './use-cases/seed-demo-volunteering.js';
import { volunteeringThisWeek } from './use-cases/this-week.js';

/**
 * Volunteering: projects of departments (and, entered by administrators, of outside organisations) with shifts;
 * residents sign up (slots, a waitlist in order, no two overlapping shifts, age requirements), organisers confirm the
 * hours worked, which earn points and fill the public volunteer record on the profile («книжка волонтёра»).
 */
export const volunteeringModule = defineModule({
  name: 'volunteering',
  audit: volunteeringAudit,
  messages: volunteeringMessages,
  entities: [projectEntity, districtVolunteeringEntity],
  notifications: volunteeringNotificationKinds,
  on: volunteeringListeners,
  jobs: volunteeringJobs,
  thisWeek: volunteeringThisWeek,
  routes(app, ctx) {
    volunteeringRoutes(app, ctx);
  },
  async seedDemo(ctx, progress) {
    await seedDemoVolunteering(ctx, progress);
  },
});
