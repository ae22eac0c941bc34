import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../../core/db/client.js';
import type { Actor } from '../../../../core/auth/actor.js';
import { hasRole } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findHeading } from '../../db/cycle-queries.js';
import { proposalMerged, proposalReviewed } from '../../events.js';
import { assignmentsOf, coauthorsOf, factsOfRow, findProposalByNumber, type ProposalRow } from '../../db/proposal-queries.js';
import { pbCycles, pbExperts, pbProposalCoauthors, pbProposals } from '../../db/schema.js';
import { normalMoney } from '../../domain/cycle-rules.js';
import { phaseAt, type CyclePhase } from '../../domain/phases.js';
import { reviewProblem } from '../../domain/proposal-rules.js';
import { assignmentCovers, canReviewProposal, canSeeReviewQueue, type ExpertAssignment } from '../../policy.js';
import { ruleError } from '../cycles/common.js';
import { emitProposalEvent } from '../proposals/common.js';
import { proposalSummaries, type ProposalSummary } from '../proposals/read-proposals.js';

export interface ReviewQueue {
  cycles: { id: string; title: string; year: number; currency: string; phase: CyclePhase }[];
  items: ProposalSummary[];
}

/**
 * An expert's queue: proposals of the cycles they are assigned to, covered by their assignments
 * (administrators: all), not yet decided first, then by number. `status` narrows it.
 */
export async function reviewQueue(
  ctx: ModuleContext,
  actor: Actor,
  f: { cycleId?: string | undefined; status?: 'submitted' | 'feasible' | 'unfeasible' | 'merged' | undefined },
  now = new Date(),
): Promise<ReviewQueue> {
  const db = ctx.database.db;
  const mine = actor.kind === 'user' ? await db.select().from(pbExperts).where(eq(pbExperts.userId, actor.userId)) : [];
  authorize(actor, canSeeReviewQueue(actor, mine));
  const admin = hasRole(actor, 'administrator');
  const cycleIds = admin ? undefined : [...new Set(mine.map((a) => a.cycleId))];
  const cycles = await db
    .select()
    .from(pbCycles)
    .where(cycleIds ? inArray(pbCycles.id, cycleIds.length ? cycleIds : ['00000000-0000-0000-0000-000000000000']) : undefined);
  const open = cycles.filter((c) => c.importedFrom === null && phaseAt(c, now) !== 'draft');
  const conds: (SQL | undefined)[] = [
    inArray(pbProposals.cycleId, open.length ? open.map((c) => c.id) : ['00000000-0000-0000-0000-000000000000']),
    f.cycleId ? eq(pbProposals.cycleId, f.cycleId) : undefined,
    f.status ? eq(pbProposals.status, f.status) : ne(pbProposals.status, 'withdrawn'),
  ];
  const rows = await db
    .select()
    .from(pbProposals)
    .where(and(...conds))
    .orderBy(sql`case when ${pbProposals.status} = 'submitted' then 0 else 1 end`, asc(pbProposals.number))
    .limit(500);
  const byCycle = new Map<string, ExpertAssignment[]>();
  for (const a of mine) byCycle.set(a.cycleId, [...(byCycle.get(a.cycleId) ?? []), a]);
  const covered = admin ? rows : rows.filter((r) => assignmentCovers(byCycle.get(r.cycleId) ?? [], r));
  return {
    cycles: open.sort((a, b) => b.year - a.year).map((c) => ({ id: c.id, title: c.title, year: c.year, currency: c.currency, phase: phaseAt(c, now) })),
    items: await proposalSummaries(db, covered),
  };
}

/** An expert's decision; the opinion comes cleaned and within its limits (the route's schema: the one text rule). */
export interface ReviewDecision {
  decision: 'feasible' | 'unfeasible';
  opinion: string;
  finalCost?: string | null | undefined;
  implementationMonths?: number | null | undefined;
}

/** The proposal locked for update, with the facts canReviewProposal takes (the caller's assignments in its cycle). */
async function loadForReview(tx: Executor, actor: Actor, number: number, now: Date) {
  const row = await findProposalByNumber(tx, number, { forUpdate: true });
  if (!row) throw new AppError(404, 'proposal_not_found', { number });
  const co = (await coauthorsOf(tx, [row.id])).get(row.id) ?? [];
  const facts = factsOfRow(
    row,
    co.map((c) => c.userId),
  );
  const found = (await findHeading(tx, row.headingId, now))!;
  const assignments = actor.kind === 'user' ? await assignmentsOf(tx, row.cycleId, actor.userId) : [];
  return { row, facts, co, phase: found.phase, assignments };
}

/**
 * An expert decides on a proposal during review: feasible (with the final cost and the implementation
 * period in months) or not, with a public, reasoned opinion. It may be decided again while the review
 * lasts. Audited; the authors and followers are notified (`proposal.reviewed`).
 */
