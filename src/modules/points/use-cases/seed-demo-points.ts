import { count } from 'drizzle-orm';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { pointLevels, pointRules, rewards } from '../db/schema.js';
import { defaultLevels, defaultPoints, pointActions } from '../domain/points-rules.js';

const day = 24 * 60 * 60 * 1000;

/**
 * The demo city's rules and levels (the defaults, written out so administrators see rows to change) and four
 * rewards a demo resident can reach: one at once, one after answering the open polls, one a few actions later, and
 * a tree to save up for. Residents' points come from what the other demo seeds did: their events (reports filed, discussions
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
  // within a demo resident's reach: anna.petrova@gorod.demo starts with about 150 points (her reports, ballot,
  // discussion and comments); the two open polls bring 40 more, a new report 10
  await db.insert(rewards).values([
    {
      title: 'Билет в Музей истории Санкт-Петербурга',
      description: 'Один взрослый билет в Петропавловскую крепость (основная экспозиция). Покажите код в кассе.',
      cost: 120,
      stock: 50,
      validUntil: new Date(now + 180 * day),
    },
    {
      title: 'Пополнение транспортной карты «Подорожник» на 100 ₽',
      description: 'Код пополнения вводится в приложении «Подорожник» или в кассе метро. Хватит, если ответить на открытые опросы.',
      cost: 180,
      stock: 30,
      validUntil: new Date(now + 90 * day),
    },
    {
      title: 'Экскурсия по крышам с городским гидом',
      description: 'Групповая экскурсия выходного дня. Осталось всего несколько мест.',
      cost: 250,
      stock: 2,
      validUntil: new Date(now + 30 * day),
    },
    {
      title: 'Дерево, посаженное от вашего имени',
      description: 'Весной городские садовники посадят липу в парке вашего района; табличка с вашим именем — по желанию.',
      cost: 1000,
      stock: 20,
      validUntil: null,
    },
  ]);
  progress('Points: rules, levels and 4 rewards');
}
