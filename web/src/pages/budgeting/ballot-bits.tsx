import type { TFunction } from 'i18next';
import type { Formatters } from '../../format.js';

// What the ballot, results and receipt endpoints answer (helper B's part of the API).

export type BallotKind = 'approval-budget' | 'approval-count' | 'points';
export type CyclePhase = 'draft' | 'informing' | 'intake' | 'review' | 'voting' | 'tallying' | 'results' | 'implementation';

export interface BallotHeading {
  id: string;
  title: string;
  districtId: string | null;
  amount: string;
  ballotKind: BallotKind;
  minProjects: number | null;
  maxProjects: number | null;
  pointsTotal: number | null;
  pointsPerProject: number | null;
  maxWinners: number | null;
  residentsOnly: boolean;
}

export interface BallotCycle {
  id: string;
  title: string;
  year: number;
  votingFrom: string;
  tallyingFrom: string;
  resultsFrom: string;
  minAge: number;
  importedFrom: string | null;
  /** ISO 4217 code of the heading's amounts. */
  currency: string;
}

export interface BallotView {
  heading: BallotHeading;
  cycle: BallotCycle;
  phase: CyclePhase;
  eligibility: { eligible: boolean; reason: string | null; message: string | null };
  proposals: { number: number; title: string; cost: string }[];
  mine: { choices: { number: number; points: number }[]; updatedAt: string } | null;
}

export interface ResultProject {
  number: number;
  title: string;
  id: string;
  votes: string;
  cost: string;
  rank: number;
  ruleWinner: boolean;
  winner: boolean;
  code: string;
  remainingBefore?: string;
  round?: number;
  supporters?: number;
  supportersMoneyAtStart?: string;
  supportersMoneyAtEnd?: string;
  supportersFunded?: number[];
  override: { decision: 'add' | 'remove'; reason: string } | null;
}

export interface Results {
  heading: BallotHeading;
  cycle: BallotCycle;
  phase: CyclePhase;
  rule: 'greedy' | 'equal-shares';
  utility: 'cost' | 'approval';
  completion: string;
  budget: string;
  ruleCost: string;
  ballots: number;
  ballotsSha256: string;
  computedAt: string;
  projects: ResultProject[];
  overrides: { number: number; title: string; decision: 'add' | 'remove'; reason: string; decidedAt: string }[];
  totals: { winners: number; cost: string; remaining: string };
}

export interface Receipt {
  heading: BallotHeading;
  cycle: BallotCycle;
  voterId: string;
  ballotsSha256: string;
  castAt: string;
  updatedAt: string;
  choices: { number: number; title: string; points: number }[];
}

/** "4 210 votes" / «4 210 голосов» (points for points ballots). */
export function votesText(t: TFunction, f: Formatters, votes: string | number, kind: BallotKind): string {
  const count = Number(votes);
  return t(kind === 'points' ? 'results.points' : 'results.votes', { count, n: f.number(count) });
}

/** A project's result as a sentence: why it won or why it lost, with its figures. */
export function explanation(t: TFunction, f: Formatters, p: ResultProject, r: Pick<Results, 'rule' | 'heading' | 'cycle'>): string {
  const m = (x: string | undefined) => f.money(x ?? '0', r.cycle.currency, { compact: true });
  const params = {
    votes: votesText(t, f, p.votes, r.heading.ballotKind),
    cost: m(p.cost),
    remaining: m(p.remainingBefore),
    money: m(p.supportersMoneyAtStart),
    round: p.round ?? 0,
  };
  if (r.rule === 'greedy') {
    return p.code === 'funded' || p.code === 'did-not-fit-remaining-budget' || p.code === 'winner-limit-reached'
      ? t(`results.why.${p.code}`, params)
      : t('results.why.other', params);
  }
  switch (p.code) {
    case 'funded':
    case 'funded-by-completion':
    case 'no-supporters':
    case 'supporters-could-not-afford':
      return t(`results.why.es.${p.code}`, params);
    case 'winner-limit-reached':
      return t('results.why.winner-limit-reached', params);
    case 'supporters-money-spent':
      return p.supportersFunded?.length
        ? t('results.why.es.supporters-money-spent', { ...params, list: p.supportersFunded.map((n) => `№${n}`).join(', ') })
        : t('results.why.es.supporters-money-spent-other', params);
    default:
      return t('results.why.other', params);
  }
}
