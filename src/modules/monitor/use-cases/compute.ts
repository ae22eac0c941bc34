import { and, desc, gte, lt, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../core/db/client.js';
import type { ModuleContext } from '../../../core/module/module.js';
import type { StatisticsContribution } from '../../../core/module/statistics.js';
import { monitorMonths, surveyAnswers } from '../db/schema.js';
import { computeMeasures, monthBounds, monthOf, previousMonth, type MonthCounts, type MonthMeasures } from '../domain/monitor.js';

/** How many months the public page shows. */
export const shownMonths = 24;

const unionOf = (parts: SQL[]) =>
  sql.join(
    parts.map((p) => sql`(${p})`),
    sql` union all `,
  );

/**
 * Within [from, to), in one pass over every module's acts: distinct people and distinct (person, day) pairs among all
 * of them, and distinct people among the acts that are taking part (`participation` contributions).
 */
async function activity(
  db: Executor,
  parts: { act: SQL; participation: boolean }[],
  from: Date,
  to: Date,
  timeZone: string,
): Promise<{ people: number; days: number; participants: number }> {
  if (!parts.length) return { people: 0, days: 0, participants: 0 };
  const flagged = parts.map((p) => sql`select x.user_id, x.at, ${sql.raw(p.participation ? 'true' : 'false')} as taking from (${p.act}) x`);
  const [row] = await queryRows<{ people: number; days: number; participants: number }>(
    db,
    sql`select count(distinct a.user_id)::int as people,
          count(distinct (a.user_id, (a.at at time zone ${timeZone})::date))::int as days,
          count(distinct a.user_id) filter (where a.taking)::int as participants
        from (${unionOf(flagged)}) a
        where a.user_id is not null and a.at >= ${from.toISOString()}::timestamptz and a.at < ${to.toISOString()}::timestamptz`,
  );
  return { people: Number(row?.people ?? 0), days: Number(row?.days ?? 0), participants: Number(row?.participants ?? 0) };
}

/** Distinct volunteers and the hours confirmed within [from, to). */
async function volunteering(db: Executor, parts: SQL[], from: Date, to: Date): Promise<{ people: number; hours: number }> {
  if (!parts.length) return { people: 0, hours: 0 };
  const [row] = await queryRows<{ people: number; hours: number | string | null }>(
    db,
    sql`select count(distinct v.user_id)::int as people, coalesce(sum(v.hours), 0) as hours
        from (${unionOf(parts)}) v
        where v.user_id is not null and v.at >= ${from.toISOString()}::timestamptz and v.at < ${to.toISOString()}::timestamptz`,
  );
  return { people: Number(row?.people ?? 0), hours: Number(row?.hours ?? 0) };
}

/** Registered residents now, from the contribution that says where each person lives (the accounts module). */
async function registered(db: Executor, sources: readonly StatisticsContribution[]): Promise<number> {
  const measure = sources.flatMap((s) => s.measures ?? []).find((m) => m.id === 'registered');
  if (!measure) return 0;
  return (await measure.count(db)).reduce((sum, c) => sum + c.value, 0);
}

/** Counts one month over every module's contribution and the survey answers given in it. */
export async function countMonth(ctx: ModuleContext, month: string): Promise<MonthCounts> {
  const db = ctx.database.db;
  const tz = ctx.config.cityTimezone;
  const { from, to } = monthBounds(month, tz);
  const sources = ctx.statistics;
  const active = await activity(
    db,
    sources.flatMap((s) => (s.activity ? [{ act: s.activity, participation: !!s.participation }] : [])),
    from,
    to,
    tz,
  );
  const volunteers = await volunteering(
    db,
    sources.flatMap((s) => (s.hours ? [s.hours] : [])),
    from,
    to,
  );
  const answers = await db
    .select({ usefulness: surveyAnswers.usefulness, recommend: surveyAnswers.recommend, community: surveyAnswers.community, sample: surveyAnswers.sample })
    .from(surveyAnswers)
    .where(and(gte(surveyAnswers.createdAt, from), lt(surveyAnswers.createdAt, to), sql`not ${surveyAnswers.dismissed}`));
  return {
    registered: await registered(db, sources),
    activeResidents: active.people,
    activeDays: active.days,
    participants: active.participants,
    volunteers: volunteers.people,
    volunteerHours: volunteers.hours,
    answers,
    sampleAnswers: answers.filter((a) => a.sample).length,
  };
}

/** Computes and stores one month's six measures (a re-run replaces them). */
export async function computeMonth(ctx: ModuleContext, month: string, now = new Date()): Promise<MonthMeasures> {
  const measures = computeMeasures(await countMonth(ctx, month));
  await ctx.database.db
    .insert(monitorMonths)
    .values({ month, measures, computedAt: now })
    .onConflictDoUpdate({ target: monitorMonths.month, set: { measures, computedAt: now } });
  return measures;
}

/**
 * The monitor's daily run: the current month so far and the month before (its last acts and answers may arrive after
 * it ends, e.g. hours confirmed late); a month with no row yet among the last `shownMonths` is filled in once (a new
 * installation).
 */
export async function computeMonitor(ctx: ModuleContext, now = new Date()): Promise<void> {
  const current = monthOf(now, ctx.config.cityTimezone);
  const stored = new Set((await ctx.database.db.select({ month: monitorMonths.month }).from(monitorMonths)).map((r) => r.month));
  const due = [current];
  let m = previousMonth(current);
  for (let i = 1; i < shownMonths; i++, m = previousMonth(m)) if (!stored.has(m) || i === 1) due.push(m);
  for (const month of due) await computeMonth(ctx, month, now);
}

/** The published monitor: the stored months, oldest first, from the first in which anything happened. */
export async function readMonitor(db: Executor) {
  const rows = (await db.select().from(monitorMonths).orderBy(desc(monitorMonths.month)).limit(shownMonths)).reverse();
  const first = rows.findIndex((r) => !(r.measures as MonthMeasures).quiet);
  return (first < 0 ? [] : rows.slice(first)).map((r) => {
    const { quiet: _quiet, ...measures } = r.measures as MonthMeasures;
    return { month: r.month, computedAt: r.computedAt.toISOString(), ...measures };
  });
}
