import { and, asc, gt, isNotNull, isNull, lte } from 'drizzle-orm';
import type { ModuleContext } from '../../../core/module/module.js';
import type { OpenNowItem, OpenNowViewer } from '../../../core/module/open-now.js';
import { crowdProjects } from '../db/schema.js';

/**
 * Crowdsourcing projects taking ideas now, for the home page, the ideas phase ending soonest first (their vote, once
 * started, is a poll and comes with the polls).
 */
export async function crowdsourcingOpenNow(ctx: ModuleContext, viewer: OpenNowViewer): Promise<OpenNowItem[]> {
  const rows = await ctx.database.db
    .select({
      id: crowdProjects.id,
      number: crowdProjects.number,
      title: crowdProjects.title,
      districtId: crowdProjects.districtId,
      selectionFrom: crowdProjects.selectionFrom,
    })
    .from(crowdProjects)
    .where(
      and(
        isNotNull(crowdProjects.publishedAt),
        isNull(crowdProjects.reportPublishedAt),
        lte(crowdProjects.ideasFrom, viewer.now),
        gt(crowdProjects.selectionFrom, viewer.now),
      ),
    )
    .orderBy(asc(crowdProjects.selectionFrom))
    .limit(10);
  return rows.map((p) => ({
    section: 'open' as const,
    kind: 'crowdsourcing',
    id: p.id,
    number: p.number,
    title: p.title,
    path: `/crowdsourcing/${p.number}`,
    districtIds: p.districtId ? [p.districtId] : [],
    endsAt: p.selectionFrom,
    status: 'ideas',
  }));
}
