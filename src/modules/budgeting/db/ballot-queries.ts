import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { countsBy, type DistrictCount } from '../../../core/module/statistics.js';
import { proposalCost } from './cycle-queries.js';
import { pbBallots, pbProposals, pbResultOverrides, pbResults } from './schema.js';

export type BallotRow = typeof pbBallots.$inferSelect;
export type ResultRow = typeof pbResults.$inferSelect;

/** The voter's ballot on a heading, if any. */
export async function findBallot(db: Executor, headingId: string, voterId: string): Promise<BallotRow | undefined> {
  const [row] = await db
    .select()
    .from(pbBallots)
    .where(and(eq(pbBallots.headingId, headingId), eq(pbBallots.voterId, voterId)));
  return row;
}

/** A ballot by its receipt's hash. */
export async function findBallotByReceipt(db: Executor, receiptHash: string): Promise<BallotRow | undefined> {
  const [row] = await db.select().from(pbBallots).where(eq(pbBallots.receiptHash, receiptHash));
  return row;
}

/** The projects of a heading's ballot file: on the ballot, by number, named in the file by the source's id when imported. */
export async function fileProjects(db: Executor, headingId: string): Promise<{ id: string; number: number; title: string; cost: string }[]> {
  const rows = await db
    .select({
      number: pbProposals.number,
      title: pbProposals.title,
      externalId: pbProposals.externalId,
      finalCost: pbProposals.finalCost,
      estimatedCost: pbProposals.estimatedCost,
    })
    .from(pbProposals)
    .where(and(eq(pbProposals.headingId, headingId), eq(pbProposals.status, 'feasible'), eq(pbProposals.moderation, 'visible')))
    .orderBy(asc(pbProposals.number));
  return rows.map((r) => ({ id: r.externalId ?? String(r.number), number: r.number, title: r.title, cost: proposalCost(r) }));
}

/** Every ballot of a heading, anonymous (receipt hash, numbers, points), ordered by receipt hash. */
export async function headingBallots(db: Executor, headingId: string): Promise<{ receiptHash: string; numbers: number[]; points: number[] }[]> {
  return db
    .select({ receiptHash: pbBallots.receiptHash, numbers: pbBallots.numbers, points: pbBallots.points })
    .from(pbBallots)
    .where(eq(pbBallots.headingId, headingId))
    .orderBy(asc(pbBallots.receiptHash));
}

/**
 * A heading's ballots by the district their voters live in now, from `residence` (the accounts module's: who lives
 * where); all in no district without it. One pass over the heading's ballots: the tally runs it, never a request.
 */
export function votersByDistrict(db: Executor, headingId: string, residence: SQL | undefined): Promise<DistrictCount[]> {
  return residence
    ? countsBy(
        db,
        sql`select r.district_id, count(*)::int as value from pb_ballots b left join (${residence}) r on r.user_id = b.voter_id where b.heading_id = ${headingId} group by 1`,
      )
    : countsBy(db, sql`select null::text as district_id, count(*)::int as value from pb_ballots where heading_id = ${headingId}`);
}

export async function findResult(db: Executor, headingId: string): Promise<ResultRow | undefined> {
  const [row] = await db.select().from(pbResults).where(eq(pbResults.headingId, headingId));
  return row;
}

/** A heading's overrides with the proposals' numbers and titles, oldest first. */
export async function headingOverrides(db: Executor, headingId: string) {
  return db
    .select({
      proposalId: pbResultOverrides.proposalId,
      number: pbProposals.number,
      title: pbProposals.title,
      decision: pbResultOverrides.decision,
      reason: pbResultOverrides.reason,
      decidedAt: pbResultOverrides.decidedAt,
    })
    .from(pbResultOverrides)
    .innerJoin(pbProposals, eq(pbProposals.id, pbResultOverrides.proposalId))
    .where(eq(pbResultOverrides.headingId, headingId))
    .orderBy(asc(pbResultOverrides.decidedAt));
}

/** Titles and ids of a heading's proposals by number. */
export async function proposalsByNumber(db: Executor, headingId: string): Promise<Map<number, { id: string; title: string; status: string }>> {
  const rows = await db
    .select({ id: pbProposals.id, number: pbProposals.number, title: pbProposals.title, status: pbProposals.status })
    .from(pbProposals)
    .where(eq(pbProposals.headingId, headingId));
  return new Map(rows.map((r) => [r.number, { id: r.id, title: r.title, status: r.status }]));
}