export async function reviewProposal(ctx: ModuleContext, actor: Actor, number: number, input: ReviewDecision, now = new Date()): Promise<ProposalRow> {
  const { opinion } = input;
  const finalCost = input.finalCost?.trim() || null;
  const row = await ctx.database.db.transaction(async (tx) => {
    const { row, facts, co, phase, assignments } = await loadForReview(tx, actor, number, now);
    authorize(actor, canReviewProposal(actor, facts, phase, assignments));
    const problem = reviewProblem({ decision: input.decision, finalCost, implementationMonths: input.implementationMonths ?? null });
    if (problem) throw ruleError(problem);
    const [updated] = await tx
      .update(pbProposals)
      .set({
        status: input.decision,
        reviewOpinion: opinion,
        finalCost: finalCost ? normalMoney(finalCost) : null,
        implementationMonths: input.implementationMonths ?? null,
        reviewedBy: actor.userId,
        reviewedAt: now,
        updatedAt: now,
      })
      .where(eq(pbProposals.id, row.id))
      .returning();
    const p = updated!;
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'proposal.reviewed',
      subjectType: 'proposal',
      subjectId: String(p.number),
      data: { decision: p.status, finalCost: p.finalCost, implementationMonths: p.implementationMonths, previous: row.status },
    });
    await emitProposalEvent(tx, proposalReviewed, actor.userId, p, {
      decision: p.status,
      authorIds: [row.authorId, ...co.map((c) => c.userId)].filter((id) => id !== null),
    });
    return p;
  });
  ctx.jobs.kick();
  return row;
}

/**
 * Merges a proposal into a similar one of the same heading during review: it becomes `merged` (off the
 * ballot) pointing to the other, and its author and co-authors are credited as co-authors of the other
 * (`via_merge`). Audited; its authors are notified (`proposal.merged`).
 */
export async function mergeProposal(
  ctx: ModuleContext,
  actor: Actor,
  number: number,
  intoNumber: number,
  note: string | undefined,
  now = new Date(),
): Promise<ProposalRow> {
  if (number === intoNumber) throw ruleError({ field: 'intoNumber', code: 'review_merge_self' });
  const opinion = note || null;
  const row = await ctx.database.db.transaction(async (tx) => {
    // lock both in number order, so two merges of the same pair cannot deadlock
    const [first, second] = number < intoNumber ? [number, intoNumber] : [intoNumber, number];
    await findProposalByNumber(tx, first, { forUpdate: true });
    await findProposalByNumber(tx, second, { forUpdate: true });
    const { row, facts, co, phase, assignments } = await loadForReview(tx, actor, number, now);
    authorize(actor, canReviewProposal(actor, facts, phase, assignments));
    const target = await findProposalByNumber(tx, intoNumber);
    if (!target || target.headingId !== row.headingId) throw ruleError({ field: 'intoNumber', code: 'review_merge_other_heading' });
    if (target.status === 'withdrawn' || target.status === 'merged') throw ruleError({ field: 'intoNumber', code: 'review_merge_target_closed' });
    const targetCo = new Set(((await coauthorsOf(tx, [target.id])).get(target.id) ?? []).map((c) => c.userId));
    const credited = [row.authorId, ...co.map((c) => c.userId)].filter((id): id is string => !!id && id !== target.authorId && !targetCo.has(id));
    if (credited.length)
      await tx
        .insert(pbProposalCoauthors)
        .values(credited.map((userId) => ({ proposalId: target.id, userId, viaMerge: true })))
        .onConflictDoNothing();
    // proposals merged into this one earlier now point to the target too
    await tx
      .update(pbProposals)
      .set({ mergedIntoId: target.id, updatedAt: now })
      .where(and(eq(pbProposals.mergedIntoId, row.id), eq(pbProposals.status, 'merged')));
    const [updated] = await tx
      .update(pbProposals)
      .set({
        status: 'merged',
        mergedIntoId: target.id,
        reviewOpinion: opinion ?? row.reviewOpinion,
        reviewedBy: actor.userId,
        reviewedAt: now,
        updatedAt: now,
      })
      .where(eq(pbProposals.id, row.id))
      .returning();
    const p = updated!;
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'proposal.merged',
      subjectType: 'proposal',
      subjectId: String(p.number),
      data: { into: target.number, credited },
    });
    await emitProposalEvent(tx, proposalMerged, actor.userId, p, {
      intoNumber: target.number,
      intoTitle: target.title,
      authorIds: [row.authorId, ...co.map((c) => c.userId)].filter((id) => id !== null),
    });
    return p;
  });
  ctx.jobs.kick();
  return row;
}
