import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import type { RegistrationState } from '../domain/events.js';
import { eventRegistrations, events } from './schema.js';

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;

/** One event by id (locked for update when asked: registrations and counts change only under this lock). */
export async function findEvent(db: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<EventRow | undefined> {
  const q = db.select().from(events).where(eq(events.id, id)).limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

/** Several events by id. */
export async function findEvents(db: Executor, ids: string[]): Promise<EventRow[]> {
  if (!ids.length) return [];
  return db.select().from(events).where(inArray(events.id, ids));
}

/** A person's registration for an event, or undefined. */
export async function findRegistration(db: Executor, eventId: string, userId: string): Promise<RegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)))
    .limit(1);
  return row;
}

/** A person's place on the waitlist (1 = next), or null when they are not on it. */
export async function waitlistPosition(db: Executor, eventId: string, queue: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.state, 'waitlisted'), sql`${eventRegistrations.queue} <= ${queue}`));
  return Number(row?.n ?? 0);
}

/** The first `n` on the waitlist, in the order they came (uses event_registrations_queue_idx). */
export async function firstWaitlisted(db: Executor, eventId: string, n: number): Promise<string[]> {
  if (n <= 0) return [];
  const rows = await db
    .select({ userId: eventRegistrations.userId })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.state, 'waitlisted')))
    .orderBy(asc(eventRegistrations.queue))
    .limit(n);
  return rows.map((r) => r.userId);
}

/** Everyone registered or waiting for an event (who must hear that it was cancelled or moved). */
export async function activeRegistrants(db: Executor, eventId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: eventRegistrations.userId })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), inArray(eventRegistrations.state, ['registered', 'waitlisted'] satisfies RegistrationState[])))
    .orderBy(asc(eventRegistrations.queue));
  return rows.map((r) => r.userId);
}

/** An event's registrations in the order they came, for its organiser. */
export async function registrationsOf(db: Executor, eventId: string): Promise<RegistrationRow[]> {
  return db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId)).orderBy(asc(eventRegistrations.queue));
}
