import { and, asc, count, desc, eq, isNotNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { departmentNames } from '../../city/index.js';
import { commitmentEntries, commitments } from '../db/schema.js';
import { isOverdue, type commitmentFilters } from '../domain/commitments.js';
import { canConfirmCommitmentDelivery, canDisputeCommitment, canPostCommitmentProgress } from '../policy.js';
import { cityToday, requireCommitment } from './common.js';

export interface CommitmentFilter {
  status?: (typeof commitmentFilters)[number] | undefined;
  departmentId?: string | undefined;
  districtId?: string | undefined;
  sourceType?: string | undefined;
  /** With `sourceType`: the commitments one source made (a priorities poll makes one per top direction). */
  sourceId?: string | undefined;
}

function conditions(f: CommitmentFilter, today: string): SQL[] {
  const where: SQL[] = [];
  if (f.status === 'overdue') where.push(ne(commitments.status, 'delivered'), lt(commitments.dueOn, today));
  else if (f.status) where.push(eq(commitments.status, f.status));
  if (f.departmentId) where.push(eq(commitments.departmentId, f.departmentId));
  if (f.districtId) where.push(eq(commitments.districtId, f.districtId));
  if (f.sourceType) where.push(eq(commitments.sourceType, f.sourceType));
  if (f.sourceId) where.push(eq(commitments.sourceId, f.sourceId));
  return where;
}

/**
 * A page of the public list (not delivered first, the earliest due first — so what is overdue leads — then
 * delivered, newest first), its total, every matching point for the map, and the departments' names.
 */
export async function listCommitments(ctx: ModuleContext, f: CommitmentFilter, page: { limit: number; offset: number }, now = new Date()) {
  const db = ctx.database.db;
  const today = cityToday(now, ctx.config.cityTimezone);
  const where = and(...conditions(f, today));
  const [rows, [total], points] = await Promise.all([
    db
      .select()
      .from(commitments)
      .where(where)
      .orderBy(sql`${commitments.status} = 'delivered'`, asc(commitments.dueOn), desc(commitments.number))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(commitments).where(where),
    db
      .select({
        number: commitments.number,
        title: commitments.title,
        status: commitments.status,
        dueOn: commitments.dueOn,
        lat: commitments.lat,
        lon: commitments.lon,
      })
      .from(commitments)
      .where(and(where, isNotNull(commitments.lat), isNotNull(commitments.lon)))
      .limit(2000),
  ]);
  const names = await departmentNames(
    db,
    rows.map((r) => r.departmentId),
  );
  return { rows, total: total?.n ?? 0, points, names, today };
}

/** One commitment with its history, its source (title and page, from the source's module), and what the caller may do. */
export async function getCommitment(ctx: ModuleContext, actor: Actor, number: number, now = new Date()) {
  const db = ctx.database.db;
  const row = await requireCommitment(db, number);
  const kind = ctx.entities.get(row.sourceType);
  const [entries, names, source, tookPart] = await Promise.all([
    db.select().from(commitmentEntries).where(eq(commitmentEntries.commitmentId, row.id)).orderBy(desc(commitmentEntries.at)),
    departmentNames(db, [row.departmentId]),
    ctx.entities.describeOne(db, row.sourceType, row.sourceId),
    actor.kind === 'user' && row.status === 'delivered' && kind?.tookPart ? kind.tookPart(db, row.sourceId, actor.userId) : false,
  ]);
  const today = cityToday(now, ctx.config.cityTimezone);
  return {
    row,
    entries,
    department: names.get(row.departmentId) ?? null,
    source: source?.visible ? { title: source.title, path: source.path } : null,
    overdue: isOverdue(row, today),
    may: {
      progress: canPostCommitmentProgress(actor, row).allowed,
      deliver: canConfirmCommitmentDelivery(actor, row).allowed,
      dispute: canDisputeCommitment(actor, row, { tookPart, now }).allowed,
    },
  };
}

/** The commitment made of a source (an initiative's page shows it; the first, of one that made several), or a 404 when the source has none. */
export async function commitmentOfSource(ctx: ModuleContext, sourceType: string, sourceId: string, now = new Date()) {
  const [row] = await ctx.database.db
    .select()
    .from(commitments)
    .where(and(eq(commitments.sourceType, sourceType), eq(commitments.sourceId, sourceId)))
    .orderBy(asc(commitments.number))
    .limit(1);
  if (!row) throw new AppError(404, 'commitment_not_found_for_source');
  return { row, overdue: isOverdue(row, cityToday(now, ctx.config.cityTimezone)) };
}

/** Per department: delivered on time, delivered late, open (not yet due) and overdue — counted in one pass. */
export async function departmentDelivery(ctx: ModuleContext, now = new Date()) {
  const db = ctx.database.db;
  const today = cityToday(now, ctx.config.cityTimezone);
  const rows = await db
    .select({
      departmentId: commitments.departmentId,
      onTime: sql<number>`count(*) filter (where ${commitments.status} = 'delivered' and ${commitments.deliveredOn} <= ${commitments.dueOn})::int`,
      late: sql<number>`count(*) filter (where ${commitments.status} = 'delivered' and ${commitments.deliveredOn} > ${commitments.dueOn})::int`,
      open: sql<number>`count(*) filter (where ${commitments.status} <> 'delivered' and ${commitments.dueOn} >= ${today})::int`,
      overdue: sql<number>`count(*) filter (where ${commitments.status} <> 'delivered' and ${commitments.dueOn} < ${today})::int`,
    })
    .from(commitments)
    .groupBy(commitments.departmentId);
  const names = await departmentNames(
    db,
    rows.map((r) => r.departmentId),
  );
  return rows
    .map((r) => ({ ...r, department: names.get(r.departmentId) ?? { nameRu: r.departmentId, nameEn: r.departmentId } }))
    .sort((a, b) => b.overdue - a.overdue || a.department.nameRu.localeCompare(b.department.nameRu, 'ru'));
}

/** Whether a photo is in this commitment's history (photos are served only from there). */
export async function isPhotoOfCommitment(ctx: ModuleContext, number: number, fileId: string): Promise<boolean> {
  const rows = await ctx.database.db
    .select({ id: commitmentEntries.id })
    .from(commitmentEntries)
    .innerJoin(commitments, eq(commitments.id, commitmentEntries.commitmentId))
    .where(and(eq(commitments.number, number), sql`${fileId}::uuid = any(${commitmentEntries.photoIds})`))
    .limit(1);
  return rows.length > 0;
}
