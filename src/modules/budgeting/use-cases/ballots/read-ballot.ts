import { localDay } from '../../../../core/time/calendar.js';
import type { Actor } from '../../../../core/auth/actor.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { verifiedResident } from '../../../verification/index.js';
import { findBallot, findResult } from '../../db/ballot-queries.js';
import { ballotProposals, type BallotProposal, type CycleRow, type HeadingRow } from '../../db/cycle-queries.js';
import type { Decision } from '../../../../core/auth/decision.js';
import type { CyclePhase } from '../../domain/phases.js';
import { voteParams, voteStanding, type VoteFacts } from '../../policy-ballots.js';
import { requireHeading } from './ballot-common.js';

/** What a voter sees on a heading's ballot page. */
export interface BallotView {
  heading: HeadingRow;
  cycle: CycleRow;
  phase: CyclePhase;
  /** Whether the caller may vote now, and why not (canVote, the moment first), with the figures its message names. */
  eligibility: Decision;
  eligibilityParams: Record<string, number>;
  proposals: BallotProposal[];
  /** The voter's current choices (number → points), null when they have not voted. */
  mine: { numbers: number[]; points: number[]; updatedAt: Date } | null;
}

/** The facts the vote policy needs about the actor, heading and moment. */
export async function voteFacts(ctx: ModuleContext, actor: Actor, heading: HeadingRow, cycle: CycleRow, phase: CyclePhase, now: Date): Promise<VoteFacts> {
  const resident = actor.kind === 'user' ? await verifiedResident(ctx.database.db, actor.userId) : null;
  return {
    phase,
    tallied: (await findResult(ctx.database.db, heading.id)) !== undefined,
    verified: resident ? { districtId: resident.districtId, birthDate: resident.birthDate } : null,
    today: localDay(now, ctx.config.cityTimezone),
    cycle: { minAge: cycle.minAge, excludeOfficials: cycle.excludeOfficials },
    heading: { districtId: heading.districtId, residentsOnly: heading.residentsOnly },
  };
}

/**
 * A heading's ballot for whoever asks: the rules, the projects with their costs, whether the caller may vote and
 * why not, and the caller's current choices. Anyone may read it; only eligible voters may cast.
 */
export async function getBallot(ctx: ModuleContext, actor: Actor, headingId: string, now = new Date()): Promise<BallotView> {
  const db = ctx.database.db;
  const { heading, cycle, phase } = await requireHeading(db, headingId, now);
  const facts = await voteFacts(ctx, actor, heading, cycle, phase, now);
  const row = actor.kind === 'user' ? await findBallot(db, headingId, actor.userId) : undefined;
  return {
    heading,
    cycle,
    phase,
    eligibility: voteStanding(actor, facts),
    eligibilityParams: voteParams(facts),
    proposals: await ballotProposals(db, headingId),
    mine: row ? { numbers: row.numbers, points: row.points, updatedAt: row.updatedAt } : null,
  };
}
