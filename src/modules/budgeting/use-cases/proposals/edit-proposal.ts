import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { publicPeople } from '../../../accounts/index.js';
import { openHeldCase, screenText } from '../../../moderation/index.js';
import { findHeading } from '../../db/cycle-queries.js';
import { proposalCoauthorAdded, proposalSupported, proposalWithdrawn } from '../../events.js';
import { coauthorsOf, factsOfRow, findProposalByNumber, type ProposalRow } from '../../db/proposal-queries.js';
import { pbProposalCoauthors, pbProposalSupports, pbProposals } from '../../db/schema.js';
import { normalMoney } from '../../domain/cycle-rules.js';
import { headingPlaceProblem, maxCoauthors, proposalCostProblem } from '../../domain/proposal-rules.js';
import type { CyclePhase } from '../../domain/phases.js';
import {
  canEditProposal,
  canLeaveProposal,
  canManageCoauthors,
  canReadProposal,
  canSupportProposal,
  canUnsupportProposal,
  canWithdrawProposal,
  type ProposalFacts,
} from '../../policy.js';
import { proposalType, ruleError } from '../cycles/common.js';
import { checkProposalPhotos, emitProposalEvent, setProposalPhotos } from './common.js';
import { placeDistrict, type NewProposal } from './create-proposal.js';
import type { Executor } from '../../../../core/db/client.js';

/** The proposal locked for update with its facts and phase; 404 when the caller may not see it. */
async function loadForChange(
  tx: Executor,
  actor: Actor,
  number: number,
  now: Date,
): Promise<{ row: ProposalRow; facts: ProposalFacts; phase: CyclePhase; headingDistrictId: string | null }> {
  const row = await findProposalByNumber(tx, number, { forUpdate: true });
  if (!row) throw new AppError(404, 'proposal_not_found', { number });
  const co = (await coauthorsOf(tx, [row.id])).get(row.id) ?? [];
  const facts = factsOfRow(
    row,
    co.map((c) => c.userId),
  );
  authorize(actor, canReadProposal(actor, facts), { number });
  const found = (await findHeading(tx, row.headingId, now))!;
  return { row, facts, phase: found.phase, headingDistrictId: found.heading.districtId };
}

export type ProposalChanges = Partial<Omit<NewProposal, 'headingId'>>;

/** Edits a proposal: its author and co-authors, while submitted and the cycle takes ideas (texts cleaned by the route's schema). */
export async function editProposal(ctx: ModuleContext, actor: Actor, number: number, input: ProposalChanges, now = new Date()): Promise<ProposalRow> {
  const db = ctx.database.db;
  const { title, description } = input;
  const problem = input.estimatedCost !== undefined ? proposalCostProblem(input.estimatedCost) : null;
  const placeChanged = input.lat !== undefined || input.lon !== undefined;
  const districtId = placeChanged ? await placeDistrict(ctx, input.lat, input.lon) : undefined;
  const words = title !== undefined || description !== undefined ? await screenText(db, `${title ?? ''}\n${description ?? ''}`) : [];
  const row = await db.transaction(async (tx) => {
    const { row, facts, phase, headingDistrictId } = await loadForChange(tx, actor, number, now);
    authorize(actor, canEditProposal(actor, facts, phase));
    if (problem) throw ruleError(problem);
    if (placeChanged) {
      const place = headingPlaceProblem(headingDistrictId, districtId ?? null, input.lat != null);
      if (place) throw ruleError(place);
    }
    if (input.photoIds) await checkProposalPhotos(tx, actor.userId, input.photoIds, row.id, now);
    const [updated] = await tx
      .update(pbProposals)
      .set({
        ...(title !== undefined ? { title } : {}),
        ...(description !== undefined ? { description } : {}),
        ...(input.topic ? { topic: input.topic } : {}),
        ...(input.estimatedCost !== undefined ? { estimatedCost: normalMoney(input.estimatedCost) } : {}),
        ...(placeChanged ? { lat: input.lat ?? null, lon: input.lon ?? null, districtId: districtId ?? headingDistrictId } : {}),
        ...(input.address !== undefined ? { address: input.address || null } : {}),
        ...(words.length && row.moderation === 'visible' ? { moderation: 'held' as const } : {}),
        updatedAt: now,
      })
      .where(eq(pbProposals.id, row.id))
      .returning();
    if (input.photoIds) await setProposalPhotos(tx, row.id, input.photoIds);
    if (words.length && row.moderation === 'visible')
      await openHeldCase(tx, { entityType: proposalType, entityId: String(row.number), authorId: actor.userId, words });
    return updated!;
  });
  return row;
}

