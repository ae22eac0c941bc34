import { eventDatasets } from './datasets.js';
import { defineModule } from '../../core/module/module.js';
import { eventsAudit } from './audit.js';
import { eventJobs } from './jobs.js';
import { eventMapRoutes } from './http/map.js';
import { afterEventRoutes } from './http/after-routes.js';
import { eventRoutes } from './http/routes.js';
import { eventsMessages } from './messages.js';
import { eventListeners, eventNotificationKinds } from './notifications.js';
import { eventEntity } from './use-cases/event-entity.js';
import { seedDemoEvents } from './use-cases/seed-demo-events.js';
import { eventsThisWeek } from './use-cases/this-week.js';
import { eventSearch } from './use-cases/event-search.js';
import { eventArea } from './use-cases/event-area.js';
import { eventsPersonalData } from './personal-data.js';
import { eventsStatistics } from './statistics.js';

/**
 * City events: meetings, cleanups, public hearings, excursions, workshops, online meetings, organised by departments
 * or by verified residents (after moderation). Registration is one per person with a waitlist in order; a cancelled
 * place goes to the first in line; cancelled or moved events tell everyone registered; iCal for one event, a
 * personal secret feed and a public feed per district. After it: attendance (marked by its organisers or by a check-in
 * code at the door) that earns points, minutes with decisions and photos; a meeting may be opened on a poll, an
 * initiative or a crowdsourcing project, whose participants are told and may register first.
 */
export const eventsModule = defineModule({
  name: 'events',
  datasets: eventDatasets,
  personalData: eventsPersonalData,
  audit: eventsAudit,
  statistics: eventsStatistics,
  messages: eventsMessages,
  entities: [eventEntity],
  search: [eventSearch],
  pages: [
    {
      path: '/events',
      title: { ru: 'События', en: 'Events' },
      description: {
        ru: 'Встречи, субботники, публичные слушания, экскурсии и мастер-классы в городе: выберите событие и запишитесь.',
        en: 'Meetings, cleanups, public hearings, excursions and workshops in the city: choose one and register.',
      },
    },
  ],
  area: [eventArea],
  jobs: eventJobs,
  notifications: eventNotificationKinds,
  on: eventListeners,
  seedDemo: seedDemoEvents,
  thisWeek: eventsThisWeek,
  routes(app, ctx) {
    eventMapRoutes(app, ctx);
    eventRoutes(app, ctx);
    afterEventRoutes(app, ctx);
  },
});
