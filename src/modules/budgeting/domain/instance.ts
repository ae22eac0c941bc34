/** The input the winner rules work on, independent of where the ballots came from. Pure. */
import { type Fraction } from './fraction.js';
import { type PbElection, pbBudget, pbVoteType } from './pabulib.js';

export type BallotKind = 'approval' | 'points' | 'ordinal';

export interface BudgetingInstance {
  budget: Fraction;
  projects: { id: string; cost: Fraction }[];
  kind: BallotKind;
  /** Ordinal ballots: a rank is worth maxLength − position points (defaults to the ballot's length). */
  maxLength?: number;
  ballots: { ids: string[]; points?: number[] }[];
}

export function instanceFromPb(e: PbElection): BudgetingInstance {
  const type = pbVoteType(e);
  const kind: BallotKind = type === 'approval' ? 'approval' : type === 'ordinal' ? 'ordinal' : 'points';
  const inst: BudgetingInstance = {
    budget: pbBudget(e),
    projects: e.projects.map((p) => ({ id: p.id, cost: p.cost })),
    kind,
    ballots: e.votes.map((v) => (kind === 'points' ? { ids: v.vote, points: v.points ?? v.vote.map(() => 1) } : { ids: v.vote })),
  };
  const maxLength = Number(e.meta.max_length);
  if (kind === 'ordinal' && Number.isInteger(maxLength) && maxLength > 0) inst.maxLength = maxLength;
  return inst;
}

/** The weight a ballot gives each of its projects when counting votes (greedy): 1, the points, or the rank's points. */
export function voteWeights(inst: BudgetingInstance, ballot: { ids: string[]; points?: number[] }): bigint[] {
  if (inst.kind === 'points') return ballot.ids.map((_, i) => BigInt(ballot.points?.[i] ?? 1));
  if (inst.kind === 'ordinal') {
    const max = inst.maxLength ?? ballot.ids.length;
    return ballot.ids.map((_, i) => BigInt(Math.max(max - i, 0)));
  }
  return ballot.ids.map(() => 1n);
}

/**
 * The weight used as utility by equal shares: 1 for approval, the points for points ballots, and for ordinal
 * ballots the rank's points as for greedy (this reproduces the pabutools outcomes in data/pabulib/EXPECTED.md).
 */
export function utilityWeights(inst: BudgetingInstance, ballot: { ids: string[]; points?: number[] }): bigint[] {
  return voteWeights(inst, ballot);
}

export const byIdString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
