import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { numberWaitlist } from '../../../core/capacity/capacity.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { findSignup, signupsOf } from '../db/queries.js';
import { volunteerSignups } from '../db/schema.js';
import { hoursRefusal, shiftMinutes, type SignupState } from '../domain/volunteering.js';
import { volunteerHoursConfirmed } from '../events.js';
import { canConfirmHours, canManageProject } from '../policy.js';
import { emitVolunteerEvent, projectType, requireShift, ruleError } from './common.js';

/** One line of the organiser's list: a person by their public name, their state, place in line and confirmed minutes. */
export interface SignupLine {
  userId: string;
  displayName: string;
  state: SignupState;
  position: number | null;
  minutesWorked: number | null;
  signedUpAt: Date;
}

/** A shift's sign-ups in the order they came: names to the project's organisers only (403 for others, 404 when not visible). */
export async function listSignups(ctx: ModuleContext, actor: Actor, shiftId: string): Promise<SignupLine[]> {
  const db = ctx.database.db;
  const { shift, facts } = await requireShift(db, actor, shiftId);
  authorize(actor, canManageProject(actor, facts));
  const rows = await signupsOf(db, shift.id);
  const people = await publicPeople(
    db,
    rows.map((r) => r.userId),
  );
  return numberWaitlist(
    rows.map((r) => ({
      userId: r.userId,
      displayName: people.get(r.userId)?.displayName ?? '',
      state: r.state,
      minutesWorked: r.minutesWorked,
      signedUpAt: r.updatedAt,
    })),
  );
}

/**
 * Confirms the minutes a person worked on a shift: the project's organisers (403), after the shift ended, for a
 * person who was in (409), at most the shift's length (400 naming `hours`). Idempotent: the same minutes again change
 * nothing; new minutes replace the old ones (a new revision), are audited and emit `volunteer.hours_confirmed`, so
 * the points follow (given once, adjusted when the hours change). Returns the minutes as stored.
 */
export async function confirmHours(ctx: ModuleContext, actor: Actor, shiftId: string, userId: string, minutes: number, now = new Date()) {
  const result = await ctx.database.db.transaction(async (tx) => {
    const { shift, project, facts } = await requireShift(tx, actor, shiftId, { forUpdate: true });
    const signup = await findSignup(tx, shift.id, userId);
    authorize(actor, canConfirmHours(actor, facts, shift, signup?.state ?? null, now));
    if (hoursRefusal(shift, signup!.state, minutes, now) === 'volunteer_hours_beyond_shift')
      throw ruleError({
        field: 'hours',
        code: 'volunteer_hours_beyond_shift',
        params: { hours: shiftMinutes(shift) / 60 },
      });
    if (signup!.minutesWorked === minutes) return { minutesWorked: minutes, changed: false };
    const [updated] = await tx
      .update(volunteerSignups)
      .set({
        minutesWorked: minutes,
        hoursRevision: sql`${volunteerSignups.hoursRevision} + 1`,
        hoursConfirmedBy: actor.userId,
        hoursConfirmedAt: now,
        updatedAt: now,
      })
      .where(and(eq(volunteerSignups.shiftId, shift.id), eq(volunteerSignups.userId, userId)))
      .returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'volunteer.hours_confirmed',
      subjectType: projectType,
      subjectId: project.id,
      data: { title: project.title, shiftId: shift.id, userId, minutes, previousMinutes: signup!.minutesWorked },
    });
    await emitVolunteerEvent(tx, volunteerHoursConfirmed, actor.userId, project, { shiftId: shift.id, userId, minutes, revision: updated!.hoursRevision });
    return { minutesWorked: minutes, changed: true };
  });
  if (result.changed) ctx.jobs.kick();
  return result;
}
