import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { AppError } from '../../../../core/http/errors.js';
import { emitEvent } from '../../../../core/jobs/events.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { pbWorkMilestones, pbWorks, pbWorkUpdates } from '../../db/schema.js';
import { workUpdated } from '../../events.js';
import { findWork } from '../../db/work-queries.js';
import { applyWorkChange, workUpdateProblem, type WorkChange } from '../../domain/work-rules.js';
import { canUpdateWork } from '../../policy-works.js';
import { checkWorkPhotos, workRuleError } from './work-common.js';
import { syncCommitmentFromSource } from '../../../commitments/index.js';

/**
 * An official's report on a work: any of stage, progress, money spent, dates, with a note and photos.
 * The work takes the new figures and its public history gains an entry with all of them. Officials of
 * the responsible department and administrators; audited; emits `pb_work.updated`.
 */
export async function updateWork(ctx: ModuleContext, actor: Actor, workId: string, change: WorkChange, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const found = await findWork(tx, workId, { forUpdate: true });
    if (!found) throw new AppError(404, 'works_not_found');
    authorize(actor, canUpdateWork(actor, found.work));
    const problem = workUpdateProblem(found.work, change);
    if (problem) throw workRuleError(problem);
    const photoIds = change.photoIds ?? [];
    await checkWorkPhotos(tx, actor.userId, photoIds, now);
    const next = applyWorkChange(found.work, change);
    await tx
      .update(pbWorks)
      .set({ ...next, updatedAt: now })
      .where(eq(pbWorks.id, workId));
    const [entry] = await tx
      .insert(pbWorkUpdates)
      .values({
        workId,
        authorId: actor.userId,
        note: change.note ?? '',
        status: next.status,
        progress: next.progress,
        spent: next.spent,
        photoIds,
        createdAt: now,
      })
      .returning({ id: pbWorkUpdates.id });
    // the work's updates are its commitment's progress (one record), and its finishing is the delivery
    await syncCommitmentFromSource(tx, {
      sourceType: 'proposal',
      sourceId: String(found.proposal.number),
      stage: next.status,
      percent: next.progress,
      spent: next.spent,
      finishedOn: next.finishedOn,
      actorId: actor.userId,
      timeZone: ctx.config.cityTimezone,
      now,
    });
    const data = { status: next.status, progress: next.progress, spent: next.spent, photos: photoIds.length, updateId: entry!.id };
    await appendAudit(tx, { actorId: actor.userId, action: 'pb_work.updated', subjectType: 'pb_work', subjectId: workId, data });
    await emitEvent(tx, workUpdated, {
      actorId: actor.userId,
      entityType: 'pb_work',
      entityId: workId,
      data: { ...data, proposalId: found.proposal.id, proposalNumber: found.proposal.number, title: found.proposal.title, previousStatus: found.work.status },
    });
  });
  ctx.jobs.kick();
}

export interface MilestoneInput {
  title: string;
  dueOn?: string | null | undefined;
  doneOn?: string | null | undefined;
}

/** Replaces a work's milestones (the list in order). Same people as updates; audited. */
export async function setMilestones(ctx: ModuleContext, actor: Actor, workId: string, items: MilestoneInput[]): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const found = await findWork(tx, workId, { forUpdate: true });
    if (!found) throw new AppError(404, 'works_not_found');
    authorize(actor, canUpdateWork(actor, found.work));
    await tx.delete(pbWorkMilestones).where(eq(pbWorkMilestones.workId, workId));
    if (items.length) {
      await tx
        .insert(pbWorkMilestones)
        .values(items.map((m, position) => ({ workId, title: m.title, dueOn: m.dueOn ?? null, doneOn: m.doneOn ?? null, position })));
    }
    await tx.update(pbWorks).set({ updatedAt: new Date() }).where(eq(pbWorks.id, workId));
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'pb_work.milestones_set',
      subjectType: 'pb_work',
      subjectId: workId,
      data: { count: items.length, done: items.filter((m) => m.doneOn).length },
    });
  });
}
