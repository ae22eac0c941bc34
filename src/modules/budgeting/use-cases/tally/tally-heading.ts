import { authorize } from '../../../../core/auth/authorize.js';
import type { Actor } from '../../../../core/auth/actor.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import type { Executor } from '../../../../core/db/client.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findHeading, type CycleRow, type HeadingRow } from '../../db/cycle-queries.js';
import { and, eq, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { emitEvent } from '../../../../core/jobs/events.js';
import { pbCycles, pbHeadings, pbProposals, pbResults } from '../../db/schema.js';
import { headingResultsPublic, headingTallied } from '../../events.js';
import { decideAndExplain, type ProjectExplanation } from '../../domain/explain.js';
import { toDecimal } from '../../domain/fraction.js';
import { instanceFromPb } from '../../domain/instance.js';
import { parsePb } from '../../domain/pabulib.js';
import { canTally, resultsPublic } from '../../policy-ballots.js';
import type { CyclePhase } from '../../domain/phases.js';
import { requireHeading } from '../ballots/ballot-common.js';
import { headingBallotFile } from './ballot-file-text.js';
import { votersByDistrict } from '../../db/ballot-queries.js';

/** A project's published explanation: the rule's codes and figures, with proposal numbers. */
export interface StoredExplanation extends Omit<ProjectExplanation, 'supportersFunded'> {
  number: number;
  /** Numbers of the funded projects its supporters paid for instead. */
  supportersFunded?: number[];
}

/**
 * Computes a heading's winners from its published ballot file (so the file reproduces them) by the cycle's rule
 * and stores them with every project's explanation and the file's SHA-256, replacing an earlier tally. Audited.
 * `announced`: the outcome is public already and its event tells followers now; otherwise the announce job tells
 * them when the results phase begins. `residence` (who lives where, the accounts module's statistics contribution):
 * the ballots are counted by their voters' districts with it, for the representativeness panel.
 */
export async function computeTally(
  tx: Executor,
  heading: HeadingRow,
  cycle: CycleRow,
  actorId: string | null,
  now = new Date(),
  announced = false,
  residence?: SQL,
) {
  const file = await headingBallotFile(tx, heading, cycle);
  const election = parsePb(file.text);
  const outcome = decideAndExplain(instanceFromPb(election), {
    rule: cycle.rule,
    utility: cycle.utility,
    completion: cycle.completion,
    maxWinners: heading.maxWinners,
  });
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
    announcedAt: announced ? now : null,
    votersByDistrict: await votersByDistrict(tx, heading.id, residence),
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

/** Who lives where, from the module that says so (the accounts module), if any is enabled. */
export const residenceOf = (ctx: ModuleContext): SQL | undefined => ctx.statistics.find((s) => s.residence)?.residence;

/**
 * Locks a heading row against ballots before its tally reads them, in the tally's transaction: locked for update,
 * so ballots being cast on it (each holds a share lock until it commits) commit first and are counted; and rewritten
 * unchanged, so that a ballot waiting for the lock finds a new row version once the tally commits and is checked
 * again (castBallot compares the version it read; a statement's other reads would not see the tally's result).
 */
export async function lockHeadingForTally(tx: Executor, headingId: string): Promise<void> {
  await tx.select({ id: pbHeadings.id }).from(pbHeadings).where(eq(pbHeadings.id, headingId)).for('update');
  await tx
    .update(pbHeadings)
    .set({ id: sql`${pbHeadings.id}` })
    .where(eq(pbHeadings.id, headingId));
}

/** An administrator's tally of a heading once voting is over (recomputing replaces the result); emits `pb_heading.tallied`. */
export async function tallyHeading(ctx: ModuleContext, actor: Actor, headingId: string, now = new Date()) {
  const db = ctx.database.db;
  const { heading, cycle, phase } = await requireHeading(db, headingId, now);
  authorize(actor, canTally(actor, phase));
  const actorId = actor.userId;
  const row = await db.transaction(async (tx) => {
    await lockHeadingForTally(tx, heading.id);
    const result = await computeTally(tx, heading, cycle, actorId, now, resultsPublic(phase), residenceOf(ctx));
    // followers of each proposal hear whether it won (the notifications module waits for the results phase)
    await emitOutcome(tx, headingTallied, actorId, heading, phase, result.explanations as StoredExplanation[]);
    return result;
  });
  ctx.jobs.kick();
  return row;
}

/** The event that carries a heading's outcome per proposal (number, title, funded) to the notifications module. */
async function emitOutcome(
  tx: Executor,
  def: typeof headingTallied | typeof headingResultsPublic,
  actorId: string | null,
  heading: HeadingRow,
  phase: CyclePhase,
  explanations: StoredExplanation[],
) {
  const titles = new Map(
    (await tx.select({ number: pbProposals.number, title: pbProposals.title }).from(pbProposals).where(eq(pbProposals.headingId, heading.id))).map((p) => [
      p.number,
      p.title,
    ]),
  );
  const proposals = explanations.map((e) => ({ number: e.number, title: titles.get(e.number) ?? '', funded: e.funded }));
  await emitEvent(tx, def, {
    actorId,
    entityType: 'pb_heading',
    entityId: heading.id,
    data: { headingTitle: heading.title, phase, path: `/budgeting/headings/${heading.id}/results`, proposals },
  });
}

/**
 * Tallies made before the results phase are announced when it begins: each unannounced tally of a heading whose
 * cycle has reached the results phase is marked announced and emits `pb_heading.results_public` (once: the
 * conditional UPDATE claims it). Returns how many were announced.
 */
export async function announceDueResults(ctx: ModuleContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  const due = await db
    .select({ headingId: pbResults.headingId })
    .from(pbResults)
    .innerJoin(pbHeadings, eq(pbHeadings.id, pbResults.headingId))
    .innerJoin(pbCycles, eq(pbCycles.id, pbHeadings.cycleId))
    .where(and(isNull(pbResults.announcedAt), lte(pbCycles.resultsFrom, now)));
  let announced = 0;
  for (const { headingId } of due) {
    const done = await db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(pbResults)
        .set({ announcedAt: now })
        .where(and(eq(pbResults.headingId, headingId), isNull(pbResults.announcedAt)))
        .returning({ explanations: pbResults.explanations });
      if (!claimed) return false;
      const found = await findHeading(tx, headingId, now);
      if (!found) return false;
      await emitOutcome(tx, headingResultsPublic, null, found.heading, found.phase, claimed.explanations as StoredExplanation[]);
      return true;
    });
    if (done) announced++;
  }
  if (announced) ctx.jobs.kick();
  return announced;
}
