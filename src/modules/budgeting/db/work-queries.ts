import { and, asc, count, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { proposalCost } from './cycle-queries.js';
import { pbCycles, pbHeadings, pbProposals, pbWorkMilestones, pbWorks, pbWorkUpdates } from './schema.js';

export type WorkRow = typeof pbWorks.$inferSelect;
export type WorkStatus = WorkRow['status'];

/** A work with what the public sees of its proposal, heading and cycle. */
export interface WorkSummaryRow {
  work: WorkRow;
  proposal: {
    id: string;
    number: number;
    title: string;
    cost: string;
    lat: number | null;
    lon: number | null;
    districtId: string | null;
    address: string | null;
  };
  heading: { id: string; title: string; districtId: string | null };
  cycle: { id: string; year: number; title: string; currency: string };
}

const summaryColumns = {
  work: pbWorks,
  proposal: {
    id: pbProposals.id,
    number: pbProposals.number,
    title: pbProposals.title,
    estimatedCost: pbProposals.estimatedCost,
    finalCost: pbProposals.finalCost,
    lat: pbProposals.lat,
    lon: pbProposals.lon,
    districtId: pbProposals.districtId,
    address: pbProposals.address,
    description: pbProposals.description,
  },
  heading: { id: pbHeadings.id, title: pbHeadings.title, districtId: pbHeadings.districtId },
  cycle: { id: pbCycles.id, year: pbCycles.year, title: pbCycles.title, currency: pbCycles.currency },
};

type SelectedRow = {
  work: WorkRow;
  proposal: {
    id: string;
    number: number;
    title: string;
    estimatedCost: string;
    finalCost: string | null;
    lat: number | null;
    lon: number | null;
    districtId: string | null;
    address: string | null;
    description: string;
  };
  heading: WorkSummaryRow['heading'];
  cycle: WorkSummaryRow['cycle'];
};

const toSummary = (r: SelectedRow): WorkSummaryRow & { description: string } => ({
  work: r.work,
  proposal: {
    id: r.proposal.id,
    number: r.proposal.number,
    title: r.proposal.title,
    cost: proposalCost(r.proposal),
    lat: r.proposal.lat,
    lon: r.proposal.lon,
    districtId: r.proposal.districtId ?? r.heading.districtId,
    address: r.proposal.address,
  },
  heading: r.heading,
  cycle: r.cycle,
  description: r.proposal.description,
});

const joined = (db: Executor) =>
  db
    .select(summaryColumns)
    .from(pbWorks)
    .innerJoin(pbProposals, eq(pbProposals.id, pbWorks.proposalId))
    .innerJoin(pbHeadings, eq(pbHeadings.id, pbProposals.headingId))
    .innerJoin(pbCycles, eq(pbCycles.id, pbProposals.cycleId));

/** One work with its proposal, heading and cycle (locked for update when asked). */
export async function findWork(db: Executor, id: string, opts: { forUpdate?: boolean } = {}) {
  const q = joined(db).where(eq(pbWorks.id, id));
  const [row] = opts.forUpdate ? await q.for('update', { of: pbWorks }) : await q;
  return row ? toSummary(row as SelectedRow) : undefined;
}

export interface WorkFilter {
  year?: number | undefined;
  districtId?: string | undefined;
  status?: WorkStatus | undefined;
  departmentId?: string | undefined;
  headingId?: string | undefined;
}

function filterWhere(f: WorkFilter, withStatus = true): SQL | undefined {
  const parts: SQL[] = [];
  if (f.year !== undefined) parts.push(eq(pbCycles.year, f.year));
  if (f.districtId) parts.push(sql`coalesce(${pbProposals.districtId}, ${pbHeadings.districtId}) = ${f.districtId}`);
  if (withStatus && f.status) parts.push(eq(pbWorks.status, f.status));
  if (f.departmentId) parts.push(eq(pbWorks.departmentId, f.departmentId));
  if (f.headingId) parts.push(eq(pbHeadings.id, f.headingId));
  return parts.length ? and(...parts) : undefined;
}

/** A page of works, the most recently updated first, with the total. */
export async function listWorks(db: Executor, f: WorkFilter, page: { limit: number; offset: number }) {
  const where = filterWhere(f);
  const rows = await joined(db).where(where).orderBy(desc(pbWorks.updatedAt), asc(pbProposals.number)).limit(page.limit).offset(page.offset);
  const [total] = await db
    .select({ n: count() })
    .from(pbWorks)
    .innerJoin(pbProposals, eq(pbProposals.id, pbWorks.proposalId))
    .innerJoin(pbHeadings, eq(pbHeadings.id, pbProposals.headingId))
    .innerJoin(pbCycles, eq(pbCycles.id, pbProposals.cycleId))
    .where(where);
  return { items: rows.map((r) => toSummary(r as SelectedRow)), total: total?.n ?? 0 };
}

/** Counts by status for the same filter without its status (the filter's choices). */
export async function workStatusCounts(db: Executor, f: WorkFilter): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: pbWorks.status, n: count() })
    .from(pbWorks)
    .innerJoin(pbProposals, eq(pbProposals.id, pbWorks.proposalId))
    .innerJoin(pbHeadings, eq(pbHeadings.id, pbProposals.headingId))
    .innerJoin(pbCycles, eq(pbCycles.id, pbProposals.cycleId))
    .where(filterWhere(f, false))
    .groupBy(pbWorks.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Every matching work that has a place, for the map (at most `limit`). */
export async function workPoints(db: Executor, f: WorkFilter, limit = 2000) {
  const rows = await db
    .select({
      id: pbWorks.id,
      status: pbWorks.status,
      progress: pbWorks.progress,
      number: pbProposals.number,
      title: pbProposals.title,
      lat: pbProposals.lat,
      lon: pbProposals.lon,
    })
    .from(pbWorks)
    .innerJoin(pbProposals, eq(pbProposals.id, pbWorks.proposalId))
    .innerJoin(pbHeadings, eq(pbHeadings.id, pbProposals.headingId))
    .innerJoin(pbCycles, eq(pbCycles.id, pbProposals.cycleId))
    .where(and(filterWhere(f), isNotNull(pbProposals.lat), isNotNull(pbProposals.lon)))
    .orderBy(asc(pbProposals.number))
    .limit(limit);
  return rows.map((r) => ({ ...r, lat: r.lat!, lon: r.lon! }));
}

/** The years that have works (newest first), for the filter. */
export async function workYears(db: Executor): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: pbCycles.year })
    .from(pbWorks)
    .innerJoin(pbProposals, eq(pbProposals.id, pbWorks.proposalId))
    .innerJoin(pbCycles, eq(pbCycles.id, pbProposals.cycleId))
    .orderBy(desc(pbCycles.year));
  return rows.map((r) => r.year);
}

