import { and, asc, eq, getTableColumns, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../core/db/client.js';
import { preparedSql, tableRow } from '../../../core/db/prepared.js';
import type { AnswerCount, PollResults } from '../domain/results.js';
import { pollAnswers, pollOptions, pollQuestions, pollResponses, polls } from './schema.js';

export type PollRow = typeof polls.$inferSelect;
export type QuestionRow = typeof pollQuestions.$inferSelect & { options: (typeof pollOptions.$inferSelect)[] };
export interface FullPoll {
  poll: PollRow;
  questions: QuestionRow[];
}

/**
 * A poll with its questions and options in order, or null. `lock` takes the poll row FOR UPDATE (closing). The three
 * reads run one after another: `db` may be a transaction, whose one connection takes one query at a time (pg 9
 * refuses a second while the first runs).
 */
export async function findPoll(db: Executor, id: string, lock = false): Promise<FullPoll | null> {
  const q = db.select().from(polls).where(eq(polls.id, id));
  const [poll] = await (lock ? q.for('update') : q);
  if (!poll) return null;
  const questions = await db.select().from(pollQuestions).where(eq(pollQuestions.pollId, id)).orderBy(asc(pollQuestions.position));
  // options are found through their questions' poll
  const options = (
    await db
      .select({ option: pollOptions })
      .from(pollOptions)
      .innerJoin(pollQuestions, eq(pollQuestions.id, pollOptions.questionId))
      .where(eq(pollQuestions.pollId, id))
      .orderBy(asc(pollOptions.position))
  ).map((r) => r.option);
  return { poll, questions: questions.map((x) => ({ ...x, options: options.filter((o) => o.questionId === x.id) })) };
}

/**
 * A poll with its questions and options in one named prepared statement (findPoll's three reads as one, planned once
 * per connection), the poll row's version (xmin: it changes whenever the row is written, which every edit of the poll,
 * its questions and its close does) and the value of `extra` (e.g. the respondent's verification: its SQL built from
 * the placeholder of `extra.value`, one statement per `extra.kind`), or null. For a write that checks against what it
 * read and then compares the version under its lock (respond).
 */
export async function findPollVersioned(
  db: Executor,
  id: string,
  extra?: { kind: string; sql: (value: SQL) => SQL; value: unknown },
): Promise<(FullPoll & { version: string; extra: unknown }) | null> {
  const [row] = await preparedSql<Record<string, unknown>>(db, `polls_versioned${extra ? `_${extra.kind}` : ''}`, () => {
    const options = sql`(select coalesce(json_agg(json_build_object('id', o.id, 'questionId', o.question_id, 'position', o.position, 'text', o.text) order by o.position), '[]'::json)
      from ${pollOptions} o where o.question_id = q.id)`;
    // the columns by name, not `*`: a prepared statement's result must keep its shape when a column is added
    const columns = sql.raw(
      Object.values(getTableColumns(polls))
        .map((c) => `p.${c.name}`)
        .join(', '),
    );
    return sql`select ${columns}, p.xmin::text as version,
        (select coalesce(json_agg(json_build_object('id', q.id, 'pollId', q.poll_id, 'position', q.position, 'kind', q.kind, 'text', q.text,
            'description', q.description, 'imageFileId', q.image_file_id, 'lat', q.lat, 'lon', q.lon, 'required', q.required, 'minChoices', q.min_choices,
            'maxChoices', q.max_choices, 'scale', q.scale, 'options', ${options}) order by q.position), '[]'::json)
          from ${pollQuestions} q where q.poll_id = p.id) as questions,
        ${extra ? extra.sql(sql`${sql.placeholder('extra')}`) : sql`null`} as extra
      from ${polls} p where p.id = ${sql.placeholder('id')}`;
  }).execute({ id, extra: extra?.value ?? null });
  if (!row) return null;
  const questions = (typeof row.questions === 'string' ? JSON.parse(row.questions) : row.questions) as QuestionRow[];
  return { poll: tableRow(polls, row), questions, version: row.version as string, extra: row.extra };
}

/** Whether a person has answered a poll. */
export async function hasResponded(db: Executor, pollId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: pollResponses.id })
    .from(pollResponses)
    .where(and(eq(pollResponses.pollId, pollId), eq(pollResponses.respondentId, userId)))
    .limit(1);
  return !!row;
}

