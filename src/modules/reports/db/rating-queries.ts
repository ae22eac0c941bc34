import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import type { RatingFacts } from '../policy.js';
import { reportRatings, reportSupports } from './schema.js';

export type RatingRow = typeof reportRatings.$inferSelect;

/** Whether the person said "me too" on the report and rated its answer already (one query, both by primary key). */
export async function ratingFactsOf(db: Executor, reportId: string, userId: string): Promise<RatingFacts> {
  const [row] = await db
    .select({
      isSupporter: sql<boolean>`exists (select 1 from ${reportSupports} where ${reportSupports.reportId} = ${reportId} and ${reportSupports.userId} = ${userId})`,
      hasRated: sql<boolean>`exists (select 1 from ${reportRatings} where ${reportRatings.reportId} = ${reportId} and ${reportRatings.userId} = ${userId})`,
    })
    .from(sql`(select 1) as one`);
  return { isSupporter: Boolean(row?.isSupporter), hasRated: Boolean(row?.hasRated) };
}

/** The person's rating of a report, if any. */
export async function ratingOf(db: Executor, reportId: string, userId: string): Promise<RatingRow | undefined> {
  const [row] = await db
    .select()
    .from(reportRatings)
    .where(and(eq(reportRatings.reportId, reportId), eq(reportRatings.userId, userId)))
    .limit(1);
  return row;
}

/** Every rating of a report, oldest first (for its department's officials: the caller leaves the person out). */
export function ratingsOfReport(db: Executor, reportId: string): Promise<RatingRow[]> {
  return db.select().from(reportRatings).where(eq(reportRatings.reportId, reportId)).orderBy(asc(reportRatings.createdAt));
}
