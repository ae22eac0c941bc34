import { asc, eq, sql } from 'drizzle-orm';
import { districts } from '../../../core/city/schema.js';
import { perDatabaseCache } from '../../../core/db/cache.js';
import { queryRows, type Executor } from '../../../core/db/client.js';
import type { ModuleContext } from '../../../core/module/module.js';
import type { DistrictCount, StatisticsContribution } from '../../../core/module/statistics.js';
import { statisticsSnapshots } from '../db/schema.js';
import { participationFigures, type ParticipationSnapshot } from '../domain/participation.js';
import { listPopulation } from '../db/queries.js';

export const participationKey = 'participation';
/** Kind of the job that recounts participation statistics (every ten minutes, and after a population change). */
export const refreshJobKind = 'statistics.refresh';
/** How many calendar months "active residents per month" covers, this one included. */
export const activeMonths = 12;

/**
 * Counts every module's measures and the active residents per month, and stores them as the `participation` snapshot
 * (the statistics job runs it every ten minutes; nothing else scans the modules' tables). An act counts in the month
 * of the city's clock it happened in; the resident counts in the district of their profile.
 */
export async function refreshParticipation(ctx: ModuleContext, now = new Date()): Promise<ParticipationSnapshot> {
  const db = ctx.database.db;
  const sources: readonly StatisticsContribution[] = ctx.statistics;
  const measures = [];
  for (const m of sources.flatMap((s) => s.measures ?? [])) measures.push({ id: m.id, counts: m.counts, byDistrict: pairs(await m.count(db)) });
  const snapshot: ParticipationSnapshot = {
    measures,
    ratios: sources.flatMap((s) => s.ratios ?? []),
    active: await activeByMonth(db, sources, ctx.config.cityTimezone, now),
  };
  await db
    .insert(statisticsSnapshots)
    .values({ key: participationKey, data: snapshot, computedAt: now })
    .onConflictDoUpdate({ target: statisticsSnapshots.key, set: { data: snapshot, computedAt: now } });
  published.forget(ctx);
  return snapshot;
}

const pairs = (counts: DistrictCount[]): [string | null, number][] => counts.map((c) => [c.districtId, Number(c.value)]);

async function activeByMonth(db: Executor, sources: readonly StatisticsContribution[], timeZone: string, now: Date): Promise<ParticipationSnapshot['active']> {
  const acts = sources.flatMap((s) => (s.activity ? [s.activity] : []));
  const residence = sources.find((s) => s.residence)?.residence;
  if (!acts.length) return [];
  const since = sql`date_trunc('month', (${now.toISOString()}::timestamptz at time zone ${timeZone})) - make_interval(months => ${activeMonths - 1})`;
  const rows = await queryRows<{ month: string; district_id: string | null; n: number }>(
    db,
    sql`select to_char(date_trunc('month', a.at at time zone ${timeZone}), 'YYYY-MM') as month, ${residence ? sql`r.district_id` : sql`null::text`} as district_id,
          count(distinct a.user_id)::int as n
        from (${sql.join(
          acts.map((a) => sql`(${a})`),
          sql` union all `,
        )}) a
        ${residence ? sql`left join (${residence}) r on r.user_id = a.user_id` : sql``}
        where a.user_id is not null and (a.at at time zone ${timeZone}) >= ${since}
        group by 1, 2 order by 1`,
  );
  const months = new Map<string, [string | null, number][]>();
  for (const r of rows) months.set(r.month, [...(months.get(r.month) ?? []), [r.district_id, Number(r.n)]]);
  return [...months].map(([month, byDistrict]) => ({ month, byDistrict }));
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
