import { and, asc, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { ModuleContext } from '../../../../core/module/module.js';
import type { OpenNowItem, OpenNowViewer } from '../../../../core/module/open-now.js';
import { pbCycles } from '../../db/schema.js';

/**
 * The city's budgeting cycles open to residents now, for the home page: taking proposals (until review begins) or
 * voting (until the tally begins); imported elections (examples from Pabulib) are never open here. For a signed-in
 * resident, whether they already cast a ballot in the cycle (their own ballot only).
 */
export async function budgetingOpenNow(ctx: ModuleContext, viewer: OpenNowViewer): Promise<OpenNowItem[]> {
  const { now } = viewer;
  const userId = viewer.actor.kind === 'user' ? viewer.actor.userId : null;
  const voted = userId
    ? sql<boolean>`exists (select 1 from pb_ballots b join pb_headings h on h.id = b.heading_id where h.cycle_id = "pb_cycles"."id" and b.voter_id = ${userId})`
    : sql<null>`null`;
  const rows = await ctx.database.db
    .select({
      id: pbCycles.id,
      title: pbCycles.title,
      intakeFrom: pbCycles.intakeFrom,
      reviewFrom: pbCycles.reviewFrom,
      tallyingFrom: pbCycles.tallyingFrom,
      voted,
    })
    .from(pbCycles)
    .where(
      and(
        isNull(pbCycles.importedFrom),
        or(and(lte(pbCycles.intakeFrom, now), gt(pbCycles.reviewFrom, now)), and(lte(pbCycles.votingFrom, now), gt(pbCycles.tallyingFrom, now))),
      ),
    )
    .orderBy(asc(pbCycles.tallyingFrom))
    .limit(5);
  return rows.map((c) => {
    const voting = c.intakeFrom > now || c.reviewFrom <= now;
    return {
      section: 'open' as const,
      kind: 'budgeting',
      id: c.id,
      title: c.title,
      path: `/budgeting/cycles/${c.id}`,
      // a phase ends at the midnight the next one starts (city time)
      endsAt: voting ? c.tallyingFrom : c.reviewFrom,
      status: voting ? 'voting' : 'intake',
      done: voting && c.voted !== null ? Boolean(c.voted) : null,
    };
  });
}
