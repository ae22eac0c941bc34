import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { cityDateTime } from '../../../core/time/time.js';
import { verifiedAgeAt } from '../../verification/index.js';
import { placeFor, promotions } from '../../../core/capacity/capacity.js';
import { promoteFromWaitlist, waitlistPosition } from '../../../core/capacity/waitlist.js';
import { findSignup, lockVolunteer, overlappingShift, shiftPlaces, type ProjectRow, type ShiftRow } from '../db/queries.js';
import { volunteerShifts, volunteerSignups } from '../db/schema.js';
import type { SignupState } from '../domain/volunteering.js';
import { volunteerPromoted, volunteerSignedUp } from '../events.js';
import { canCancelSignup, canSignUp } from '../policy.js';
import { emitVolunteerEvent, requireShift } from './common.js';

/** Where a person stands on a shift: in, or waiting at a place in line (1 = next). */
export interface MySignup {
  state: SignupState;
  position: number | null;
}

/**
 * Signs the caller up for a shift, once: 401 for visitors; 409 when it started, when they are already in or waiting,
 * or when another of their shifts overlaps it (`volunteer_shift_overlaps`, naming that shift); 403 under its age
 * requirement (or with no verified birth date when it has one); 404 when not visible.
 *
 * Two locks, always in this order: the person's volunteer row (their sign-ups happen one after another, so two
 * racing sign-ups for overlapping shifts cannot both pass the overlap check), then the shift's row (its counts and
 * slots change one sign-up at a time: at capacity the person joins the waitlist in the order they came, and sign-ups
 * never exceed the slots — the table's check is the last guard). As in events (use-cases/registrations.ts), a
 * person who cancelled may come back at the end of the line. Emits `volunteer.signed_up`.
 */
export async function signUp(ctx: ModuleContext, actor: Actor, shiftId: string, now = new Date()): Promise<MySignup> {
  const db = ctx.database.db;
  const result = await db.transaction(async (tx) => {
    if (actor.kind === 'user') await lockVolunteer(tx, actor.userId);
    const { shift, project } = await requireShift(tx, actor, shiftId, { forUpdate: true });
    const existing = actor.kind === 'user' ? await findSignup(tx, shift.id, actor.userId) : undefined;
    const age = actor.kind === 'user' && shift.minAge ? await verifiedAgeAt(tx, actor.userId, shift.startsAt, ctx.config.cityTimezone) : null;
    authorize(actor, canSignUp(actor, shift, { state: existing?.state ?? null, age }, now));
    const other = await overlappingShift(tx, actor.userId, shift);
    if (other)
      throw new AppError(409, 'volunteer_shift_overlaps', {
        project: other.projectTitle,
        shift: other.shift.title,
        when: cityDateTime(other.shift.startsAt, ctx.config.cityTimezone),
      });
    const state = placeFor(shift.capacity, shift.registeredCount);
    const [signup] = await tx
      .insert(volunteerSignups)
      .values({ shiftId: shift.id, userId: actor.userId, state, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [volunteerSignups.shiftId, volunteerSignups.userId],
        set: { state, updatedAt: now, queue: sql`nextval(pg_get_serial_sequence('volunteer_signups', 'queue'))` },
      })
      .returning();
    await tx
      .update(volunteerShifts)
      .set(
        state === 'registered'
          ? { registeredCount: sql`${volunteerShifts.registeredCount} + 1` }
          : { waitlistCount: sql`${volunteerShifts.waitlistCount} + 1` },
      )
      .where(eq(volunteerShifts.id, shift.id));
    await emitVolunteerEvent(tx, volunteerSignedUp, actor.userId, project, { shiftId: shift.id, userId: actor.userId, state });
    return { state, position: state === 'waitlisted' ? await waitlistPosition(tx, shiftPlaces, shift.id, signup!.queue) : null };
  });
  ctx.jobs.kick();
  return result;
}

/**
 * Moves the first on a shift's waitlist up to its free slots, in the order they came, and emits
 * `volunteer.promoted` (each is told). Call it under the shift's row lock, after the change that freed slots.
 */
export async function promoteWaitlisted(tx: Executor, actorId: string | null, project: ProjectRow, shift: ShiftRow, now: Date): Promise<void> {
  const userIds = await promoteFromWaitlist(tx, shiftPlaces, shift.id, promotions(shift.capacity, shift.registeredCount, shift.waitlistCount), now);
  if (!userIds.length) return;
  await emitVolunteerEvent(tx, volunteerPromoted, actorId, project, { shiftId: shift.id, startsAt: shift.startsAt.toISOString(), userIds });
}

/**
 * Cancels the caller's sign-up or place in line, until the shift starts (409 otherwise). A slot that frees up goes to
 * the first in line, who is told.
 */
export async function cancelSignup(ctx: ModuleContext, actor: Actor, shiftId: string, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { shift, project } = await requireShift(tx, actor, shiftId, { forUpdate: true });
    const existing = actor.kind === 'user' ? await findSignup(tx, shift.id, actor.userId) : undefined;
    authorize(actor, canCancelSignup(actor, shift, existing?.state ?? null, now));
    await tx
      .update(volunteerSignups)
      .set({ state: 'cancelled', updatedAt: now })
      .where(and(eq(volunteerSignups.shiftId, shift.id), eq(volunteerSignups.userId, actor.userId)));
    const [updated] = await tx
      .update(volunteerShifts)
      .set(
        existing!.state === 'registered'
          ? { registeredCount: sql`${volunteerShifts.registeredCount} - 1` }
          : { waitlistCount: sql`${volunteerShifts.waitlistCount} - 1` },
      )
      .where(eq(volunteerShifts.id, shift.id))
      .returning();
    await promoteWaitlisted(tx, actor.userId, project, updated!, now);
  });
  ctx.jobs.kick();
}
