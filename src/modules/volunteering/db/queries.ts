import { and, asc, countDistinct, eq, gt, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { WaitlistTables } from '../../../core/capacity/waitlist.js';
import type { Executor } from '../../../core/db/client.js';
import type { SignupState } from '../domain/volunteering.js';
import { volunteerProjects, volunteerShifts, volunteerSignups, volunteers } from './schema.js';

export type ProjectRow = typeof volunteerProjects.$inferSelect;
export type ShiftRow = typeof volunteerShifts.$inferSelect;
export type SignupRow = typeof volunteerSignups.$inferSelect;

const active: SignupState[] = ['registered', 'waitlisted'];

/** One project by id. */
export async function findProject(db: Executor, id: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(volunteerProjects).where(eq(volunteerProjects.id, id)).limit(1);
  return row;
}

/** Several projects by id. */
export async function findProjects(db: Executor, ids: string[]): Promise<ProjectRow[]> {
  if (!ids.length) return [];
  return db.select().from(volunteerProjects).where(inArray(volunteerProjects.id, ids));
}

/** One shift with its project (the shift locked for update when asked: sign-ups and counts change only under this lock). */
export async function findShift(db: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<{ shift: ShiftRow; project: ProjectRow } | undefined> {
  const q = db.select().from(volunteerShifts).where(eq(volunteerShifts.id, id)).limit(1);
  const [shift] = opts.forUpdate ? await q.for('update') : await q;
  if (!shift) return undefined;
  const project = await findProject(db, shift.projectId);
  return project ? { shift, project } : undefined;
}

/** A project's shifts, soonest first. */
export async function shiftsOf(db: Executor, projectId: string): Promise<ShiftRow[]> {
  return db.select().from(volunteerShifts).where(eq(volunteerShifts.projectId, projectId)).orderBy(asc(volunteerShifts.startsAt), asc(volunteerShifts.id));
}

/** A person's sign-up for a shift, or undefined. */
export async function findSignup(db: Executor, shiftId: string, userId: string): Promise<SignupRow | undefined> {
  const [row] = await db
    .select()
    .from(volunteerSignups)
    .where(and(eq(volunteerSignups.shiftId, shiftId), eq(volunteerSignups.userId, userId)))
    .limit(1);
  return row;
}

/** A person's sign-ups (registered or waiting) for the shifts of the given ids. */
export async function signupsOfPerson(db: Executor, userId: string, shiftIds: string[]): Promise<SignupRow[]> {
  if (!shiftIds.length) return [];
  return db
    .select()
    .from(volunteerSignups)
    .where(and(eq(volunteerSignups.userId, userId), inArray(volunteerSignups.shiftId, shiftIds), inArray(volunteerSignups.state, active)));
}

/**
 * Locks the volunteer rows of these people for the rest of the transaction (creating them), in the order of their
 * ids so that two callers locking overlapping sets never wait on each other in a circle, and moves each row's version
 * (`updated_at`) on: the row a sign-up locks first (use-cases/signups.ts), so none of them signs up elsewhere while a
 * move of their shift is checked against their other shifts, and a sign-up that read their shifts before the move
 * committed finds itself stale and reads again.
 */
export async function lockVolunteers(tx: Executor, userIds: string[]): Promise<void> {
  if (!userIds.length) return;
  const sorted = [...new Set(userIds)].sort();
  await tx
    .insert(volunteers)
    .values(sorted.map((userId) => ({ userId })))
    .onConflictDoUpdate({ target: volunteers.userId, set: { updatedAt: sql`greatest(${volunteers.updatedAt} + interval '1 microsecond', now())` } });
}

const otherSignup = alias(volunteerSignups, 'other_signup');

/**
 * How many people signed up for (or waiting on) this shift have another shift that goes ahead (registered or
 * waiting) overlapping the given time: those a move of the shift to that time would give two shifts at once.
 */
export async function peopleOverlapping(db: Executor, shiftId: string, time: { startsAt: Date; endsAt: Date }): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(volunteerSignups.userId) })
    .from(volunteerSignups)
    .innerJoin(otherSignup, and(eq(otherSignup.userId, volunteerSignups.userId), ne(otherSignup.shiftId, shiftId), inArray(otherSignup.state, active)))
    .innerJoin(volunteerShifts, eq(volunteerShifts.id, otherSignup.shiftId))
    .where(
      and(
        eq(volunteerSignups.shiftId, shiftId),
        inArray(volunteerSignups.state, active),
        isNull(volunteerShifts.cancelledAt),
        lt(volunteerShifts.startsAt, time.endsAt),
        gt(volunteerShifts.endsAt, time.startsAt),
      ),
    );
  return Number(row?.n ?? 0);
}

/**
 * The first of the person's other shifts (registered or waiting) overlapping this time, with its project's title. A
 * cancelled shift keeps its sign-ups for the record but holds nobody's time.
 */
export async function overlappingShift(db: Executor, userId: string, shift: ShiftRow): Promise<{ shift: ShiftRow; projectTitle: string } | undefined> {
  const [row] = await db
    .select({ shift: volunteerShifts, projectTitle: volunteerProjects.title })
    .from(volunteerSignups)
    .innerJoin(volunteerShifts, eq(volunteerShifts.id, volunteerSignups.shiftId))
    .innerJoin(volunteerProjects, eq(volunteerProjects.id, volunteerShifts.projectId))
    .where(
      and(
        eq(volunteerSignups.userId, userId),
        inArray(volunteerSignups.state, active),
        ne(volunteerShifts.id, shift.id),
        isNull(volunteerShifts.cancelledAt),
        lt(volunteerShifts.startsAt, shift.endsAt),
        gt(volunteerShifts.endsAt, shift.startsAt),
      ),
    )
    .orderBy(asc(volunteerShifts.startsAt))
    .limit(1);
  return row;
}

/** A shift's slots: its row's counts and its sign-ups' queue (core/capacity/waitlist.ts). */
export const shiftPlaces: WaitlistTables = {
  holder: { table: volunteerShifts, id: volunteerShifts.id, registeredCount: volunteerShifts.registeredCount, waitlistCount: volunteerShifts.waitlistCount },
  entries: {
    table: volunteerSignups,
    holderId: volunteerSignups.shiftId,
    userId: volunteerSignups.userId,
    state: volunteerSignups.state,
    queue: volunteerSignups.queue,
    updatedAt: volunteerSignups.updatedAt,
  },
};

/** A shift's sign-ups in the order they came, for its organisers. */
export async function signupsOf(db: Executor, shiftId: string): Promise<SignupRow[]> {
  return db.select().from(volunteerSignups).where(eq(volunteerSignups.shiftId, shiftId)).orderBy(asc(volunteerSignups.queue));
}

/** Whether the person shows their volunteer record (true unless they hid it). */
export async function recordIsPublic(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db.select({ p: volunteers.recordPublic }).from(volunteers).where(eq(volunteers.userId, userId)).limit(1);
  return row?.p ?? true;
}
