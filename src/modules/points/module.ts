import { defineModule } from '../../core/module/module.js';
import { pointsRoutes } from './http/routes.js';
import { pointsMessages } from './messages.js';
import { pointListeners } from './use-cases/earn-from-event.js';
import { seedDemoPoints } from './use-cases/seed-demo-points.js';
import { pointsAudit } from './audit.js';
import { pointsPersonalData } from './personal-data.js';

/**
 * Points for taking part: an append-only ledger fed by other modules' domain events, levels, monthly badges,
 * and a rewards catalogue with atomic redemption.
 */
export const pointsModule = defineModule({
  name: 'points',
  personalData: pointsPersonalData,
  pages: [
    {
      path: '/points',
      title: { ru: 'Баллы и поощрения', en: 'Points and rewards' },
      description: {
        ru: 'Баллы начисляются за участие в жизни города, и их можно обменять на поощрения.',
        en: 'You earn points for taking part in the life of the city and spend them on rewards.',
      },
    },
  ],
  audit: pointsAudit,
  messages: pointsMessages,
  routes(app, ctx) {
    pointsRoutes(app, ctx);
  },
  on: pointListeners,
  async seedDemo(ctx, progress) {
    await seedDemoPoints(ctx, progress);
  },
});
