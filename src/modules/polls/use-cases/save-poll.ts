import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { districts } from '../../../core/city/schema.js';
import type { Tx } from '../../../core/db/client.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import { emitEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { pollOptions, pollQuestions, polls } from '../db/schema.js';
import { pollPublished } from '../events.js';
import type { QuestionKind } from '../domain/answers.js';
import { checkDraft } from '../domain/poll-draft.js';
import { districtAt } from '../../city/index.js';
import { findPoll, type FullPoll } from '../db/queries.js';
import { canEditPoll, canManagePolls, canPublishPoll, isPublishable } from '../policy.js';
import { checkPollImages, imagesOf } from './poll-images.js';
import { checkPollCommitment, type PollCommitmentTerms } from './poll-commitments.js';

export interface PollInput extends PollCommitmentTerms {
  kind?: 'poll' | 'priorities';
  title: string;
  description: string;
  imageFileId?: string | null;
  districtIds: string[];
  ageBands: string[];
  verifiedOnly: boolean;
  binding: boolean;
  resultsVisibility: 'live' | 'after_close';
  opensAt: Date;
  closesAt: Date;
  questions: {
    kind: QuestionKind;
    text: string;
    description: string;
    required: boolean;
    minChoices: number | null;
    maxChoices: number | null;
    scale: number | null;
    lat: number | null;
    lon: number | null;
    imageFileId?: string | null;
    options: string[];
  }[];
  decision: {
    questionIndex: number;
    optionIndex: number;
    minTurnoutCount: number | null;
    minTurnoutPermille: number | null;
    numerator: number;
    denominator: number;
    strict: boolean;
  } | null;
}

/** Refuses (400 naming the field) a poll that could not be answered, decided or carried out; what it owes when it decides. */
async function check(tx: Tx, uploaderId: string | null, input: PollInput, current: FullPoll | null, timeZone: string | undefined, now: Date) {
  const problem = checkDraft(input);
  if (problem) throw fieldError(problem.field, `error.${problem.code}`, problem.params ?? {}, problem.code);
  for (const [i, q] of input.questions.entries()) {
    if (q.lat === null && q.lon === null) continue;
    if (q.lat === null || q.lon === null)
      throw fieldError(`questions.${i}.${q.lat === null ? 'lat' : 'lon'}`, 'error.poll_place_incomplete', { n: i + 1 }, 'poll_place_incomplete');
    if (!(await districtAt(tx, q.lon, q.lat))) throw fieldError(`questions.${i}.lat`, 'error.poll_place_outside_city', { n: i + 1 }, 'poll_place_outside_city');
  }
  await checkPollImages(tx, uploaderId, imagesOf(input), current);
  if (input.districtIds.length) {
    const known = await tx.select({ id: districts.id }).from(districts).where(inArray(districts.id, input.districtIds));
    if (known.length !== new Set(input.districtIds).size) throw fieldError('districtIds', 'error.poll_unknown_district', {}, 'poll_unknown_district');
  }
  const kind = input.kind ?? current?.poll.kind ?? 'poll';
  return checkPollCommitment(tx, { ...input, kind }, input, timeZone, now);
}

/** Writes the questions and options of a draft (replacing any) and the decision rule that names them; the new ids, per question in order. */
async function writeQuestions(tx: Tx, pollId: string, input: PollInput): Promise<{ questionId: string; optionIds: string[] }[]> {
  await tx.delete(pollQuestions).where(eq(pollQuestions.pollId, pollId));
  const ids: { questionId: string; optionIds: string[] }[] = [];
  for (const [i, q] of input.questions.entries()) {
    const [row] = await tx
      .insert(pollQuestions)
      .values({
        pollId,
        position: i + 1,
        kind: q.kind,
        text: q.text,
        description: q.description,
        required: q.required,
        minChoices: q.kind === 'multiple' ? q.minChoices : null,
        maxChoices: q.kind === 'multiple' ? q.maxChoices : null,
        scale: q.kind === 'rating' ? q.scale : null,
        lat: q.lat,
        lon: q.lon,
        imageFileId: q.imageFileId ?? null,
      })
      .returning({ id: pollQuestions.id });
    const opts = q.options.length
      ? await tx
          .insert(pollOptions)
          .values(q.options.map((text, k) => ({ questionId: row!.id, position: k + 1, text })))
          .returning({ id: pollOptions.id })
      : [];
    ids.push({ questionId: row!.id, optionIds: opts.map((o) => o.id) });
  }
  const d = input.decision;
  const q = d ? ids[d.questionIndex] : undefined;
  await tx
    .update(polls)
    .set({
      decisionQuestionId: q?.questionId ?? null,
      decisionOptionId: d && q ? q.optionIds[d.optionIndex]! : null,
      minTurnoutCount: d?.minTurnoutCount ?? null,
      minTurnoutPermille: d?.minTurnoutPermille ?? null,
      majorityNumerator: d?.numerator ?? null,
      majorityDenominator: d?.denominator ?? null,
      majorityStrict: d?.strict ?? true,
    })
    .where(eq(polls.id, pollId));
  return ids;
}

