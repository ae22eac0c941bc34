import { and, eq, isNull, lt, ne } from 'drizzle-orm';
import type { ModuleContext } from '../../../core/module/module.js';
import { commitments } from '../db/schema.js';
import { isOverdue } from '../domain/commitments.js';
import { commitmentOverdue } from '../events.js';
import { addEntry, cityToday, emitCommitmentEvent } from './common.js';

/**
 * The daily job's work: commitments whose due day has passed while not delivered are marked overdue once — a public
 * history entry and `commitment.overdue` (followers and the department's officials are told). Each in its own
 * transaction under its row lock, re-checked there, so a delivery committing meanwhile wins. Returns how many.
 */
export async function markOverdueCommitments(ctx: ModuleContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  const today = cityToday(now, ctx.config.cityTimezone);
  const late = await db
    .select({ id: commitments.id })
    .from(commitments)
    .where(and(ne(commitments.status, 'delivered'), lt(commitments.dueOn, today), isNull(commitments.overdueNotifiedAt)));
  let marked = 0;
  for (const { id } of late) {
    marked += await db.transaction(async (tx) => {
      const [row] = await tx.select().from(commitments).where(eq(commitments.id, id)).for('update');
      if (!row || row.overdueNotifiedAt || !isOverdue(row, today)) return 0;
      const [u] = await tx.update(commitments).set({ overdueNotifiedAt: now }).where(eq(commitments.id, id)).returning();
      await addEntry(tx, u!, 'overdue', { authorId: null, at: now });
      await emitCommitmentEvent(tx, commitmentOverdue, null, u!);
      return 1;
    });
  }
  if (marked) ctx.jobs.kick();
  return marked;
}
