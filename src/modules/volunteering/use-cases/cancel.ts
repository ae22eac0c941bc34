import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { signedUpOrWaiting } from '../db/signed-up.js';
import { volunteerProjects, volunteerShifts } from '../db/schema.js';
import { volunteerProjectCancelled, volunteerShiftCancelled } from '../events.js';
import { canChangeProject, canChangeShift } from '../policy.js';
import { emitVolunteerEvent, projectType, requireProject, requireShift } from './common.js';

/**
 * Cancels a shift with a reason: the project's organisers (403), before it starts and once (409). Sign-ups stay as
 * they were, for the record, but the shift takes nobody more and no hours are confirmed on it; everyone signed up or
 * waiting is told the reason (`volunteer.shift_cancelled`). Audited.
 */
export async function cancelShift(ctx: ModuleContext, actor: Actor, shiftId: string, reason: string, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { shift, project, facts } = await requireShift(tx, actor, shiftId, { forUpdate: true });
    authorize(actor, canChangeShift(actor, facts, shift, now));
    await tx.update(volunteerShifts).set({ cancelledAt: now, cancelReason: reason }).where(eq(volunteerShifts.id, shift.id));
    const userIds = await signedUpOrWaiting(tx, [shift.id]);
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'volunteer.shift_cancelled',
      subjectType: projectType,
      subjectId: project.id,
      data: { title: project.title, shiftId: shift.id, startsAt: shift.startsAt.toISOString(), reason },
    });
    const about = { shiftId: shift.id, shiftTitle: shift.title, startsAt: shift.startsAt.toISOString(), reason, userIds };
    await emitVolunteerEvent(tx, volunteerShiftCancelled, actor.userId, project, about);
  });
  ctx.jobs.kick();
}

/**
 * Cancels a whole project with a reason: its organisers (403), once (409). Its shifts still to come are cancelled with
 * it (those past keep their hours); everyone signed up or waiting on them is told the reason
 * (`volunteer.project_cancelled`). Audited.
 */
export async function cancelProject(ctx: ModuleContext, actor: Actor, projectId: string, reason: string, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireProject(tx, actor, projectId);
    authorize(actor, canChangeProject(actor, { ...facts, cancelledAt: row.cancelledAt }));
    // the conditional update is the guard against two racing cancellations: the second finds it cancelled
    const [project] = await tx
      .update(volunteerProjects)
      .set({ cancelledAt: now, cancelReason: reason, updatedAt: now })
      .where(and(eq(volunteerProjects.id, row.id), isNull(volunteerProjects.cancelledAt)))
      .returning();
    if (!project) throw new AppError(409, 'volunteer_project_cancelled');
    const shifts = await tx
      .update(volunteerShifts)
      .set({ cancelledAt: now, cancelReason: reason })
      .where(and(eq(volunteerShifts.projectId, row.id), isNull(volunteerShifts.cancelledAt), gt(volunteerShifts.startsAt, now)))
      .returning({ id: volunteerShifts.id });
    const userIds = await signedUpOrWaiting(
      tx,
      shifts.map((s) => s.id),
    );
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'volunteer.project_cancelled',
      subjectType: projectType,
      subjectId: row.id,
      data: { title: row.title, reason, shifts: shifts.length },
    });
    await emitVolunteerEvent(tx, volunteerProjectCancelled, actor.userId, project!, { reason, userIds });
  });
  ctx.jobs.kick();
}
