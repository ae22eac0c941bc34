import { and, asc, eq, inArray } from 'drizzle-orm';
import type { WaitlistTables } from '../../../core/capacity/waitlist.js';
import type { Executor } from '../../../core/db/client.js';
import type { RegistrationState } from '../domain/events.js';
import { eventRegistrations, events } from './schema.js';

export type EventRow = typeof events.$inferSelect;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;

/**
 * One event by id (locked when asked: registrations and counts change only under this lock). The lock is `for no key
 * update`, the mode of the update that follows (the id never changes): `for update` followed by an update of the row
 * in the same transaction makes PostgreSQL record both in a multixact, which doubled a registration's server time.
 */
export async function findEvent(db: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<EventRow | undefined> {
  const q = db.select().from(events).where(eq(events.id, id)).limit(1);
  const [row] = opts.forUpdate ? await q.for('no key update') : await q;
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

/** An event's places: its row's counts and its registrations' queue (core/capacity/waitlist.ts). */
export const eventPlaces: WaitlistTables = {
  holder: { table: events, id: events.id, registeredCount: events.registeredCount, waitlistCount: events.waitlistCount },
  entries: {
    table: eventRegistrations,
    holderId: eventRegistrations.eventId,
    userId: eventRegistrations.userId,
    state: eventRegistrations.state,
    queue: eventRegistrations.queue,
    updatedAt: eventRegistrations.updatedAt,
  },
};

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