export function milestonesOf(db: Executor, workId: string) {
  return db.select().from(pbWorkMilestones).where(eq(pbWorkMilestones.workId, workId)).orderBy(asc(pbWorkMilestones.position));
}

export function updatesOf(db: Executor, workId: string) {
  return db.select().from(pbWorkUpdates).where(eq(pbWorkUpdates.workId, workId)).orderBy(desc(pbWorkUpdates.createdAt));
}

/** Which of these file ids are already in some work's history. */
export async function usedWorkPhotos(db: Executor, fileIds: string[]): Promise<Set<string>> {
  if (!fileIds.length) return new Set();
  const wanted = sql`array[${sql.join(
    fileIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`;
  const rows = await db
    .select({ ids: pbWorkUpdates.photoIds })
    .from(pbWorkUpdates)
    .where(sql`${pbWorkUpdates.photoIds} && ${wanted}`);
  const ids = new Set(fileIds);
  return new Set(rows.flatMap((r) => r.ids.filter((id) => ids.has(id))));
}

/** True when the file is in the history of this work. */
export async function isPhotoOfWork(db: Executor, workId: string, fileId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: pbWorkUpdates.id })
    .from(pbWorkUpdates)
    .where(and(eq(pbWorkUpdates.workId, workId), sql`${fileId}::uuid = any(${pbWorkUpdates.photoIds})`))
    .limit(1);
  return row !== undefined;
}

/** Works already made for these proposals (by proposal id). */
export async function worksOfProposals(db: Executor, proposalIds: string[]): Promise<Map<string, WorkRow>> {
  if (!proposalIds.length) return new Map();
  const rows = await db.select().from(pbWorks).where(inArray(pbWorks.proposalId, proposalIds));
  return new Map(rows.map((r) => [r.proposalId, r]));
}

/** Public numbers of proposals, by id. */
export async function proposalNumbers(db: Executor, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: pbProposals.id, number: pbProposals.number }).from(pbProposals).where(inArray(pbProposals.id, ids));
  return new Map(rows.map((r) => [r.id, r.number]));
}
