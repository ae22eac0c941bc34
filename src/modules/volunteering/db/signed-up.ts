import { and, asc, inArray } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { volunteerSignups } from './schema.js';

/** Everyone signed up or waiting on these shifts (each person once), in the order they came: those a change or a cancellation concerns. */
export async function signedUpOrWaiting(db: Executor, shiftIds: string[]): Promise<string[]> {
  if (!shiftIds.length) return [];
  const rows = await db
    .select({ userId: volunteerSignups.userId })
    .from(volunteerSignups)
    .where(and(inArray(volunteerSignups.shiftId, shiftIds), inArray(volunteerSignups.state, ['registered', 'waitlisted'])))
    .orderBy(asc(volunteerSignups.queue));
  return [...new Set(rows.map((r) => r.userId))];
}
