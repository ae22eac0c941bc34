import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../core/module/module.js';
import type { OpenNowItem, OpenNowViewer } from '../../../core/module/open-now.js';
import { initiatives } from '../db/schema.js';

/**
 * Initiatives collecting support now, for the home page, the window closing soonest first: supports out of the
 * threshold and the deadline; for a signed-in resident, whether they support it (their own support only).
 */
export async function initiativesOpenNow(ctx: ModuleContext, viewer: OpenNowViewer): Promise<OpenNowItem[]> {
  const userId = viewer.actor.kind === 'user' ? viewer.actor.userId : null;
  const supported = userId
    ? sql<boolean>`exists (select 1 from initiative_supports s where s.initiative_id = "initiatives"."id" and s.user_id = ${userId})`
    : sql<null>`null`;
  const rows = await ctx.database.db
    .select({
      id: initiatives.id,
      number: initiatives.number,
      title: initiatives.title,
      districtId: initiatives.districtId,
      supportCount: initiatives.supportCount,
      supportThreshold: initiatives.supportThreshold,
      supportClosesAt: initiatives.supportClosesAt,
      supported,
    })
    .from(initiatives)
    .where(and(eq(initiatives.status, 'collecting'), eq(initiatives.moderation, 'visible'), gt(initiatives.supportClosesAt, viewer.now)))
    .orderBy(asc(initiatives.supportClosesAt))
    .limit(20);
  return rows.map((i) => ({
    section: 'open' as const,
    kind: 'initiative',
    id: i.id,
    number: i.number,
    title: i.title,
    path: `/initiatives/${i.number}`,
    districtIds: i.districtId ? [i.districtId] : [],
    endsAt: i.supportClosesAt,
    progress: i.supportThreshold ? { count: i.supportCount, goal: i.supportThreshold } : null,
    done: i.supported === null ? null : Boolean(i.supported),
  }));
}
