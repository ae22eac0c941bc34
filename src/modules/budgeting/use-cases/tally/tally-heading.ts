import type { Actor } from '../../../../core/auth/actor.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import type { Executor } from '../../../../core/db/client.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import type { CycleRow, HeadingRow } from '../../db/cycle-queries.js';
import { eq } from 'drizzle-orm';
import { emitEvent } from '../../../../core/jobs/jobs.js';
import { pbProposals, pbResults } from '../../db/schema.js';
import { decideAndExplain, type ProjectExplanation } from '../../domain/explain.js';
import { toDecimal } from '../../domain/fraction.js';
import { instanceFromPb } from '../../domain/instance.js';
import { parsePb } from '../../domain/pabulib.js';
import { canTally } from '../../policy-ballots.js';
import { authorizeBallot, requireHeading } from '../ballots/ballot-common.js';
import { headingBallotFile } from './ballot-file-text.js';

/** A project's published explanation: the rule's codes and figures, with proposal numbers. */
export interface StoredExplanation extends Omit<ProjectExplanation, 'supportersFunded'> {
  number: number;
  /** Numbers of the funded projects its supporters paid for instead. */
  supportersFunded?: number[];
}

/**
 * Computes a heading's winners from its published ballot file (so the file reproduces them) by the cycle's rule
 * and stores them with every project's explanation and the file's SHA-256, replacing an earlier tally. Audited.
 */
export async function computeTally(tx: Executor, heading: HeadingRow, cycle: CycleRow, actorId: string | null, now = new Date()) {
  const file = await headingBallotFile(tx, heading, cycle);
  const election = parsePb(file.text);
  const outcome = decideAndExplain(instanceFromPb(election), { rule: cycle.rule, utility: cycle.utility, completion: cycle.completion, maxWinners: heading.maxWinners });
  const num = (id: string) => file.numberOf.get(id)!;
  const explanations: StoredExplanation[] = outcome.explanations.map(({ supportersFunded, ...e }) => ({
    ...e,
    number: num(e.id),
    ...(supportersFunded ? { supportersFunded: supportersFunded.map(num) } : {}),
  }));
  const selected = outcome.selected.map((id) => String(num(id))).sort();
  const values = {
    headingId: heading.id,
    rule: cycle.rule,
    utility: cycle.utility,
    completion: cycle.completion,
    budget: heading.amount,
    cost: toDecimal(outcome.cost),
    ballots: election.votes.length,
    selected,
    explanations,
    ballotsSha256: file.sha256,
    computedAt: now,
    computedBy: actorId,
  };
  const [row] = await tx.insert(pbResults).values(values).onConflictDoUpdate({ target: pbResults.headingId, set: values }).returning();
  await appendAudit(tx, {
    actorId,
    action: 'budgeting.tallied',
    subjectType: 'pb_heading',
    subjectId: heading.id,
    data: { rule: cycle.rule, utility: cycle.utility, completion: cycle.completion, ballots: values.ballots, selected, ballotsSha256: file.sha256 },
  });
  return row!;
}

/** An administrator's tally of a heading once voting is over (recomputing replaces the result); emits `pb_heading.tallied`. */
export async function tallyHeading(ctx: ModuleContext, actor: Actor, headingId: string, now = new Date()) {
  const db = ctx.database.db;
  const { heading, cycle, phase } = await requireHeading(db, headingId, now);
  authorizeBallot(canTally(actor, phase));
  const actorId = actor.kind === 'user' ? actor.userId : null;
  const row = await db.transaction(async (tx) => {
    const result = await computeTally(tx, heading, cycle, actorId, now);
    // followers of each proposal hear whether it won (the notifications module waits for the results phase)
    const titles = new Map((await tx.select({ number: pbProposals.number, title: pbProposals.title }).from(pbProposals).where(eq(pbProposals.headingId, heading.id))).map((p) => [p.number, p.title]));
    const proposals = (result.explanations as StoredExplanation[]).map((e) => ({ number: e.number, title: titles.get(e.number) ?? '', funded: e.funded }));
    await emitEvent(tx, { type: 'pb_heading.tallied', actorId, entityType: 'pb_heading', entityId: heading.id, data: { headingTitle: heading.title, phase, path: `/budgeting/headings/${heading.id}/results`, proposals } });
    return result;
  });
  ctx.jobs.kick();
  return row;
}
