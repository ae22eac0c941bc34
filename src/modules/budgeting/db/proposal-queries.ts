import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import type { ExpertAssignment, ProposalFacts } from '../policy.js';
import { pbExperts, pbHeadings, pbProposalCoauthors, pbProposalPhotos, pbProposals } from './schema.js';

export type ProposalRow = typeof pbProposals.$inferSelect;

/** A proposal by its public number (locked for update when asked). */
export async function findProposalByNumber(db: Executor, number: number, opts: { forUpdate?: boolean } = {}): Promise<ProposalRow | undefined> {
  const q = db.select().from(pbProposals).where(eq(pbProposals.number, number));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findProposalById(db: Executor, id: string): Promise<ProposalRow | undefined> {
  const [row] = await db.select().from(pbProposals).where(eq(pbProposals.id, id));
  return row;
}

/** Co-authors of several proposals, by proposal id, in the order they were added. */
export async function coauthorsOf(db: Executor, proposalIds: string[]): Promise<Map<string, { userId: string; viaMerge: boolean }[]>> {
  const out = new Map<string, { userId: string; viaMerge: boolean }[]>();
  if (!proposalIds.length) return out;
  const rows = await db
    .select({ proposalId: pbProposalCoauthors.proposalId, userId: pbProposalCoauthors.userId, viaMerge: pbProposalCoauthors.viaMerge })
    .from(pbProposalCoauthors)
    .where(inArray(pbProposalCoauthors.proposalId, proposalIds))
    .orderBy(asc(pbProposalCoauthors.addedAt));
  for (const r of rows) {
    const list = out.get(r.proposalId) ?? [];
    list.push({ userId: r.userId, viaMerge: r.viaMerge });
    out.set(r.proposalId, list);
  }
  return out;
}

/** Photo file ids of several proposals, by proposal id, in order. */
export async function photosOfProposals(db: Executor, proposalIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!proposalIds.length) return out;
  const rows = await db.select().from(pbProposalPhotos).where(inArray(pbProposalPhotos.proposalId, proposalIds)).orderBy(asc(pbProposalPhotos.position));
  for (const r of rows) out.set(r.proposalId, [...(out.get(r.proposalId) ?? []), r.fileId]);
  return out;
}

/** The proposal's facts for the policies. */
export async function proposalFacts(db: Executor, row: ProposalRow): Promise<ProposalFacts> {
  const co = (await coauthorsOf(db, [row.id])).get(row.id) ?? [];
  return factsOfRow(
    row,
    co.map((c) => c.userId),
  );
}

export const factsOfRow = (row: ProposalRow, coauthorIds: string[]): ProposalFacts => ({
  authorId: row.authorId,
  coauthorIds,
  status: row.status,
  moderation: row.moderation,
  districtId: row.districtId,
  headingId: row.headingId,
  topic: row.topic,
});

/** A person's review assignments in a cycle (none for people who are not experts there). */
export async function assignmentsOf(db: Executor, cycleId: string, userId: string): Promise<ExpertAssignment[]> {
  return db
    .select({ headingId: pbExperts.headingId, topic: pbExperts.topic })
    .from(pbExperts)
    .where(and(eq(pbExperts.cycleId, cycleId), eq(pbExperts.userId, userId)));
}

/** Proposal counts per heading: all that are not withdrawn, and the feasible ones. */
export async function headingCounts(db: Executor, headingIds: string[]): Promise<Map<string, { proposals: number; feasible: number }>> {
  const out = new Map<string, { proposals: number; feasible: number }>();
  if (!headingIds.length) return out;
  const rows = await db
    .select({
      headingId: pbProposals.headingId,
      proposals: sql<number>`count(*) filter (where ${pbProposals.status} <> 'withdrawn' and ${pbProposals.moderation} = 'visible')::int`,
      feasible: sql<number>`count(*) filter (where ${pbProposals.status} = 'feasible' and ${pbProposals.moderation} = 'visible')::int`,
    })
    .from(pbProposals)
    .where(inArray(pbProposals.headingId, headingIds))
    .groupBy(pbProposals.headingId);
  for (const r of rows) out.set(r.headingId, { proposals: Number(r.proposals), feasible: Number(r.feasible) });
  return out;
}

/** Headings of a cycle in their order. */
export function headingsOfCycle(db: Executor, cycleId: string) {
  return db.select().from(pbHeadings).where(eq(pbHeadings.cycleId, cycleId)).orderBy(asc(pbHeadings.position), asc(pbHeadings.title));
}
