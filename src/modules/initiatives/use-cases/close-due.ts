import { and, eq, isNull, lt, lte } from 'drizzle-orm';
import type { ModuleContext } from '../../../core/module/module.js';
import { initiatives } from '../db/schema.js';
import { addHistory, emitInitiativeEvent, publicNote } from './common.js';
import { initiativeNotReached, initiativeOverdue } from '../events.js';

/**
 * The recurring job's work: initiatives whose support window ended below the threshold become not_reached; those
 * awaiting an answer past the deadline are marked overdue once (a timeline note, followers told). Each one in its own
 * transaction under its row lock, re-checked there, so a support or an answer committing meanwhile wins cleanly.
 * Returns how many changed.
 */
export async function closeDueInitiatives(ctx: ModuleContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  let changed = 0;
  const ended = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(and(eq(initiatives.status, 'collecting'), lte(initiatives.supportClosesAt, now)));
  for (const { id } of ended) {
    changed += await db.transaction(async (tx) => {
      const [row] = await tx.select().from(initiatives).where(eq(initiatives.id, id)).for('update');
      if (!row || row.status !== 'collecting' || !row.supportClosesAt || row.supportClosesAt > now) return 0;
      const [u] = await tx.update(initiatives).set({ status: 'not_reached', updatedAt: now }).where(eq(initiatives.id, id)).returning();
      await addHistory(
        tx,
        id,
        'not_reached',
        publicNote('initiative.history.not_reached', { count: row.supportCount, threshold: row.supportThreshold ?? 0 }),
        now,
      );
      await emitInitiativeEvent(tx, initiativeNotReached, null, u!, { supportCount: row.supportCount });
      return 1;
    });
  }
  const late = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(and(eq(initiatives.status, 'awaiting_answer'), lt(initiatives.answerDueAt, now), isNull(initiatives.overdueNotifiedAt)));
  for (const { id } of late) {
    changed += await db.transaction(async (tx) => {
      const [row] = await tx.select().from(initiatives).where(eq(initiatives.id, id)).for('update');
      if (!row || row.status !== 'awaiting_answer' || !row.answerDueAt || row.answerDueAt >= now || row.overdueNotifiedAt) return 0;
      const [u] = await tx.update(initiatives).set({ overdueNotifiedAt: now, updatedAt: now }).where(eq(initiatives.id, id)).returning();
      await addHistory(tx, id, 'awaiting_answer', publicNote('initiative.history.overdue'), now);
      await emitInitiativeEvent(tx, initiativeOverdue, null, u!, { answerDueAt: row.answerDueAt.toISOString() });
      return 1;
    });
  }
  if (changed) ctx.jobs.kick();
  return changed;
}
