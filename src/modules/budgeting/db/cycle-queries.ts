import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { phaseAt, type CyclePhase } from '../domain/phases.js';
import { pbCycles, pbHeadings, pbProposals, pbResultOverrides, pbResults } from './schema.js';

export type CycleRow = typeof pbCycles.$inferSelect;
export type HeadingRow = typeof pbHeadings.$inferSelect;

export async function findCycle(db: Executor, id: string): Promise<CycleRow | undefined> {
  const [row] = await db.select().from(pbCycles).where(eq(pbCycles.id, id));
  return row;
}

/** A heading with its cycle and the cycle's phase now; undefined for an unknown id. */
export async function findHeading(
  db: Executor,
  id: string,
  now = new Date(),
): Promise<{ heading: HeadingRow; cycle: CycleRow; phase: CyclePhase } | undefined> {
  const [row] = await db
    .select({ heading: pbHeadings, cycle: pbCycles })
    .from(pbHeadings)
    .innerJoin(pbCycles, eq(pbCycles.id, pbHeadings.cycleId))
    .where(eq(pbHeadings.id, id));
  return row ? { ...row, phase: phaseAt(row.cycle, now) } : undefined;
}

/** What a proposal costs for the ballot and the tally: the expert's final cost, else the author's estimate (decimal string). */
export const proposalCost = (p: { finalCost: string | null; estimatedCost: string }): string => p.finalCost ?? p.estimatedCost;

export interface BallotProposal {
  id: string;
  number: number;
  title: string;
  /** Exact decimal string. */
  cost: string;
  districtId: string | null;
}

/** The proposals on a heading's ballot: feasible and visible, by number. */
export async function ballotProposals(db: Executor, headingId: string): Promise<BallotProposal[]> {
  const rows = await db
    .select({
      id: pbProposals.id,
      number: pbProposals.number,
      title: pbProposals.title,
      finalCost: pbProposals.finalCost,
      estimatedCost: pbProposals.estimatedCost,
      districtId: pbProposals.districtId,
    })
    .from(pbProposals)
    .where(and(eq(pbProposals.headingId, headingId), eq(pbProposals.status, 'feasible'), eq(pbProposals.moderation, 'visible')))
    .orderBy(asc(pbProposals.number));
  return rows.map((r) => ({ id: r.id, number: r.number, title: r.title, cost: proposalCost(r), districtId: r.districtId }));
}

/**
 * A heading's final winners (proposal ids): the rule's winners from its tally, with administrators'
 * overrides applied (`add` / `remove`). Empty before the tally.
 */
export async function headingWinners(db: Executor, headingId: string): Promise<string[]> {
  const [result] = await db.select({ selected: pbResults.selected }).from(pbResults).where(eq(pbResults.headingId, headingId));
  if (!result) return [];
  const numbers = result.selected.map(Number);
  const rows = numbers.length
    ? await db
        .select({ id: pbProposals.id })
        .from(pbProposals)
        .where(and(eq(pbProposals.headingId, headingId), inArray(pbProposals.number, numbers)))
    : [];
  const winners = new Set(rows.map((r) => r.id));
  const overrides = await db
    .select({ proposalId: pbResultOverrides.proposalId, decision: pbResultOverrides.decision })
    .from(pbResultOverrides)
    .where(eq(pbResultOverrides.headingId, headingId));
  for (const o of overrides) {
    if (o.decision === 'add') winners.add(o.proposalId);
    else winners.delete(o.proposalId);
  }
  return [...winners];
}
