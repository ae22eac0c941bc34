import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { firstWaitlisted, type EventRow } from '../db/queries.js';
import { eventRegistrations, events } from '../db/schema.js';
import { promotions } from '../domain/events.js';
import { cityEventPromoted } from '../events.js';
import { emitCityEvent } from './common.js';

/**
 * Moves the first on the waitlist up to the free places, in the order they came, and emits `event.promoted` (each is
 * told). Call it under the event's row lock (the caller's transaction holds it), after the change that freed places.
 * Returns the event row with its counts as they are now.
 */
export async function promoteWaitlisted(tx: Executor, actorId: string | null, row: EventRow, now: Date): Promise<EventRow> {
  if (row.status === 'cancelled') return row;
  const n = promotions(row.capacity, row.registeredCount, row.waitlistCount);
  const userIds = await firstWaitlisted(tx, row.id, n);
  if (!userIds.length) return row;
  await tx
    .update(eventRegistrations)
    .set({ state: 'registered', updatedAt: now })
    .where(and(eq(eventRegistrations.eventId, row.id), inArray(eventRegistrations.userId, userIds)));
  const [updated] = await tx
    .update(events)
    .set({
      registeredCount: sql`${events.registeredCount} + ${userIds.length}`,
      waitlistCount: sql`${events.waitlistCount} - ${userIds.length}`,
    })
    .where(eq(events.id, row.id))
    .returning();
  await emitCityEvent(tx, cityEventPromoted, actorId, updated!, { userIds });
  return updated!;
}
