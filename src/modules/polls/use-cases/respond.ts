import { localDay } from '../../../core/time/calendar.js';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import { emitEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { ageBandOn, verifiedResident } from '../../verification/index.js';
import { findPoll, hasResponded, type FullPoll } from '../db/queries.js';
import { pollAnswers, pollResponses, polls } from '../db/schema.js';
import { pollResponded } from '../events.js';
import { checkAnswers, type AnswerInput } from '../domain/answers.js';
import type { PollEligibility } from '../domain/eligibility.js';
import { canRespond, respondEligibility, respondentPlaceOf, type RespondentRecord } from '../policy.js';
import { newReceiptCode, receiptHash, requirePoll } from './poll-common.js';

/**
 * What is known of the actor as a respondent: their active verification (district and age band on the city-local
 * day) and, unless `checkAnswered` is false, whether they answered already (answering does not look: the unique index
 * refuses a second response anyway, racing or not).
 */
async function respondentRecord(ctx: ModuleContext, actor: Actor, found: FullPoll, now: Date, checkAnswered = true): Promise<RespondentRecord> {
  if (actor.kind !== 'user') return { verified: null, answered: false };
  const db = ctx.database.db;
  // two reads on the pool, not on one transaction's connection: they may run side by side
  const [resident, answered] = await Promise.all([verifiedResident(db, actor.userId), checkAnswered ? hasResponded(db, found.poll.id, actor.userId) : false]);
  const verified = resident ? { districtId: resident.districtId, ageBand: ageBandOn(resident, localDay(now, ctx.config.cityTimezone)) } : null;
  return { verified, answered };
}

/** Whether the actor may answer the poll now, and why not (for the poll's page). */
export async function eligibilityFor(ctx: ModuleContext, actor: Actor, found: FullPoll, now: Date): Promise<PollEligibility> {
  return respondEligibility(actor, found.poll, await respondentRecord(ctx, actor, found, now), now);
}

/**
 * Answers a poll, once: the response, its answers and the `poll.responded` event in one transaction. The receipt code
 * is returned once; only its hash is stored. One response per person is the unique index's guarantee — a racing second
 * request finds the row taken and is refused (409 poll_already_answered), never a second row or a 500. Refuses
 * (canRespond) anonymous callers 401; those the poll does not admit 403 (verification, district, age band); outside
 * its open time or a second time 409; a draft 404; and answers the questions do not allow 400. Responses are final.
 */
export async function respond(ctx: ModuleContext, actor: Actor, pollId: string, answers: AnswerInput[], now = new Date()): Promise<{ receipt: string }> {
  const found = await requirePoll(ctx.database.db, actor, pollId);
  const record = await respondentRecord(ctx, actor, found, now, false);
  authorize(actor, canRespond(actor, found.poll, record, now));
  const checkAgainst = (poll: FullPoll) =>
    checkAnswers(
      poll.questions.map((q) => ({ ...q, optionIds: q.options.map((o) => o.id) })),
      answers,
    );
  const check = checkAgainst(found);
  if (!check.ok) throw new AppError(400, check.problem.code, check.problem.params);
  const receipt = newReceiptCode();
  const { districtId, ageBand } = respondentPlaceOf(actor, record);
  const verified = actor.verification === 'verified';
  await ctx.database.db.transaction(async (tx) => {
    // The poll row, key-share locked: closing (which locks it for update to freeze the results) waits for this
    // response to commit, or this response waits and then sees it closed — so the frozen counts always include every
    // stored response. An administrator's edit before opening locks it too: when the poll changed since it was read,
    // the answers are checked again against what it is now, and refused if they no longer fit its questions.
    const [current] = await tx
      .select({ publishedAt: polls.publishedAt, opensAt: polls.opensAt, closesAt: polls.closesAt, closedAt: polls.closedAt, updatedAt: polls.updatedAt })
      .from(polls)
      .where(eq(polls.id, pollId))
      .for('key share');
    if (!current) throw new AppError(404, 'poll_not_found');
    authorize(actor, canRespond(actor, { ...found.poll, ...current }, record, now));
    if (current.updatedAt.getTime() !== found.poll.updatedAt.getTime()) {
      const latest = await findPoll(tx, pollId);
      if (!latest || !checkAgainst(latest).ok) throw new AppError(409, 'poll_changed');
    }
    const [row] = await tx
      .insert(pollResponses)
      .values({ pollId, respondentId: actor.userId, receiptHash: receiptHash(receipt), districtId, ageBand, verified, createdAt: now })
      .onConflictDoNothing({ target: [pollResponses.pollId, pollResponses.respondentId] })
      .returning({ id: pollResponses.id });
    // a racing first response of the same person took the row: the refusal canRespond gives one who has answered
    if (!row) throw new AppError(409, 'poll_already_answered');
    if (check.rows.length) await tx.insert(pollAnswers).values(check.rows.map((r) => ({ ...r, responseId: row.id })));
    await emitEvent(tx, pollResponded, {
      actorId: actor.userId,
      entityType: 'poll',
      entityId: pollId,
      data: { pollId, respondentId: actor.userId },
    });
  });
  ctx.jobs.kick();
  return { receipt };
}

/** Number of responses so far (for the list and the admin page). */
export async function responseCount(ctx: ModuleContext, pollId: string): Promise<number> {
  const [row] = await ctx.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(pollResponses)
    .where(and(eq(pollResponses.pollId, pollId)));
  return Number(row?.n ?? 0);
}
