import { localDay } from '../../../core/time/calendar.js';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { preparedSql } from '../../../core/db/prepared.js';
import { AppError } from '../../../core/http/errors.js';
import { eventJob } from '../../../core/jobs/events.js';
import { jobs } from '../../../core/jobs/schema.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { livingPersonSql } from '../../accounts/index.js';
import { ageBandOn, residentFromJson, verifiedResident, verifiedResidentSql } from '../../verification/index.js';
import { findPollVersioned, hasResponded, type FullPoll } from '../db/queries.js';
import { pollAnswers, pollResponses, polls } from '../db/schema.js';
import { pollResponded } from '../events.js';
import { checkAnswers, type AnswerInput, type AnswerRow } from '../domain/answers.js';
import type { PollEligibility } from '../domain/eligibility.js';
import { canReadPoll, canRespond, respondEligibility, respondentPlaceOf, type RespondentRecord } from '../policy.js';
import { newReceiptCode, receiptHash } from './poll-common.js';

/** What is known of the actor as a respondent: their active verification (district and age band on the city-local day) and whether they answered already. */
async function respondentRecord(ctx: ModuleContext, actor: Actor, found: FullPoll, now: Date): Promise<RespondentRecord> {
  if (actor.kind !== 'user') return { verified: null, answered: false };
  const db = ctx.database.db;
  // two reads on the pool, not on one transaction's connection: they may run side by side
  const [resident, answered] = await Promise.all([verifiedResident(db, actor.userId), hasResponded(db, found.poll.id, actor.userId)]);
  const verified = resident ? { districtId: resident.districtId, ageBand: ageBandOn(resident, localDay(now, ctx.config.cityTimezone)) } : null;
  return { verified, answered };
}

/** Whether the actor may answer the poll now, and why not (for the poll's page). */
export async function eligibilityFor(ctx: ModuleContext, actor: Actor, found: FullPoll, now: Date): Promise<PollEligibility> {
  return respondEligibility(actor, found.poll, await respondentRecord(ctx, actor, found, now), now);
}

/** How many times a response is checked again when its poll changed between reading and writing it. */
const attempts = 3;

/**
 * Answers a poll, once, in two statements: one read of every fact the checks need (the poll with its questions and
 * options, its row's version, the respondent's verification), then one write — the response, its answers and the
 * `poll.responded` event (see writeResponse). The receipt code is returned once; only its hash is stored. One
 * response per person is the unique index's guarantee — a racing second request finds the row taken and is refused
 * (409 poll_already_answered), never a second row or a 500. Refuses (canRespond) anonymous callers 401; those the
 * poll does not admit 403 (verification, district, age band); outside its open time or a second time 409; a draft
 * 404; and answers the questions do not allow 400. When the poll changed between the read and the write (closed, or
 * edited before opening) the checks run again on what it is now, and answers that no longer fit its questions are
 * refused (409 poll_changed). Responses are final.
 */
export async function respond(ctx: ModuleContext, actor: Actor, pollId: string, answers: AnswerInput[], now = new Date()): Promise<{ receipt: string }> {
  for (let attempt = 1; ; attempt++) {
    const found = await findPollVersioned(ctx.database.db, pollId, {
      kind: 'resident',
      sql: verifiedResidentSql,
      value: actor.kind === 'user' ? actor.userId : null,
    });
    if (!found) throw new AppError(404, 'poll_not_found');
    authorize(actor, canReadPoll(actor, found.poll));
    const resident = residentFromJson(found.extra);
    const record: RespondentRecord = {
      verified: resident ? { districtId: resident.districtId, ageBand: ageBandOn(resident, localDay(now, ctx.config.cityTimezone)) } : null,
      answered: false,
    };
    authorize(actor, canRespond(actor, found.poll, record, now));
    const check = checkAnswers(
      found.questions.map((q) => ({ ...q, optionIds: q.options.map((o) => o.id) })),
      answers,
    );
    // answers that fitted the poll as first read, and no longer fit it as changed meanwhile
    if (!check.ok) throw attempt === 1 ? new AppError(400, check.problem.code, check.problem.params) : new AppError(409, 'poll_changed');
    const receipt = newReceiptCode();
    const { districtId, ageBand } = respondentPlaceOf(actor, record);
    const written = await writeResponse(ctx.database.db, {
      pollId,
      version: found.version,
      respondentId: actor.userId,
      receiptHash: receiptHash(receipt),
      districtId,
      ageBand,
      verified: actor.verification === 'verified',
      now,
      answers: check.rows,
      event: eventJob(pollResponded, { actorId: actor.userId, entityType: 'poll', entityId: pollId, data: { pollId, respondentId: actor.userId } }),
    });
    if (written === 'gone') throw new AppError(404, 'poll_not_found');
    // the account was deleted before this response could be written: nothing was written, the person has no session now
    if (written === 'no-respondent') throw new AppError(401, 'unauthenticated');
    if (written === 'changed') {
      if (attempt < attempts) continue;
      throw new AppError(409, 'poll_changed');
    }
    // a racing first response of the same person took the row: the refusal canRespond gives one who has answered
    if (written === 'taken') throw new AppError(409, 'poll_already_answered');
    ctx.jobs.kick();
    return { receipt };
  }
}

