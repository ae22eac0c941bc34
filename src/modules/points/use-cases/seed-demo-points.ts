import { count } from 'drizzle-orm';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { pointLevels, pointRules, rewards } from '../db/schema.js';
import { defaultLevels, defaultPoints, pointActions } from '../domain/points-rules.js';

const day = 24 * 60 * 60 * 1000;

/**
 * The demo city's rules and levels (the defaults, written out so administrators see rows to change) and four
 * rewards. Residents' points come from what the other demo seeds did: their events (reports filed, discussions
 * started, comments) earn through the module's handlers when the job runner processes them. Idempotent.
 */
export async function seedDemoPoints(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  await db
    .insert(pointRules)
    .values(pointActions.map((action) => ({ action, points: defaultPoints[action] })))
    .onConflictDoNothing();
  const [levels] = await db.select({ n: count() }).from(pointLevels);
  if (!levels?.n) await db.insert(pointLevels).values(defaultLevels);
  const [existing] = await db.select({ n: count() }).from(rewards);
  if (existing?.n) return;
  const now = Date.now();
  await db.insert(rewards).values([
    {
      title: 'Билет в Музей истории Санкт-Петербурга',
      description: 'Один взрослый билет в Петропавловскую крепость (основная экспозиция). Покажите код в кассе.',
      cost: 200,
      stock: 50,
      validUntil: new Date(now + 180 * day),
    },
    {
      title: 'Пополнение транспортной карты «Подорожник» на 300 ₽',
      description: 'Код пополнения вводится в приложении «Подорожник» или в кассе метро.',
      cost: 500,
      stock: 30,
      validUntil: new Date(now + 90 * day),
    },
    {
      title: 'Дерево, посаженное от вашего имени',
      description: 'Весной городские садовники посадят липу в парке вашего района; табличка с вашим именем — по желанию.',
      cost: 1000,
      stock: 20,
      validUntil: null,
    },
    {
      title: 'Экскурсия по крышам с городским гидом',
      description: 'Групповая экскурсия выходного дня. Осталось всего несколько мест.',
      cost: 800,
      stock: 2,
      validUntil: new Date(now + 30 * day),
    },
  ]);
  progress('Points: rules, levels and 4 rewards');
}
