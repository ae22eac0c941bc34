import { defineModule } from '../../core/module/module.js';
import { areasRoutes } from './http/routes.js';
import { areasMessages } from './messages.js';
import { areaAlertListeners, areaNewsKind } from './use-cases/area-alerts.js';
import { seedDemoAreas } from './use-cases/seed-demo-areas.js';
import { areasPersonalData } from './personal-data.js';

/**
 * My building and my area: residents save places (home, work, parents' home) — private, their own only — and read
 * an area page (what every module shows in a circle around a point, or in a district: `GorodModule.area`), and
 * subscribe to area alerts: a circle around a saved place or a district, for new reports, answers, works, polls and
 * events, delivered once each through the notification centre and its mail or digest.
 */
export const areasModule = defineModule({
  name: 'areas',
  personalData: areasPersonalData,
  pages: [
    {
      path: '/area',
      title: { ru: 'Что рядом', en: 'What’s around' },
      description: {
        ru: 'Всё, что происходит рядом с вашим домом, работой или любым адресом: сообщения о проблемах, работы, опросы, мероприятия и места.',
        en: 'Everything happening around your home, your work or any address: reports, works, polls, events and places.',
      },
    },
  ],
  messages: areasMessages,
  notifications: [{ kind: areaNewsKind, sentence: (n) => `notification.area.news.${String(n.data.topic)}` }],
  on: areaAlertListeners,
  routes(app, ctx) {
    areasRoutes(app, ctx);
  },
  seedDemo: seedDemoAreas,
});
