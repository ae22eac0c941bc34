import { desc, isNotNull, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { anonymisedResponses, findPoll, pollOfReceipt, pollTexts, respondentGroups } from '../db/queries.js';
import { polls } from '../db/schema.js';
import { generaliseResponses, publishedGroupOf } from '../domain/generalise-responses.js';
import type { PollResults } from '../domain/results.js';
import { textAnswersCsv } from '../domain/text-answers-csv.js';
import { canManagePolls, canReadResponses, canSeeResults } from '../policy.js';
import { computeResults } from './close-poll.js';
import { receiptHash, requirePoll } from './poll-common.js';
import { eligibilityFor } from './respond.js';

/** Published polls (all polls for the admin list), newest first, with their response counts. */
export async function listPolls(ctx: ModuleContext, opts: { drafts: boolean }) {
  const rows = await ctx.database.db
    .select({ poll: polls, responses: sql<number>`(select count(*)::int from poll_responses r where r.poll_id = "polls"."id")` })
    .from(polls)
    .where(opts.drafts ? undefined : isNotNull(polls.publishedAt))
    .orderBy(desc(polls.opensAt))
    .limit(200);
  return rows.map((r) => ({ ...r.poll, responses: Number(r.responses) }));
}

/** The admin list (administrators). */
export async function listAllPolls(ctx: ModuleContext, actor: Actor) {
  authorize(actor, canManagePolls(actor));
  return listPolls(ctx, { drafts: true });
}

/** A poll with its questions and whether (and why not) the actor may answer it. */
export async function getPoll(ctx: ModuleContext, actor: Actor, id: string, now = new Date()) {
  const found = await requirePoll(ctx.database.db, actor, id);
  return { ...found, eligibility: await eligibilityFor(ctx, actor, found, now) };
}

/** A poll's results: frozen at close, computed live before that when the poll shows live results (or for administrators). */
export async function readResults(
  ctx: ModuleContext,
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<{ found: Awaited<ReturnType<typeof requirePoll>>; results: PollResults; final: boolean }> {
  const found = await requirePoll(ctx.database.db, actor, id);
  authorize(actor, canSeeResults(actor, found.poll, now));
  if (found.poll.closedAt && found.poll.results) return { found, results: found.poll.results as PollResults, final: true };
  return { found, results: await computeResults(ctx.database.db, found, ctx.config.cityTimezone, now), final: false };
}

/** The free-text answers of a poll as CSV (administrators): question number, question, answer (no respondent). */
export async function exportTexts(ctx: ModuleContext, actor: Actor, id: string): Promise<string> {
  authorize(actor, canManagePolls(actor));
  const found = await findPoll(ctx.database.db, id);
  if (!found) throw new AppError(404, 'poll_not_found');
  const texts = found.questions.filter((q) => q.kind === 'text');
  const rows = await pollTexts(
    ctx.database.db,
    texts.map((q) => q.id),
  );
  return textAnswersCsv(texts, rows);
}

/**
 * The anonymised responses of a closed poll: questions and options, then each response by receipt hash (no respondent,
 * no free text), a district or age band shared by fewer than 10 respondents generalised (k-anonymity).
 */
export async function publishedResponses(ctx: ModuleContext, actor: Actor, id: string) {
  const found = await requirePoll(ctx.database.db, actor, id);
  authorize(actor, canReadResponses(actor, found.poll));
  const rows = generaliseResponses(await anonymisedResponses(ctx.database.db, id));
  return { found, rows };
}

/**
 * Finds a response by its receipt code once its poll is closed (409 before); 404 for an unknown code. The response as
 * the published file shows it: a code seen over a shoulder must not tell the respondent's small district.
 */
export async function findReceipt(ctx: ModuleContext, actor: Actor, code: string) {
  const hash = receiptHash(code);
  const pollId = await pollOfReceipt(ctx.database.db, hash);
  if (!pollId) throw new AppError(404, 'poll_receipt_not_found');
  const found = await findPoll(ctx.database.db, pollId);
  authorize(actor, canReadResponses(actor, found!.poll));
  const [row] = await anonymisedResponses(ctx.database.db, pollId, hash);
  const published = publishedGroupOf(await respondentGroups(ctx.database.db, pollId));
  return { found: found!, row: { ...row!, ...published(row!) } };
}
