import { asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findHeading, type CycleRow, type HeadingRow } from '../../db/cycle-queries.js';
import { headingCounts, headingsOfCycle } from '../../db/proposal-queries.js';
import { pbCycles, pbProposals } from '../../db/schema.js';
import { phaseAt, type CyclePhase } from '../../domain/phases.js';
import { isListedInPhase } from '../../domain/proposal-rules.js';
import { canManageCycles, canReadCycle, canReadHeading } from '../../policy.js';
import { proposalSummaries, type ProposalSummary } from '../proposals/read-proposals.js';

export interface HeadingView {
  heading: HeadingRow;
  counts: { proposals: number; feasible: number };
}

export interface CycleView {
  cycle: CycleRow;
  phase: CyclePhase;
  headings: HeadingView[];
}

async function viewOf(ctx: ModuleContext, cycle: CycleRow, now: Date): Promise<CycleView> {
  const db = ctx.database.db;
  const headings = await headingsOfCycle(db, cycle.id);
  const counts = await headingCounts(
    db,
    headings.map((h) => h.id),
  );
  return {
    cycle,
    phase: phaseAt(cycle, now),
    headings: headings.map((heading) => ({ heading, counts: counts.get(heading.id) ?? { proposals: 0, feasible: 0 } })),
  };
}

/**
 * Cycles, newest year first, with their phase and headings. The public sees announced cycles only;
 * `all` (administrators) includes drafts.
 */
export async function listCycles(ctx: ModuleContext, actor: Actor, opts: { all?: boolean } = {}, now = new Date()): Promise<CycleView[]> {
  if (opts.all) authorize(actor, canManageCycles(actor));
  const rows = await ctx.database.db.select().from(pbCycles).orderBy(desc(pbCycles.year), desc(pbCycles.createdAt)).limit(100);
  const visible = rows.filter((c) => opts.all || phaseAt(c, now) !== 'draft');
  return Promise.all(visible.map((c) => viewOf(ctx, c, now)));
}

/** One cycle with its phase and headings; 404 for a draft unless the caller is an administrator. */
export async function getCycle(ctx: ModuleContext, actor: Actor, id: string, now = new Date()): Promise<CycleView> {
  const [cycle] = await ctx.database.db.select().from(pbCycles).where(eq(pbCycles.id, id));
  if (!cycle) throw new AppError(404, 'cycle_not_found');
  authorize(actor, canReadCycle(actor, phaseAt(cycle, now)));
  return viewOf(ctx, cycle, now);
}

export interface HeadingPageView {
  heading: HeadingRow;
  cycle: CycleRow;
  phase: CyclePhase;
  counts: { proposals: number; feasible: number };
  proposals: ProposalSummary[];
  /** Proposals not shown in this phase (from voting on: not feasible, merged or not reviewed). */
  otherCount: number;
}

/**
 * A heading with its cycle, the phase and its public proposals: everything not withdrawn until voting,
 * then only the feasible ones (by number) with a count of the rest.
 */
export async function getHeading(ctx: ModuleContext, actor: Actor, id: string, now = new Date()): Promise<HeadingPageView> {
  const db = ctx.database.db;
  const found = await findHeading(db, id, now);
  if (!found) throw new AppError(404, 'cycle_heading_not_found');
  authorize(actor, canReadHeading(actor, found.phase));
  const rows = await db.select().from(pbProposals).where(eq(pbProposals.headingId, id)).orderBy(asc(pbProposals.number));
  const publicRows = rows.filter((r) => r.moderation === 'visible' && r.status !== 'withdrawn');
  const listed = publicRows.filter((r) => isListedInPhase(r.status, found.phase));
  const counts = (await headingCounts(db, [id])).get(id) ?? { proposals: 0, feasible: 0 };
  return { ...found, counts, proposals: await proposalSummaries(db, listed), otherCount: publicRows.length - listed.length };
}