/** Withdraws a proposal: its author, before voting starts. It leaves the public lists and the ballot. */
export async function withdrawProposal(ctx: ModuleContext, actor: Actor, number: number, now = new Date()): Promise<ProposalRow> {
  const row = await ctx.database.db.transaction(async (tx) => {
    const { row, facts, phase } = await loadForChange(tx, actor, number, now);
    authorize(actor, canWithdrawProposal(actor, facts, phase));
    const [updated] = await tx.update(pbProposals).set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now }).where(eq(pbProposals.id, row.id)).returning();
    await emitProposalEvent(tx, proposalWithdrawn, actor.kind === 'user' ? actor.userId : null, updated!);
    return updated!;
  });
  ctx.jobs.kick();
  return row;
}

/** The caller's support state of a proposal. */
export interface SupportState {
  supported: boolean;
  supportCount: number;
}

/** Supports a proposal (one each, during intake; saying it again is harmless). The supporter follows it. */
export async function supportProposal(ctx: ModuleContext, actor: Actor, number: number, now = new Date()): Promise<SupportState> {
  const state = await ctx.database.db.transaction(async (tx) => {
    const { row, facts, phase } = await loadForChange(tx, actor, number, now);
    authorize(actor, canSupportProposal(actor, facts, phase));
    const added = await tx
      .insert(pbProposalSupports)
      .values({ proposalId: row.id, userId: actor.userId })
      .onConflictDoNothing()
      .returning({ u: pbProposalSupports.userId });
    if (!added.length) return { supported: true, supportCount: row.supportCount };
    const [updated] = await tx
      .update(pbProposals)
      .set({ supportCount: sql`${pbProposals.supportCount} + 1` })
      .where(eq(pbProposals.id, row.id))
      .returning();
    await emitProposalEvent(tx, proposalSupported, actor.userId, updated!);
    return { supported: true, supportCount: updated!.supportCount };
  });
  ctx.jobs.kick();
  return state;
}

/** Takes a support back (during intake). */
export async function unsupportProposal(ctx: ModuleContext, actor: Actor, number: number, now = new Date()): Promise<SupportState> {
  return ctx.database.db.transaction(async (tx) => {
    const { row, phase } = await loadForChange(tx, actor, number, now);
    authorize(actor, canUnsupportProposal(actor, phase));
    const removed = await tx
      .delete(pbProposalSupports)
      .where(and(eq(pbProposalSupports.proposalId, row.id), eq(pbProposalSupports.userId, actor.userId)))
      .returning({ u: pbProposalSupports.userId });
    if (!removed.length) return { supported: false, supportCount: row.supportCount };
    const [updated] = await tx
      .update(pbProposals)
      .set({ supportCount: sql`greatest(${pbProposals.supportCount} - 1, 0)` })
      .where(eq(pbProposals.id, row.id))
      .returning();
    return { supported: false, supportCount: updated!.supportCount };
  });
}

/**
 * The author names a co-author by account id (an invitation: the person is notified and may take their
 * name off). At most ten; not the author; each once (409 for a repeat).
 */
export async function addCoauthor(ctx: ModuleContext, actor: Actor, number: number, userId: string, now = new Date()): Promise<void> {
  const db = ctx.database.db;
  const person = (await publicPeople(db, [userId])).get(userId);
  await db.transaction(async (tx) => {
    const { row, facts, phase } = await loadForChange(tx, actor, number, now);
    authorize(actor, canManageCoauthors(actor, facts, phase));
    if (!person) throw ruleError({ field: 'userId', code: 'proposal_coauthor_unknown' });
    if (userId === row.authorId) throw ruleError({ field: 'userId', code: 'proposal_coauthor_is_author' });
    if (facts.coauthorIds.length >= maxCoauthors) throw ruleError({ field: 'userId', code: 'proposal_coauthors_too_many', params: { max: maxCoauthors } });
    const added = await tx
      .insert(pbProposalCoauthors)
      .values({ proposalId: row.id, userId })
      .onConflictDoNothing()
      .returning({ u: pbProposalCoauthors.userId });
    if (!added.length) throw new AppError(409, 'proposal_coauthor_already');
    await emitProposalEvent(tx, proposalCoauthorAdded, actor.kind === 'user' ? actor.userId : null, row, { coauthorId: userId });
  });
  ctx.jobs.kick();
}

/** Takes a co-author off: the author removes anyone, a co-author removes themselves. */
export async function removeCoauthor(ctx: ModuleContext, actor: Actor, number: number, userId: string, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { row, facts, phase } = await loadForChange(tx, actor, number, now);
    const self = actor.kind === 'user' && actor.userId === userId;
    authorize(actor, self ? canLeaveProposal(actor, facts, phase) : canManageCoauthors(actor, facts, phase));
    const removed = await tx
      .delete(pbProposalCoauthors)
      .where(and(eq(pbProposalCoauthors.proposalId, row.id), eq(pbProposalCoauthors.userId, userId)))
      .returning({ u: pbProposalCoauthors.userId });
    if (!removed.length) throw new AppError(404, 'proposal_coauthor_not_found');
  });
}
