import { localDay } from '../../../core/time/calendar.js';
import { and, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import type { Executor, Tx } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { countVerifiedResidents } from '../../verification/index.js';
import { answerCounts, answeredCounts, findPoll, responseBreakdown, type FullPoll } from '../db/queries.js';
import { polls } from '../db/schema.js';
import { pollResults, type DecisionRule, type PollResults } from '../domain/results.js';
import { canClosePoll } from '../policy.js';
import { pollClosed } from '../events.js';
import { emitEvent } from '../../../core/jobs/events.js';
import { recordPollCommitments } from './poll-commitments.js';

/** The decision rule of a poll, or null when it has none. */
export function ruleOf(p: FullPoll['poll']): DecisionRule | null {
  if (!p.decisionQuestionId || !p.decisionOptionId || !p.majorityNumerator || !p.majorityDenominator) return null;
  return {
    questionId: p.decisionQuestionId,
    optionId: p.decisionOptionId,
    minTurnoutCount: p.minTurnoutCount,
    minTurnoutPermille: p.minTurnoutPermille,
    numerator: p.majorityNumerator,
    denominator: p.majorityDenominator,
    strict: p.majorityStrict,
  };
}

/**
 * Computes a poll's results from its responses: turnout (and the share of verified residents matching the targets),
 * per-district and per-age-band counts, per-question counts, and the decision.
 */
export async function computeResults(db: Executor, found: FullPoll, timeZone: string, now: Date): Promise<PollResults> {
  const ids = found.questions.map((q) => q.id);
  const [counts, answered, breakdown, eligible] = [
    await answerCounts(db, ids),
    await answeredCounts(db, ids),
    await responseBreakdown(db, found.poll.id),
    await countVerifiedResidents(db, { districtIds: found.poll.districtIds, ageBands: found.poll.ageBands, day: localDay(now, timeZone) }),
  ];
  return pollResults({
    computedAt: now,
    questions: found.questions.map((q) => ({ id: q.id, kind: q.kind, scale: q.scale, optionIds: q.options.map((o) => o.id) })),
    counts,
    answered,
    responses: breakdown.responses,
    verifiedResponses: breakdown.verifiedResponses,
    eligible,
    districts: breakdown.districts,
    ageBands: breakdown.ageBands,
    rule: ruleOf(found.poll),
  });
}

/**
 * Computes and stores a poll's final results and closes it, in the caller's transaction (the poll row locked by it, so
 * it runs once per poll): what the poll decided becomes the city's commitment in the same transaction.
 */
async function freeze(ctx: ModuleContext, tx: Tx, found: FullPoll, actorId: string | null, now: Date): Promise<PollResults> {
  const results = await computeResults(tx, found, ctx.config.cityTimezone, now);
  await tx.update(polls).set({ closedAt: now, results, updatedAt: now }).where(eq(polls.id, found.poll.id));
  await recordPollCommitments(tx, found, results, actorId, ctx.config.cityTimezone, now);
  await emitEvent(tx, pollClosed, {
    actorId: null,
    entityType: 'poll',
    entityId: found.poll.id,
    data: { title: found.poll.title, path: `/polls/${found.poll.id}`, responses: results.responses, passed: results.decision?.passed ?? null },
  });
  return results;
}

/**
 * Closes a published poll now, before its closing time, and freezes its results (administrators, audited); 409 when it
 * is already closed (the close job and a second click wait for the lock, then find it closed: one commitment).
 */
export async function closePoll(ctx: ModuleContext, actor: Actor, pollId: string, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const found = await findPoll(tx, pollId, true);
    if (!found) throw new AppError(404, 'poll_not_found');
    authorize(actor, canClosePoll(actor, found.poll));
    const results = await freeze(ctx, tx, found, actor.userId, now);
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'poll.closed_early',
      subjectType: 'poll',
      subjectId: pollId,
      data: { responses: results.responses, passed: results.decision?.passed ?? null },
    });
  });
  ctx.jobs.kick();
}

/** Closes every published poll whose closing time has passed (the recurring job), each in its own transaction; returns how many it closed. */
export async function closeDuePolls(ctx: ModuleContext, now = new Date()): Promise<number> {
  const due = await ctx.database.db
    .select({ id: polls.id })
    .from(polls)
    .where(and(isNotNull(polls.publishedAt), isNull(polls.closedAt), lte(polls.closesAt, now)));
  let closed = 0;
  for (const p of due) {
    const done = await ctx.database.db.transaction(async (tx) => {
      // locked and read again: an administrator may have closed it meanwhile
      const found = await findPoll(tx, p.id, true);
      if (!found?.poll.publishedAt || found.poll.closedAt) return false;
      await freeze(ctx, tx, found, null, now);
      return true;
    });
    if (done) closed++;
  }
  return closed;
}
