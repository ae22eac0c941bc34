import { and, eq, sql } from 'drizzle-orm';
import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import type { cityEventAttendance } from '../../events/index.js';
import { pointBalances, pointEntries } from '../db/schema.js';
import { appendEarning, currentRules, lockBalance } from './ledger.js';

/** The ledger's source of one mark of a person at an event: its n-th mark (see `attendance_marks`). */
const sourceOf = (eventId: string, mark: number) => ({ sourceType: 'event', sourceId: `${eventId}#${mark}` });

/**
 * Points for attending (`event.attended`, the administrators' rule): each person marked present earns once per
 * mark, and an unmark takes back what that mark earned — as far as the balance allows, since the balance never goes
 * below zero — with an `event.attendance_withdrawn` line. Mark, unmark and mark again nets one earning. Each person's
 * balance row is locked, so a mark and its unmark handled out of order still pair up: a mark whose unmark came first
 * earns nothing. Idempotent (the ledger's once-index).
 */
export async function attendancePoints(event: EventOf<typeof cityEventAttendance>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  await ctx.database.db.transaction(async (tx) => {
    const rules = await currentRules(tx);
    for (const { userId, mark } of d.marked) {
      await lockBalance(tx, userId);
      const src = sourceOf(event.entityId, mark);
      const [undone] = await tx
        .select({ id: pointEntries.id })
        .from(pointEntries)
        .where(
          and(
            eq(pointEntries.userId, userId),
            eq(pointEntries.action, 'event.attendance_withdrawn'),
            eq(pointEntries.sourceType, src.sourceType),
            eq(pointEntries.sourceId, src.sourceId),
          ),
        );
      if (!undone) await appendEarning(tx, { userId, action: 'event.attended', ...src }, rules['event.attended'], d.title);
    }
    for (const { userId, mark } of d.unmarked) {
      const { balance } = await lockBalance(tx, userId);
      const src = sourceOf(event.entityId, mark);
      const [earned] = await tx
        .select({ delta: pointEntries.delta })
        .from(pointEntries)
        .where(
          and(
            eq(pointEntries.userId, userId),
            eq(pointEntries.action, 'event.attended'),
            eq(pointEntries.sourceType, src.sourceType),
            eq(pointEntries.sourceId, src.sourceId),
          ),
        );
      const take = Math.min(earned?.delta ?? 0, balance);
      const inserted = await tx
        .insert(pointEntries)
        .values({ userId, delta: -take, action: 'event.attendance_withdrawn', ...src, note: d.title })
        .onConflictDoNothing()
        .returning({ id: pointEntries.id });
      // the row exists (locked above): an update, since an insert's proposed negative row would fail the balance check
      if (inserted.length && earned)
        await tx
          .update(pointBalances)
          .set({ balance: sql`${pointBalances.balance} - ${take}`, earned: sql`${pointBalances.earned} - ${earned.delta}`, updatedAt: new Date() })
          .where(eq(pointBalances.userId, userId));
    }
  });
}
