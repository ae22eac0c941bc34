import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { lockVolunteers, peopleOverlapping } from '../db/queries.js';
import { signedUpOrWaiting } from '../db/signed-up.js';
import { volunteerProjects, volunteerShifts, volunteerSignups } from '../db/schema.js';
import { capacityProblem, shiftMoved } from '../domain/volunteering.js';
import { volunteerShiftMoved } from '../events.js';
import { canChangeProject, canChangeShift } from '../policy.js';
import { emitVolunteerEvent, projectType, requireProject, requireShift, ruleError } from './common.js';
import { checkDistrict, shiftColumns, type ShiftInput } from './projects.js';
import { promoteWaitlisted } from './signups.js';

/** A project's details its organisers may change (the organiser itself stays). */
export interface ProjectEdit {
  title: string;
  description: string;
  districtId: string | null;
}

/** A shift's details its organisers may change (its age requirement stays: those signed up were checked against it). */
export type ShiftEdit = Omit<ShiftInput, 'minAge'>;

/**
 * Changes a project's title, description and district: its organisers (403), while it is not cancelled (409); 400 for
 * an unknown district. Audited.
 */
export async function editProject(ctx: ModuleContext, actor: Actor, id: string, input: ProjectEdit, now = new Date()): Promise<void> {
  const db = ctx.database.db;
  await checkDistrict(db, input.districtId);
  await db.transaction(async (tx) => {
    const { row, facts } = await requireProject(tx, actor, id);
    authorize(actor, canChangeProject(actor, { ...facts, cancelledAt: row.cancelledAt }));
    await tx
      .update(volunteerProjects)
      .set({ ...input, updatedAt: now })
      .where(eq(volunteerProjects.id, row.id));
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'volunteer.project_changed',
      subjectType: projectType,
      subjectId: row.id,
      data: { title: input.title, previousTitle: row.title, districtId: input.districtId },
    });
  });
}

/**
 * Changes a shift: the project's organisers (403), before it starts and while it is not cancelled (409); 400 for its
 * times or place, or for fewer slots than people already signed up (`volunteer_capacity_below_signed_up`). A new time
 * that would overlap another shift of someone signed up or waiting is refused, 409 `volunteer_shift_move_overlaps`
 * naming how many people (no person has two shifts at once, and a volunteer is not dropped from a shift they chose by
 * a move they did not; the organisers pick another time, or cancel the shift and announce a new one). Under the
 * shift's row lock, as sign-ups: more slots move the first waiting up (each told, `volunteer.promoted`); a new time or
 * place tells everyone signed up or waiting (`volunteer.shift_moved`) and a new time sends the reminders again. Audited.
 *
 * Locks as a sign-up takes them: first the volunteer rows of the people on the shift (in id order), then the
 * shift's row, so none of them signs up elsewhere while the new time is checked against their other shifts; someone
 * who signed up in between is locked after the shift's row (they wait on no lock of ours).
 */
export async function editShift(ctx: ModuleContext, actor: Actor, shiftId: string, input: ShiftEdit, now = new Date()): Promise<void> {
  const db = ctx.database.db;
  const checked = await shiftColumns(db, { ...input, minAge: null }, '');
  const columns = { ...input, districtId: checked.districtId };
  await db.transaction(async (tx) => {
    await lockVolunteers(tx, await signedUpOrWaiting(tx, [shiftId]));
    const { shift, project, facts } = await requireShift(tx, actor, shiftId, { forUpdate: true });
    authorize(actor, canChangeShift(actor, facts, shift, now));
    const problem = capacityProblem(columns.capacity, shift.registeredCount);
    if (problem) throw ruleError(problem);
    if (shift.startsAt.getTime() !== columns.startsAt.getTime() || shift.endsAt.getTime() !== columns.endsAt.getTime()) {
      await lockVolunteers(tx, await signedUpOrWaiting(tx, [shift.id]));
      const count = await peopleOverlapping(tx, shift.id, columns);
      if (count) throw new AppError(409, 'volunteer_shift_move_overlaps', { count });
    }
    const [updated] = await tx.update(volunteerShifts).set(columns).where(eq(volunteerShifts.id, shift.id)).returning();
    await promoteWaitlisted(tx, actor.userId, project, updated!, now);
    if (shift.startsAt.getTime() !== updated!.startsAt.getTime())
      await tx.update(volunteerSignups).set({ remindedDayBeforeAt: null, remindedSoonAt: null }).where(eq(volunteerSignups.shiftId, shift.id));
    if (shiftMoved(shift, updated!)) {
      const userIds = await signedUpOrWaiting(tx, [shift.id]);
      const facts = { shiftId: shift.id, shiftTitle: updated!.title, startsAt: updated!.startsAt.toISOString(), userIds };
      if (userIds.length) await emitVolunteerEvent(tx, volunteerShiftMoved, actor.userId, project, facts);
    }
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'volunteer.shift_changed',
      subjectType: projectType,
      subjectId: project.id,
      data: { title: project.title, shiftId: shift.id, startsAt: updated!.startsAt.toISOString(), capacity: updated!.capacity },
    });
  });
  ctx.jobs.kick();
}
