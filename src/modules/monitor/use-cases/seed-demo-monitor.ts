import { sql } from 'drizzle-orm';
import { queryRows } from '../../../core/db/client.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { surveyAnswers } from '../db/schema.js';
import { monthBounds, monthOf, previousMonth, surveyPeriod } from '../domain/monitor.js';
import { computeMonitor } from './compute.js';

/** Months of invented survey answers the demo city gets, and how many answers a month. */
const sampleMonths = 6;
const perMonth = [24, 31, 28, 36, 41, 33];

/** A repeatable stream of numbers in [0, 1) (the demo is the same on every machine). */
function stream(seed: number) {
  let x = seed;
  return () => (x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

/** A score drawn from weights over min..max. */
const pick = (r: () => number, min: number, weights: number[]) => {
  let u = r() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) if ((u -= weights[i]!) < 0) return min + i;
  return min + weights.length - 1;
};

/**
 * The demo city's monitor: six months of invented survey answers (marked as samples; the page says how many), then
 * the months computed from the demo's own activity and those answers. Idempotent: a city with samples keeps them.
 */
export async function seedDemoMonitor(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const [have] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from monitor_survey_answers where sample`);
  if (Number(have?.n ?? 0) === 0) {
    const tz = ctx.config.cityTimezone;
    const r = stream(20_261_207);
    const rows: (typeof surveyAnswers.$inferInsert)[] = [];
    let month = monthOf(new Date(), tz);
    for (let i = 0; i < sampleMonths; i++, month = previousMonth(month)) {
      const { from, to } = monthBounds(month, tz);
      const end = Math.min(to.getTime(), Date.now());
      for (let k = 0; k < perMonth[i]!; k++) {
        const at = new Date(from.getTime() + r() * (end - from.getTime()));
        rows.push({
          userId: crypto.randomUUID(),
          period: surveyPeriod(at, tz),
          usefulness: r() < 0.1 ? null : pick(r, 1, [1, 2, 5, 9, 6]),
          recommend: r() < 0.1 ? null : pick(r, 0, [1, 1, 1, 2, 2, 4, 5, 7, 8, 6, 5]),
          community: r() < 0.15 ? null : pick(r, 1, [3, 5, 7, 5, 2]),
          sample: true,
          createdAt: at,
        });
      }
    }
    await db.insert(surveyAnswers).values(rows);
    progress(`  monitor: ${rows.length} sample survey answers over ${sampleMonths} months`);
  }
  await computeMonitor(ctx);
}