/** writeResponse's statement (named and prepared: one text whatever the response, planned once per connection). */
const writeResponseSql = () => sql`with p as (select xmin::text as version from ${polls} where id = ${sql.placeholder('poll')} for share),
    u as (${livingPersonSql(sql`${sql.placeholder('respondent')}::uuid`)}),
    r as (
      insert into ${pollResponses} (poll_id, respondent_id, receipt_hash, district_id, age_band, verified, created_at)
      select ${sql.placeholder('poll')}::uuid, ${sql.placeholder('respondent')}::uuid, ${sql.placeholder('receiptHash')}::text, ${sql.placeholder('district')}::text,
        ${sql.placeholder('ageBand')}::text, ${sql.placeholder('verified')}::boolean, ${sql.placeholder('now')}::timestamptz
      from p, u where p.version = ${sql.placeholder('version')}::text
      on conflict (poll_id, respondent_id) do nothing
      returning id),
    a as (
      insert into ${pollAnswers} (response_id, question_id, option_id, value, text)
      select r.id, x.question_id, x.option_id, x.value, x.text
      from r cross join json_to_recordset(${sql.placeholder('answers')}::json) as x(question_id uuid, option_id uuid, value smallint, text text)),
    e as (insert into ${jobs} (kind, payload) select ${sql.placeholder('eventKind')}::text, ${sql.placeholder('event')}::jsonb from r)
  select p.version, exists (select 1 from u) as living, (select id from r) as id from p`;

/**
 * The response's write, one named prepared statement (its own transaction): the poll row share-locked, then the response inserted on
 * the unique (poll, respondent) index, its answers and its event — only when the locked poll row is still the version
 * the checks read. Closing locks the poll row for update and rewrites it (closed_at, the frozen results) after reading
 * the responses: a response being written holds its share lock until it commits, so the close waits and counts it; a
 * response arriving while the close holds the row waits, then finds a new version ('changed': checked again, and
 * refused as closed). So the frozen counts always include every stored response. 'taken': the person has answered.
 * The respondent's account row is key-share-locked too (livingPersonSql): a deletion of the account running at the same
 * time either waits for this response and then anonymises it, or came first and nothing is written ('no-respondent').
 */
async function writeResponse(
  db: Executor,
  r: {
    pollId: string;
    version: string;
    respondentId: string;
    receiptHash: string;
    districtId: string | null;
    ageBand: string | null;
    verified: boolean;
    now: Date;
    answers: AnswerRow[];
    event: ReturnType<typeof eventJob>;
  },
): Promise<'written' | 'taken' | 'changed' | 'gone' | 'no-respondent'> {
  const answers = JSON.stringify(r.answers.map((a) => ({ question_id: a.questionId, option_id: a.optionId, value: a.value, text: a.text })));
  const [row] = await preparedSql<{ version: string; living: boolean; id: string | null }>(db, 'polls_respond_write', writeResponseSql).execute({
    poll: r.pollId,
    respondent: r.respondentId,
    receiptHash: r.receiptHash,
    district: r.districtId,
    ageBand: r.ageBand,
    verified: r.verified,
    now: r.now.toISOString(),
    version: r.version,
    answers,
    eventKind: r.event.kind,
    event: JSON.stringify(r.event.payload),
  });
  if (!row) return 'gone';
  if (!row.living) return 'no-respondent';
  if (row.version !== r.version) return 'changed';
  return row.id === null ? 'taken' : 'written';
}

/** Number of responses so far (for the list and the admin page). */
export async function responseCount(ctx: ModuleContext, pollId: string): Promise<number> {
  const [row] = await ctx.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(pollResponses)
    .where(and(eq(pollResponses.pollId, pollId)));
  return Number(row?.n ?? 0);
}
