import { asc, eq, sql } from 'drizzle-orm';
import { districts } from '../../../core/city/schema.js';
import { perDatabaseCache } from '../../../core/db/cache.js';
import { queryRows, type Executor } from '../../../core/db/client.js';
import type { ModuleContext } from '../../../core/module/module.js';
import type { DistrictCount, StatisticsContribution } from '../../../core/module/statistics.js';
import { statisticsSnapshots } from '../db/schema.js';
import { keptMonths, monthsUpTo, participationFigures, type CityMonth, type ParticipationSnapshot } from '../domain/participation.js';
import { listPopulation } from '../db/queries.js';

export const participationKey = 'participation';
/** Kind of the job that recounts participation statistics (every ten minutes, and after a population change). */
export const refreshJobKind = 'statistics.refresh';

/**
 * Counts every module's measures and the active residents per month, and stores them as the `participation` snapshot
 * (the statistics job runs it every ten minutes; nothing else scans the modules' tables). An act counts in the month
 * of the city's clock it happened in; the resident counts in the district of their profile. Every run recounts the
 * measures and this month's and last month's active residents and keeps the older months stored earlier the same
 * day; the day's first run (or `full`, or nothing stored) recounts every month. Each measure and each month is its
 * own short statement, so on PGlite's one connection requests are served in between.
 */
export async function refreshParticipation(ctx: ModuleContext, now = new Date(), options: { full?: boolean } = {}): Promise<ParticipationSnapshot> {
  const db = ctx.database.db;
  const sources: readonly StatisticsContribution[] = ctx.statistics;
  const timeZone = ctx.config.cityTimezone;
  const [stored] = options.full ? [] : await db.select().from(statisticsSnapshots).where(eq(statisticsSnapshots.key, participationKey));
  const months = monthsUpTo(now, timeZone);
  const kept = keptMonths(stored && { data: stored.data as ParticipationSnapshot, computedAt: stored.computedAt }, months, now, timeZone);
  const measures = [];
  for (const m of sources.flatMap((s) => s.measures ?? [])) measures.push({ id: m.id, counts: m.counts, byDistrict: pairs(await m.count(db)) });
  const active: ParticipationSnapshot['active'] = [];
  const recounted = kept ? months.slice(-2) : months;
  for (const month of months) {
    const byDistrict = recounted.includes(month) ? await activeIn(db, sources, month) : (kept?.get(month.month) ?? []);
    if (byDistrict.length) active.push({ month: month.month, byDistrict });
  }
  const snapshot: ParticipationSnapshot = { measures, ratios: sources.flatMap((s) => s.ratios ?? []), active };
  await db
    .insert(statisticsSnapshots)
    .values({ key: participationKey, data: snapshot, computedAt: now })
    .onConflictDoUpdate({ target: statisticsSnapshots.key, set: { data: snapshot, computedAt: now } });
  published.forget(ctx);
  return snapshot;
}

const pairs = (counts: DistrictCount[]): [string | null, number][] => counts.map((c) => [c.districtId, Number(c.value)]);

/** Distinct residents who did anything within the month, by the district they live in (one statement). */
async function activeIn(db: Executor, sources: readonly StatisticsContribution[], { from, to }: CityMonth): Promise<[string | null, number][]> {
  const acts = sources.flatMap((s) => (s.activity ? [s.activity] : []));
  const residence = sources.find((s) => s.residence)?.residence;
  if (!acts.length) return [];
  // bounds on `at` itself (not on its city-clock reading), so each module's own index on it can serve
  const rows = await queryRows<{ district_id: string | null; n: number }>(
    db,
    sql`select ${residence ? sql`r.district_id` : sql`null::text`} as district_id, count(*)::int as n
        from (select distinct a.user_id from (${sql.join(
          acts.map((a) => sql`(${a})`),
          sql` union all `,
        )}) a where a.user_id is not null and a.at >= ${from.toISOString()}::timestamptz and a.at < ${to.toISOString()}::timestamptz) a
        ${residence ? sql`left join (${residence}) r on r.user_id = a.user_id` : sql``}
        group by 1 order by 1`,
  );
  return rows.map((r) => [r.district_id, Number(r.n)]);
}

// per app (so per database): a process that opens another one (a test, a second app) never serves the first one's
// figures. Kept for a minute: the snapshot changes every ten minutes.
const published = perDatabaseCache(60_000, (ctx) => computePublic(ctx as ModuleContext));

/** Forgets the served figures (after a population edit, so the administrator sees it at once). */
export function forgetParticipation(ctx: ModuleContext): void {
  published.forget(ctx);
}

/**
 * The published participation statistics: the stored snapshot (counted now if there is none yet) with each district's
 * population, k-anonymised. Kept in memory for a minute: a request costs two small reads at most.
 */
export function readParticipation(ctx: ModuleContext) {
  return published.get(ctx);
}

async function computePublic(ctx: ModuleContext) {
  const db = ctx.database.db;
  const [stored] = await db.select().from(statisticsSnapshots).where(eq(statisticsSnapshots.key, participationKey));
  const snapshot = stored ? (stored.data as ParticipationSnapshot) : await refreshParticipation(ctx);
  const [names, population] = await Promise.all([
    db.select({ id: districts.id, nameRu: districts.nameRu, nameEn: districts.nameEn }).from(districts).orderBy(asc(districts.nameRu)),
    listPopulation(db),
  ]);
  return { computedAt: stored?.computedAt ?? new Date(), ...participationFigures(snapshot, names, population) };
}