const columns = (input: PollInput) => ({
  title: input.title,
  description: input.description,
  imageFileId: input.imageFileId ?? null,
  districtIds: [...new Set(input.districtIds)],
  ageBands: [...new Set(input.ageBands)],
  verifiedOnly: input.verifiedOnly || input.binding,
  binding: input.binding,
  resultsVisibility: input.resultsVisibility,
  opensAt: input.opensAt,
  closesAt: input.closesAt,
});

/**
 * Checks and inserts a poll with its questions (a draft unless `publishedAt` is given), made by `createdBy` (whose
 * uploads its images must be); its id and the new question and option ids.
 */
async function insertPoll(tx: Tx, createdBy: string | null, input: PollInput, publishedAt: Date | null, timeZone: string | undefined, now: Date) {
  const owes = await check(tx, createdBy, input, null, timeZone, now);
  const [row] = await tx
    .insert(polls)
    .values({
      ...columns(input),
      ...owes,
      kind: input.kind ?? 'poll',
      createdBy,
      ...(publishedAt ? { publishedAt, updatedAt: publishedAt } : {}),
    })
    .returning({ id: polls.id });
  return { id: row!.id, questions: await writeQuestions(tx, row!.id, input) };
}

/**
 * What a publication writes (the same whether an administrator publishes a draft or another module publishes a poll it
 * creates): the audit entry, and `poll.published` for whoever tells residents of a poll they may answer.
 */
async function recordPublished(
  tx: Tx,
  actorId: string | null,
  id: string,
  poll: { binding: boolean; title: string; districtIds: string[]; opensAt: Date },
): Promise<void> {
  await appendAudit(tx, { actorId, action: 'poll.published', subjectType: 'poll', subjectId: id, data: { binding: poll.binding } });
  await emitEvent(tx, pollPublished, {
    actorId,
    entityType: 'poll',
    entityId: id,
    data: { title: poll.title, path: `/polls/${id}`, districtIds: poll.districtIds, opensAt: poll.opensAt.toISOString() },
  });
}

/** Creates a draft poll (administrators). Refuses (400) a poll that could not be answered or decided. */
export async function createPoll(ctx: ModuleContext, actor: Actor, input: PollInput, now = new Date()): Promise<string> {
  authorize(actor, canManagePolls(actor));
  return ctx.database.db.transaction(async (tx) => (await insertPoll(tx, actor.userId, input, null, ctx.config.cityTimezone, now)).id);
}

/**
 * Creates and publishes a poll inside the caller's transaction (another module's use case, e.g. a crowdsourcing
 * project's vote, which authorizes its caller itself). The same checks as a draft (400) and as publishing (409 when
 * it closes before `now`); audited and announced as `poll.published` with `actorId`. Returns the poll's id and the ids of its
 * questions and options in the order of the input.
 */
export async function createPublishedPoll(
  tx: Tx,
  actorId: string | null,
  input: PollInput,
  now = new Date(),
  /** The city's clock (`ctx.config.cityTimezone`): needed for the due day of a binding or priorities poll. */
  timeZone?: string,
): Promise<{ id: string; questions: { questionId: string; optionIds: string[] }[] }> {
  authorize(isPublishable({ publishedAt: null, closesAt: input.closesAt }, now));
  const created = await insertPoll(tx, actorId, input, now, timeZone, now);
  await recordPublished(tx, actorId, created.id, { ...input, districtIds: [...new Set(input.districtIds)] });
  return created;
}

/**
 * Replaces a poll's settings and questions (administrators): a draft, or a published poll that has not opened yet
 * (nobody can have answered it; the change is audited, and it must still open in the future). Refuses (409) a poll
 * that has opened: its questions are what people answered.
 */
