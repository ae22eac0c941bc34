import { eq } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { phaseAt, type CyclePhase } from '../domain/phases.js';
import { pbCycles, pbHeadings } from './schema.js';

export type CycleRow = typeof pbCycles.$inferSelect;
export type HeadingRow = typeof pbHeadings.$inferSelect;

export async function findCycle(db: Executor, id: string): Promise<CycleRow | undefined> {
  const [row] = await db.select().from(pbCycles).where(eq(pbCycles.id, id));
  return row;
}

/** A heading with its cycle and the cycle's phase now; undefined for an unknown id. */
export async function findHeading(db: Executor, id: string, now = new Date()): Promise<{ heading: HeadingRow; cycle: CycleRow; phase: CyclePhase } | undefined> {
  const [row] = await db.select({ heading: pbHeadings, cycle: pbCycles }).from(pbHeadings).innerJoin(pbCycles, eq(pbCycles.id, pbHeadings.cycleId)).where(eq(pbHeadings.id, id));
  return row ? { ...row, phase: phaseAt(row.cycle, now) } : undefined;
}
