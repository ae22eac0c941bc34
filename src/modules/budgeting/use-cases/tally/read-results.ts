import { authorize } from '../../../../core/auth/authorize.js';
import type { Actor } from '../../../../core/auth/actor.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findResult, headingOverrides, proposalsByNumber, type ResultRow } from '../../db/ballot-queries.js';
import type { CycleRow, HeadingRow } from '../../db/cycle-queries.js';
import { add, parseDecimal, sub, toDecimal, ZERO } from '../../domain/fraction.js';
import type { CyclePhase } from '../../domain/phases.js';
import { canReadResults } from '../../policy-ballots.js';
import { requireHeading } from '../ballots/ballot-common.js';
import { headingBallotFile } from './ballot-file-text.js';
import type { StoredExplanation } from './tally-heading.js';

export interface ResultProject extends StoredExplanation {
  title: string;
  /** Chosen by the rule. */
  ruleWinner: boolean;
  /** Final: the rule's choice with overrides applied. */
  winner: boolean;
  override: { decision: 'add' | 'remove'; reason: string } | null;
}

export interface ResultsView {
  heading: HeadingRow;
  cycle: CycleRow;
  phase: CyclePhase;
  result: ResultRow;
  projects: ResultProject[];
  overrides: { number: number; title: string; decision: 'add' | 'remove'; reason: string; decidedAt: Date }[];
  totals: { winners: number; cost: string; remaining: string };
}

/** A tallied heading's results for whoever may see them (everyone from the results phase on; administrators once tallied). */
export async function readResults(ctx: ModuleContext, actor: Actor, headingId: string, now = new Date()): Promise<ResultsView> {
  const db = ctx.database.db;
  const { heading, cycle, phase } = await requireHeading(db, headingId, now);
  const result = await findResult(db, headingId);
  authorize(actor, canReadResults(actor, phase, result !== undefined));
  const overrides = await headingOverrides(db, headingId);
  const byNumber = await proposalsByNumber(db, headingId);
  const overrideOf = new Map(overrides.map((o) => [o.number, o]));
  const selected = new Set(result!.selected.map(Number));
  let cost = ZERO;
  const projects = (result!.explanations as StoredExplanation[]).map((e) => {
    const o = overrideOf.get(e.number);
    const ruleWinner = selected.has(e.number);
    const winner = o ? o.decision === 'add' : ruleWinner;
    if (winner) cost = add(cost, parseDecimal(e.cost));
    return {
      ...e,
      title: byNumber.get(e.number)?.title ?? `№${e.number}`,
      ruleWinner,
      winner,
      override: o ? { decision: o.decision, reason: o.reason } : null,
    };
  });
  return {
    heading,
    cycle,
    phase,
    result: result!,
    projects,
    overrides: overrides.map((o) => ({ number: o.number, title: o.title, decision: o.decision, reason: o.reason, decidedAt: o.decidedAt })),
    totals: { winners: projects.filter((p) => p.winner).length, cost: toDecimal(cost), remaining: toDecimal(sub(parseDecimal(heading.amount), cost)) },
  };
}

/** The published ballot file of a tallied heading (the same bytes the tally was computed from, while ballots are unchanged). */
export async function readBallotFile(
  ctx: ModuleContext,
  actor: Actor,
  headingId: string,
  now = new Date(),
): Promise<{ text: string; sha256: string; fileName: string }> {
  const db = ctx.database.db;
  const { heading, cycle, phase } = await requireHeading(db, headingId, now);
  const result = await findResult(db, headingId);
  authorize(actor, canReadResults(actor, phase, result !== undefined));
  const file = await headingBallotFile(db, heading, cycle);
  if (file.sha256 !== result!.ballotsSha256) ctx.log.warn({ headingId }, 'the ballot file differs from the one tallied: tally again');
  return { text: file.text, sha256: file.sha256, fileName: `gorod_${cycle.year}_${heading.id.slice(0, 8)}.pb` };
}
