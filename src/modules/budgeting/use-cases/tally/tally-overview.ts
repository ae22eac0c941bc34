import { asc, count, eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findCycle } from '../../db/cycle-queries.js';
import { pbBallots, pbHeadings, pbResults } from '../../db/schema.js';
import { phaseAt } from '../../domain/phases.js';
import { canSeeTallyOverview } from '../../policy-ballots.js';

/** An administrator's view of a cycle's tally: each heading with its ballot count and its tally, if computed. */
export async function tallyOverview(ctx: ModuleContext, actor: Actor, cycleId: string, now = new Date()) {
  authorize(actor, canSeeTallyOverview(actor));
  const db = ctx.database.db;
  const cycle = await findCycle(db, cycleId);
  if (!cycle) throw new AppError(404, 'ballot_cycle_not_found');
  const headings = await db.select().from(pbHeadings).where(eq(pbHeadings.cycleId, cycleId)).orderBy(asc(pbHeadings.position), asc(pbHeadings.title));
  const counts = await db
    .select({ headingId: pbBallots.headingId, n: count() })
    .from(pbBallots)
    .innerJoin(pbHeadings, eq(pbHeadings.id, pbBallots.headingId))
    .where(eq(pbHeadings.cycleId, cycleId))
    .groupBy(pbBallots.headingId);
  const results = await db
    .select({ headingId: pbResults.headingId, computedAt: pbResults.computedAt, selected: pbResults.selected, ballotsSha256: pbResults.ballotsSha256 })
    .from(pbResults)
    .innerJoin(pbHeadings, eq(pbHeadings.id, pbResults.headingId))
    .where(eq(pbHeadings.cycleId, cycleId));
  const countOf = new Map(counts.map((c) => [c.headingId, Number(c.n)]));
  const resultOf = new Map(results.map((r) => [r.headingId, r]));
  return {
    cycle,
    phase: phaseAt(cycle, now),
    headings: headings.map((h) => {
      const r = resultOf.get(h.id);
      return {
        heading: h,
        ballots: countOf.get(h.id) ?? 0,
        tally: r ? { computedAt: r.computedAt, winners: r.selected.length, ballotsSha256: r.ballotsSha256 } : null,
      };
    }),
  };
}
