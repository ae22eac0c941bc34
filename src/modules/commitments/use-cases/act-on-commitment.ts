import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import type { Executor } from '../../../core/db/client.js';
import { fileFacts } from '../../../core/files/files.js';
import { fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { commitmentEntries, commitments } from '../db/schema.js';
import { deliveredOnTime, photosMax, progressProblem, type ProgressChange } from '../domain/commitments.js';
import { commitmentDelivered, commitmentDisputed, commitmentProgressed } from '../events.js';
import { canConfirmCommitmentDelivery, canDisputeCommitment, canPostCommitmentProgress } from '../policy.js';
import { addEntry, cityToday, commitmentType, emitCommitmentEvent, requireCommitment } from './common.js';

/** Photos go through the shared upload route (`POST /api/uploads/photos`, as works' and reports' do). */
const uploadPurpose = 'report_photo';
const photoMaxAgeHours = 48;

/** Photos an official attaches: their own uploads of the last two days, each once, in no history yet, at most six; 400 naming `photoIds`. */
async function checkPhotos(tx: Executor, userId: string, ids: string[], now: Date): Promise<void> {
  if (!ids.length) return;
  if (ids.length > photosMax || new Set(ids).size !== ids.length) throw fieldError('photoIds', 'commitments.photos_invalid', { max: photosMax });
  const facts = new Map((await fileFacts(tx, ids)).map((f) => [f.id, f]));
  for (const id of ids) {
    const f = facts.get(id);
    if (!f || f.purpose !== uploadPurpose || f.uploadedBy !== userId || f.createdAt.getTime() < now.getTime() - photoMaxAgeHours * 3600_000)
      throw fieldError('photoIds', 'commitments.photos_invalid', { max: photosMax });
  }
  const used = await tx
    .select({ id: commitmentEntries.id })
    .from(commitmentEntries)
    .where(sql`${commitmentEntries.photoIds} && ${sql.param(ids)}::uuid[]`)
    .limit(1);
  if (used.length) throw fieldError('photoIds', 'commitments.photos_invalid', { max: photosMax });
}

/**
 * Dated progress: stage, percent, money spent, a note, photos. Officials of the responsible department and
 * administrators (403 `commitment_not_responsible` otherwise; 409 once delivered); 400 naming the field for an empty
 * or inconsistent entry. A public history entry; audited; emits `commitment.progressed`.
 */
export async function postCommitmentProgress(ctx: ModuleContext, actor: Actor, number: number, change: ProgressChange, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const row = await requireCommitment(tx, number, { forUpdate: true });
    authorize(actor, canPostCommitmentProgress(actor, row));
    const problem = progressProblem(row, change);
    if (problem) throw fieldError(problem.field, problem.key);
    const photoIds = change.photoIds ?? [];
    await checkPhotos(tx, actor.userId, photoIds, now);
    const [u] = await tx
      .update(commitments)
      .set({ stage: change.stage ?? row.stage, percent: change.percent ?? row.percent, spent: change.spent ?? row.spent, updatedAt: now })
      .where(eq(commitments.id, row.id))
      .returning();
    const entryId = await addEntry(tx, u!, 'progress', { authorId: actor.userId, note: change.note ?? '', photoIds, spent: change.spent ?? null, at: now });
    const data = { stage: u!.stage, percent: u!.percent, spent: change.spent ?? null, photos: photoIds.length, entryId };
    await appendAudit(tx, { actorId: actor.userId, action: 'commitment.progressed', subjectType: commitmentType, subjectId: String(number), data });
    await emitCommitmentEvent(tx, commitmentProgressed, actor.userId, u!, { stage: u!.stage, percent: u!.percent });
  });
  ctx.jobs.kick();
}

/**
 * The department confirms delivery (today, on the city's clock), with a note: the same people as progress; 409 when
 * already delivered. The participants of the source may then dispute it for 15 days. Audited; emits `commitment.delivered`.
 */
export async function confirmCommitmentDelivery(ctx: ModuleContext, actor: Actor, number: number, note: string, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const row = await requireCommitment(tx, number, { forUpdate: true });
    authorize(actor, canConfirmCommitmentDelivery(actor, row));
    const deliveredOn = cityToday(now, ctx.config.cityTimezone);
    const [u] = await tx
      .update(commitments)
      .set({ status: 'delivered', stage: 'done', percent: 100, deliveredOn, deliveredAt: now, updatedAt: now })
      .where(and(eq(commitments.id, row.id)))
      .returning();
    await addEntry(tx, u!, 'delivered', { authorId: actor.userId, note, at: now });
    const onTime = deliveredOnTime(u!);
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'commitment.delivered',
      subjectType: commitmentType,
      subjectId: String(number),
      data: { deliveredOn, onTime },
    });
    await emitCommitmentEvent(tx, commitmentDelivered, actor.userId, u!, { deliveredOn, onTime });
  });
  ctx.jobs.kick();
}

/**
 * A participant of the source disputes the delivery with a reason (as a resident disputes a report's answer): it is
 * open again with the department, `disputed`, and overdue again when its due day has passed. 403 for someone who did
 * not take part in the source; 409 when not delivered or after the window. Emits `commitment.disputed`.
 */
export async function disputeCommitment(ctx: ModuleContext, actor: Actor, number: number, reason: string, now = new Date()): Promise<void> {
  const db = ctx.database.db;
  const first = await requireCommitment(db, number);
  const kind = ctx.entities.get(first.sourceType);
  const tookPart = actor.kind === 'user' && kind?.tookPart ? await kind.tookPart(db, first.sourceId, actor.userId) : false;
  await db.transaction(async (tx) => {
    const row = await requireCommitment(tx, number, { forUpdate: true });
    authorize(actor, canDisputeCommitment(actor, row, { tookPart, now }));
    const [u] = await tx
      .update(commitments)
      .set({ status: 'disputed', deliveredOn: null, deliveredAt: null, overdueNotifiedAt: null, updatedAt: now })
      .where(eq(commitments.id, row.id))
      .returning();
    await addEntry(tx, u!, 'disputed', { authorId: actor.userId, note: reason, at: now });
    await emitCommitmentEvent(tx, commitmentDisputed, actor.userId, u!);
  });
  ctx.jobs.kick();
}