export async function updatePoll(ctx: ModuleContext, actor: Actor, id: string, input: PollInput, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const [poll] = await tx.select({ publishedAt: polls.publishedAt, opensAt: polls.opensAt }).from(polls).where(eq(polls.id, id)).for('update');
    if (!poll) throw new AppError(404, 'poll_not_found');
    authorize(actor, canEditPoll(actor, poll, now));
    if (poll.publishedAt && input.opensAt <= now) throw fieldError('opensAt', 'error.poll_published_opens_in_past', {}, 'poll_published_opens_in_past');
    const owes = await check(tx, actor.userId, input, await findPoll(tx, id), ctx.config.cityTimezone, now);
    await tx
      .update(polls)
      .set({ ...columns(input), ...owes, updatedAt: now })
      .where(eq(polls.id, id));
    await writeQuestions(tx, id, input);
    if (poll.publishedAt)
      await appendAudit(tx, {
        actorId: actor.userId,
        action: 'poll.updated',
        subjectType: 'poll',
        subjectId: id,
        data: { opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString() },
      });
  });
}

/** Publishes a draft (administrators, audited; `poll.published`): from now on its questions are fixed and it opens at opens_at. */
export async function publishPoll(ctx: ModuleContext, actor: Actor, id: string, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const [poll] = await tx
      .select({
        publishedAt: polls.publishedAt,
        closesAt: polls.closesAt,
        binding: polls.binding,
        title: polls.title,
        districtIds: polls.districtIds,
        opensAt: polls.opensAt,
      })
      .from(polls)
      .where(eq(polls.id, id))
      .for('update');
    if (!poll) throw new AppError(404, 'poll_not_found');
    authorize(actor, canPublishPoll(actor, poll, now));
    await tx.update(polls).set({ publishedAt: now, updatedAt: now }).where(eq(polls.id, id));
    await recordPublished(tx, actor.userId, id, poll);
  });
  ctx.jobs.kick();
}

/**
 * A district priority poll («Родной район»): one required ranking question over the district's development
 * directions, targeted at that district; a draft to review and publish like any poll.
 */
export async function createPrioritiesPoll(
  ctx: ModuleContext,
  actor: Actor,
  input: PollCommitmentTerms & {
    districtId: string;
    title: string;
    question: string;
    directions: string[];
    opensAt: Date;
    closesAt: Date;
    verifiedOnly: boolean;
  },
) {
  return createPoll(ctx, actor, {
    kind: 'priorities',
    departmentId: input.departmentId ?? null,
    dueOn: input.dueOn ?? null,
    priorityCount: input.priorityCount ?? null,
    title: input.title,
    description: '',
    districtIds: [input.districtId],
    ageBands: [],
    verifiedOnly: input.verifiedOnly,
    binding: false,
    resultsVisibility: 'after_close',
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    questions: [
      {
        kind: 'ranking',
        text: input.question,
        description: '',
        required: true,
        minChoices: null,
        maxChoices: null,
        scale: null,
        lat: null,
        lon: null,
        imageFileId: null,
        options: input.directions,
      },
    ],
    decision: null,
  });
}

/**
 * Brings a published poll's times forward for the module that made it, inside its transaction (a crowdsourcing
 * project's vote starts or ends early when an administrator advances the project): the poll opens no later than
 * `opensBy` and closes no later than `closesBy` (the close job then freezes its results). Never moves a time later,
 * never touches a closed poll. Audited as `poll.rescheduled` when something moved.
 */
export async function bringPollForward(tx: Tx, actorId: string | null, id: string, change: { opensBy?: Date; closesBy?: Date }): Promise<void> {
  const [poll] = await tx
    .select({ opensAt: polls.opensAt, closesAt: polls.closesAt, publishedAt: polls.publishedAt, closedAt: polls.closedAt })
    .from(polls)
    .where(eq(polls.id, id))
    .for('update');
  if (!poll?.publishedAt || poll.closedAt) return;
  const closesAt = change.closesBy && change.closesBy < poll.closesAt ? change.closesBy : poll.closesAt;
  let opensAt = change.opensBy && change.opensBy < poll.opensAt ? change.opensBy : poll.opensAt;
  // a poll must open before it closes (the table's check): closing one that never opened opens it a second earlier
  if (opensAt >= closesAt) opensAt = new Date(closesAt.getTime() - 1000);
  if (opensAt.getTime() === poll.opensAt.getTime() && closesAt.getTime() === poll.closesAt.getTime()) return;
  await tx.update(polls).set({ opensAt, closesAt, updatedAt: new Date() }).where(eq(polls.id, id));
  await appendAudit(tx, {
    actorId,
    action: 'poll.rescheduled',
    subjectType: 'poll',
    subjectId: id,
    data: { opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
  });
}
