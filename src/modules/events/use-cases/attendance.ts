import crypto from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Tx } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findRegistration, type EventRow } from '../db/queries.js';
import { eventRegistrations, events } from '../db/schema.js';
import { checkInCode, normalizeCheckInCode } from '../domain/events.js';
import { cityEventAttendance } from '../events.js';
import { canCheckIn, canManageEvent, canMarkAttendance, canSeeRegistrations } from '../policy.js';
import { emitCityEvent, requireEvent, ruleError } from './common.js';

/** The event's counts after a change: registered (those present included) and present. */
export interface AttendanceCounts {
  registeredCount: number;
  attendedCount: number;
}

/**
 * Marks people present (`attended`) or not, under the event's row lock: only those registered, each change once —
 * marking someone already present, or unmarking someone who is not, changes nothing. The event's count follows, and
 * `event.attendance` says who changed (points are given and taken back by it).
 */
async function applyMarks(tx: Tx, actorId: string, row: EventRow, marks: Map<string, boolean>, now: Date): Promise<AttendanceCounts> {
  const toMark = [...marks].filter(([, a]) => a).map(([u]) => u);
  const toUnmark = [...marks].filter(([, a]) => !a).map(([u]) => u);
  const marked = toMark.length
    ? await tx
        .update(eventRegistrations)
        .set({ state: 'attended', attendedAt: now, attendanceMarks: sql`${eventRegistrations.attendanceMarks} + 1`, updatedAt: now })
        .where(and(eq(eventRegistrations.eventId, row.id), inArray(eventRegistrations.userId, toMark), eq(eventRegistrations.state, 'registered')))
        .returning({ userId: eventRegistrations.userId, mark: eventRegistrations.attendanceMarks })
    : [];
  const unmarked = toUnmark.length
    ? await tx
        .update(eventRegistrations)
        .set({ state: 'registered', attendedAt: null, updatedAt: now })
        .where(and(eq(eventRegistrations.eventId, row.id), inArray(eventRegistrations.userId, toUnmark), eq(eventRegistrations.state, 'attended')))
        .returning({ userId: eventRegistrations.userId, mark: eventRegistrations.attendanceMarks })
    : [];
  if (!marked.length && !unmarked.length) return { registeredCount: row.registeredCount, attendedCount: row.attendedCount };
  const [u] = await tx
    .update(events)
    .set({ attendedCount: sql`${events.attendedCount} + ${marked.length - unmarked.length}` })
    .where(eq(events.id, row.id))
    .returning();
  await emitCityEvent(tx, cityEventAttendance, actorId, u!, { marked, unmarked });
  return { registeredCount: u!.registeredCount, attendedCount: u!.attendedCount };
}

/**
 * The organisers mark who attended (`attended: true`) or not, from the registered list: its organisers only (403),
 * once the event has started (409 before, or when it was cancelled). Everyone named must be registered (400 naming
 * the item otherwise: someone waitlisted, cancelled or unknown); the whole batch is one transaction. Idempotent.
 */
export async function markAttendance(
  ctx: ModuleContext,
  actor: Actor,
  id: string,
  items: { userId: string; attended: boolean }[],
  now = new Date(),
): Promise<AttendanceCounts> {
  const counts = await ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireEvent(tx, actor, id, { forUpdate: true });
    authorize(actor, canMarkAttendance(actor, facts, now));
    const regs = await tx
      .select({ userId: eventRegistrations.userId, state: eventRegistrations.state })
      .from(eventRegistrations)
      .where(
        and(
          eq(eventRegistrations.eventId, row.id),
          inArray(
            eventRegistrations.userId,
            items.map((i) => i.userId),
          ),
        ),
      );
    const states = new Map(regs.map((r) => [r.userId, r.state]));
    const marks = new Map<string, boolean>();
    for (const [i, item] of items.entries()) {
      const state = states.get(item.userId);
      if (state !== 'registered' && state !== 'attended') throw ruleError({ field: `items.${i}.userId`, code: 'event_attendee_not_registered' });
      marks.set(item.userId, item.attended);
    }
    return applyMarks(tx, actor.userId, row, marks, now);
  });
  ctx.jobs.kick();
  return counts;
}

/**
 * A new check-in code for the door (the previous one stops working): its organisers, unless the event was cancelled.
 * Six letters and digits that are not confused when read off a screen.
 */
export async function newCheckInCode(ctx: ModuleContext, actor: Actor, id: string, now = new Date()): Promise<{ code: string }> {
  return ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireEvent(tx, actor, id, { forUpdate: true });
    authorize(actor, canManageEvent(actor, facts));
    const code = checkInCode(crypto.randomBytes(8));
    await tx.update(events).set({ checkInCode: code, updatedAt: now }).where(eq(events.id, row.id));
    return { code };
  });
}

/** The current check-in code, to show at the door: its organisers only (null before one is made). */
export async function currentCheckInCode(ctx: ModuleContext, actor: Actor, id: string): Promise<{ code: string | null }> {
  const { row, facts } = await requireEvent(ctx.database.db, actor, id);
  authorize(actor, canSeeRegistrations(actor, facts));
  return { code: row.checkInCode };
}

/**
 * A registered person checks in with the code shown at the door, during the event (an hour's margin either side;
 * 409 otherwise, or when not registered). A wrong code is refused (400 naming `code`; the route limits attempts); no
 * code yet is a 409. Checking in twice changes nothing.
 */
export async function checkIn(ctx: ModuleContext, actor: Actor, id: string, typed: string, now = new Date()): Promise<AttendanceCounts> {
  const counts = await ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireEvent(tx, actor, id, { forUpdate: true });
    const reg = actor.kind === 'user' ? await findRegistration(tx, row.id, actor.userId) : undefined;
    authorize(actor, canCheckIn(actor, facts, reg?.state ?? null, now));
    if (!row.checkInCode) throw new AppError(409, 'event_check_in_no_code');
    const given = Buffer.from(normalizeCheckInCode(typed));
    const expected = Buffer.from(row.checkInCode);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) throw ruleError({ field: 'code', code: 'event_check_in_code_wrong' });
    return applyMarks(tx, actor.userId, row, new Map([[actor.userId, true]]), now);
  });
  ctx.jobs.kick();
  return counts;
}