/** Answer rows grouped by question, option and value (texts counted, never read). */
export async function answerCounts(db: Executor, questionIds: string[]): Promise<AnswerCount[]> {
  if (questionIds.length === 0) return [];
  const rows = await db
    .select({
      questionId: pollAnswers.questionId,
      optionId: pollAnswers.optionId,
      value: pollAnswers.value,
      isText: sql<boolean>`(${pollAnswers.text} is not null)`,
      count: sql<number>`count(*)::int`,
    })
    .from(pollAnswers)
    .where(inArray(pollAnswers.questionId, questionIds))
    .groupBy(pollAnswers.questionId, pollAnswers.optionId, pollAnswers.value, sql`(${pollAnswers.text} is not null)`);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** How many responses answered each question. */
export async function answeredCounts(db: Executor, questionIds: string[]): Promise<Map<string, number>> {
  if (questionIds.length === 0) return new Map();
  const rows = await db
    .select({ questionId: pollAnswers.questionId, n: sql<number>`count(distinct ${pollAnswers.responseId})::int` })
    .from(pollAnswers)
    .where(inArray(pollAnswers.questionId, questionIds))
    .groupBy(pollAnswers.questionId);
  return new Map(rows.map((r) => [r.questionId, Number(r.n)]));
}

/** Responses per district and per age band. */
export async function responseBreakdown(db: Executor, pollId: string) {
  const districts = await db
    .select({ districtId: pollResponses.districtId, responses: sql<number>`count(*)::int` })
    .from(pollResponses)
    .where(eq(pollResponses.pollId, pollId))
    .groupBy(pollResponses.districtId)
    .orderBy(asc(pollResponses.districtId));
  const ageBands = await db
    .select({ ageBand: pollResponses.ageBand, responses: sql<number>`count(*)::int` })
    .from(pollResponses)
    .where(eq(pollResponses.pollId, pollId))
    .groupBy(pollResponses.ageBand)
    .orderBy(asc(pollResponses.ageBand));
  const [verified] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(pollResponses)
    .where(and(eq(pollResponses.pollId, pollId), eq(pollResponses.verified, true)));
  const fix = <T extends { responses: number }>(r: T[]) => r.map((x) => ({ ...x, responses: Number(x.responses) }));
  return {
    districts: fix(districts),
    ageBands: fix(ageBands),
    responses: districts.reduce((s, d) => s + Number(d.responses), 0),
    verifiedResponses: Number(verified?.n ?? 0),
  };
}

/** Free-text answers of a poll (administrators only), by question. */
export async function pollTexts(db: Executor, questionIds: string[]) {
  if (questionIds.length === 0) return [];
  return db
    .select({ questionId: pollAnswers.questionId, text: pollAnswers.text })
    .from(pollAnswers)
    .where(and(inArray(pollAnswers.questionId, questionIds), isNotNull(pollAnswers.text)))
    .orderBy(asc(pollAnswers.questionId), asc(pollAnswers.id));
}

/** The anonymised responses: receipt hash, district, age band and the non-text answers as [question, option, value]. */
export async function anonymisedResponses(db: Executor, pollId: string, receiptHash?: string) {
  return queryRows<{ receipt_hash: string; district_id: string | null; age_band: string | null; answers: [string, string | null, number | null][] }>(
    db,
    sql`select r.receipt_hash, r.district_id, r.age_band,
          coalesce(json_agg(json_build_array(a.question_id, a.option_id, a.value) order by a.id) filter (where a.id is not null and a.text is null), '[]') as answers
        from poll_responses r left join poll_answers a on a.response_id = r.id
        where r.poll_id = ${pollId} ${receiptHash ? sql`and r.receipt_hash = ${receiptHash}` : sql``}
        group by r.id order by r.receipt_hash`,
  );
}

/** A poll's respondents counted by district × age band (what k-anonymity needs to publish one response as the file does). */
export async function respondentGroups(db: Executor, pollId: string) {
  return queryRows<{ district_id: string | null; age_band: string | null; respondents: number }>(
    db,
    sql`select district_id, age_band, count(*)::int as respondents from poll_responses where poll_id = ${pollId} group by district_id, age_band`,
  );
}

/** The poll a receipt belongs to. */
export async function pollOfReceipt(db: Executor, receiptHash: string) {
  const [row] = await db.select({ pollId: pollResponses.pollId }).from(pollResponses).where(eq(pollResponses.receiptHash, receiptHash)).limit(1);
  return row?.pollId ?? null;
}

/** Where a poll stands for a module that made it (e.g. a crowdsourcing vote): whether it is closed, and the frozen count per option once it is. */
export async function pollOutcome(db: Executor, pollId: string): Promise<{ closed: boolean; optionCounts: Map<string, number> } | null> {
  const found = await findPoll(db, pollId);
  if (!found) return null;
  const results = found.poll.closedAt ? (found.poll.results as PollResults | null) : null;
  const optionCounts = new Map<string, number>();
  for (const q of results?.questions ?? []) for (const o of q.options) optionCounts.set(o.optionId, o.count);
  return { closed: !!found.poll.closedAt, optionCounts };
}

/** The people who answered a poll (for another module's count of participants; never published as such). */
export async function pollRespondentIds(db: Executor, pollId: string): Promise<string[]> {
  const rows = await db.select({ id: pollResponses.respondentId }).from(pollResponses).where(eq(pollResponses.pollId, pollId));
  return rows.map((r) => r.id);
}
