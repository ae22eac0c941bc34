import { promotions } from '../../../core/capacity/capacity.js';
import { promoteFromWaitlist } from '../../../core/capacity/waitlist.js';
import type { Executor } from '../../../core/db/client.js';
import { eventPlaces, type EventRow } from '../db/queries.js';
import { cityEventPromoted } from '../events.js';
import { emitCityEvent } from './common.js';

/**
 * Moves the first on the waitlist up to the free places, in the order they came, and emits `event.promoted` (each is
 * told). Call it under the event's row lock (the caller's transaction holds it), after the change that freed places.
 * Returns the event row with its counts as they are now.
 */
export async function promoteWaitlisted(tx: Executor, actorId: string | null, row: EventRow, now: Date): Promise<EventRow> {
  if (row.status === 'cancelled') return row;
  const userIds = await promoteFromWaitlist(tx, eventPlaces, row.id, promotions(row.capacity, row.registeredCount, row.waitlistCount), now);
  if (!userIds.length) return row;
  const updated = { ...row, registeredCount: row.registeredCount + userIds.length, waitlistCount: row.waitlistCount - userIds.length };
  await emitCityEvent(tx, cityEventPromoted, actorId, updated, { userIds });
  return updated;
}
