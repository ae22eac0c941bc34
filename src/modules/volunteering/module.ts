import { defineModule } from '../../core/module/module.js';
import { volunteeringAudit } from './audit.js';
import { volunteeringJobs } from './jobs.js';
import { volunteeringRoutes } from './http/routes.js';
import { volunteeringMessages } from './messages.js';
import { volunteeringListeners, volunteeringNotificationKinds } from './notifications.js';
import { districtVolunteeringEntity, projectEntity } from './use-cases/entities.js';
import { seedDemoVolunteering } from './use-cases/seed-demo-volunteering.js';
import { volunteeringThisWeek } from './use-cases/this-week.js';
import { volunteerProjectSearch } from './use-cases/project-search.js';
import { projectArea } from './use-cases/project-area.js';
import { volunteeringPersonalData } from './personal-data.js';
import { volunteeringStatistics } from './statistics.js';

/**
 * Volunteering: projects of departments (and, entered by administrators, of outside organisations) with shifts;
 * residents sign up (slots, a waitlist in order, no two overlapping shifts, age requirements), organisers confirm the
 * hours worked, which earn points and fill the public volunteer record on the profile («книжка волонтёра»).
 *
 * No person has two shifts at once, whoever acts: a sign-up overlapping another shift of the person's is refused
 * (409 `volunteer_shift_overlaps`, naming it), and so is an organiser's move of a shift to a time that would overlap
 * another shift of anyone signed up or waiting on it (409 `volunteer_shift_move_overlaps`, naming how many people):
 * a volunteer is never dropped from a shift they chose, nor double-booked, by a change they did not make; the
 * organisers pick another time, or cancel the shift (everyone is told why) and announce a new one. A cancelled shift
 * keeps its sign-ups for the record but holds nobody's time.
 */
export const volunteeringModule = defineModule({
  name: 'volunteering',
  personalData: volunteeringPersonalData,
  audit: volunteeringAudit,
  statistics: volunteeringStatistics,
  messages: volunteeringMessages,
  entities: [projectEntity, districtVolunteeringEntity],
  search: [volunteerProjectSearch],
  pages: [
    {
      path: '/volunteering',
      title: { ru: 'Волонтёрство', en: 'Volunteering' },
      description: {
        ru: 'Проекты городских ведомств и проверенных организаций: запишитесь на смену, а подтверждённые часы принесут баллы и попадут в книжку волонтёра.',
        en: 'Projects of the city’s departments and organisations it trusts: sign up for a shift, and confirmed hours earn points and fill your volunteer record.',
      },
    },
  ],
  area: [projectArea],
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
