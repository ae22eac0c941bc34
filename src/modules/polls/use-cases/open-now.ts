import { and, asc, gt, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../core/module/module.js';
import type { OpenNowItem, OpenNowViewer } from '../../../core/module/open-now.js';
import { polls } from '../db/schema.js';

/**
 * The polls open now for the home page, closing soonest first: published, opened and not yet closed. For a
 * signed-in resident, whether they already answered each (their own response only).
 */
export async function pollsOpenNow(ctx: ModuleContext, viewer: OpenNowViewer): Promise<OpenNowItem[]> {
  const userId = viewer.actor.kind === 'user' ? viewer.actor.userId : null;
  const answered = userId
    ? sql<boolean>`exists (select 1 from poll_responses r where r.poll_id = "polls"."id" and r.respondent_id = ${userId})`
    : sql<null>`null`;
  const rows = await ctx.database.db
    .select({
      id: polls.id,
      kind: polls.kind,
      title: polls.title,
      districtIds: polls.districtIds,
      closesAt: polls.closesAt,
      answered,
    })
    .from(polls)
    .where(and(isNotNull(polls.publishedAt), isNull(polls.closedAt), lte(polls.opensAt, viewer.now), gt(polls.closesAt, viewer.now)))
    .orderBy(asc(polls.closesAt))
    .limit(20);
  return rows.map((p) => ({
    section: 'open' as const,
    // a district priorities poll («Родной район») reads differently from a question to the city
    kind: p.kind === 'priorities' ? 'priorities' : 'poll',
    id: p.id,
    title: p.title,
    path: `/polls/${p.id}`,
    districtIds: p.districtIds,
    endsAt: p.closesAt,
    done: p.answered === null ? null : Boolean(p.answered),
  }));
}
