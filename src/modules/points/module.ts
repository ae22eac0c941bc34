import { defineModule } from '../../core/module/module.js';
import type { DomainEvent } from '../../core/jobs/events.js';
import type { ModuleContext } from '../../core/module/module.js';
import { earningEventTypes } from './domain/points-rules.js';
import { pointsRoutes } from './http/routes.js';
import { pointsMessages } from './messages.js';
import { earnFromEvent } from './use-cases/earn-from-event.js';
import { seedDemoPoints } from './use-cases/seed-demo-points.js';

/**
 * Points for taking part: an append-only ledger fed by other modules' domain events, levels, monthly badges,
 * and a rewards catalogue with atomic redemption.
 */
export const pointsModule = defineModule({
  name: 'points',
  messages: pointsMessages,
  routes(app, ctx) {
    pointsRoutes(app, ctx);
  },
  on: Object.fromEntries(earningEventTypes.map((type) => [type, (event: DomainEvent, ctx: ModuleContext) => earnFromEvent(event, ctx)])),
  async seedDemo(ctx, progress) {
    await seedDemoPoints(ctx, progress);
  },
});
